interface Props {
  topic: 'shortcuts' | 'about';
  version: string;
  onClose: () => void;
}

const SHORTCUTS: [string, string][] = [
  ['j / ↓', '下一篇'],
  ['k / ↑', '上一篇'],
  ['/', '搜索(网页版)'],
  ['Esc', '关闭面板'],
  ['Ctrl/⌘ + F', '搜索'],
  ['Ctrl/⌘ + O', '导入文件夹'],
  ['Ctrl/⌘ + P', '导出为 PDF'],
  ['Ctrl/⌘ + = / −', '放大 / 缩小'],
];

/** Help menu: keyboard shortcuts, or what this program is. */
export function AboutDialog({ topic, version, onClose }: Props) {
  return (
    <section className="import-panel" role="dialog" aria-labelledby="about-heading">
      <h2 id="about-heading">{topic === 'about' ? '关于报览' : '键盘快捷键'}</h2>
      {topic === 'about' ? (
        <p>报览 Broadsheet {version}:地方报纸档案阅读器。</p>
      ) : (
        <dl className="shortcuts">
          {SHORTCUTS.map(([keys, what]) => (
            <div key={keys}>
              <dt>{keys}</dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
      )}
      <div className="dialog-buttons">
        <button type="button" onClick={onClose}>
          关闭
        </button>
      </div>
    </section>
  );
}
