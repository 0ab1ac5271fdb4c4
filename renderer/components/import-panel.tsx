import { useState } from 'react';
import type { ImportProgress, ImportSummary } from '../../electron/shared/library';

interface Props {
  canPickPaths: boolean;
  progress: ImportProgress | null;
  summary: ImportSummary | null;
  error: string | null;
  onPick: (kind: 'folder' | 'files') => void;
  onImport: (paths: string[]) => void;
  onCancel: () => void;
  onClose: () => void;
}

/**
 * Adding pages to the library. The desktop app opens its file dialogs; a browser cannot hand the
 * web host a folder, so there the reader types a path on this computer.
 */
export function ImportPanel({ canPickPaths, progress, summary, error, onPick, onImport, onCancel, onClose }: Props) {
  const [path, setPath] = useState('');
  const running = progress !== null && summary === null;
  return (
    <section className="import-panel" role="dialog" aria-modal="false" aria-labelledby="import-heading">
      <h2 id="import-heading">导入版面</h2>
      {canPickPaths ? (
        <div className="import-actions">
          <button type="button" disabled={running} onClick={() => onPick('folder')}>
            选择文件夹…
          </button>
          <button type="button" disabled={running} onClick={() => onPick('files')}>
            选择文件…
          </button>
        </div>
      ) : (
        <form
          className="import-actions"
          onSubmit={(e) => {
            e.preventDefault();
            if (path.trim()) onImport([path.trim()]);
          }}
        >
          <label htmlFor="import-path">本机上的文件夹或文件路径</label>
          <input id="import-path" value={path} onChange={(e) => setPath(e.target.value)} placeholder="/home/me/报纸/嘉善版" />
          <button type="submit" disabled={running || !path.trim()}>
            导入
          </button>
        </form>
      )}
      {progress && (
        <div className="import-progress">
          <progress max={Math.max(progress.filesTotal, 1)} value={progress.filesDone} aria-label="导入进度" />
          <p role="status">
            已处理 {progress.filesDone}/{progress.filesTotal} 个文件,{progress.stories} 篇报道
          </p>
        </div>
      )}
      {summary && (
        <p className="import-summary" role="status">
          {summary.cancelled ? '导入已取消。' : '导入完成。'}新增 {summary.pages} 个版面、{summary.articles} 篇报道,跳过未改动的 {summary.skipped} 个
          {summary.errors.length > 0 && `,${summary.errors.length} 个文件未能导入`}。
        </p>
      )}
      {summary && summary.errors.length > 0 && (
        <ul className="import-errors">
          {summary.errors.map((e) => (
            <li key={e.file}>
              {e.file}:{e.reason}
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-buttons">
        {running && (
          <button type="button" onClick={onCancel}>
            取消导入
          </button>
        )}
        <button type="button" onClick={onClose}>
          关闭
        </button>
      </div>
    </section>
  );
}
