import { useI18n, type MessageKey } from '../i18n';

interface Props {
  topic: 'shortcuts' | 'about';
  version: string;
  onClose: () => void;
}

const SHORTCUTS: [string, MessageKey][] = [
  ['j / ↓', 'shortcuts.next'],
  ['k / ↑', 'shortcuts.prev'],
  ['Enter', 'shortcuts.open'],
  ['x', 'shortcuts.select'],
  ['u', 'shortcuts.unread'],
  ['f', 'shortcuts.follow'],
  ['h', 'shortcuts.history'],
  ['b', 'shortcuts.bookmark'],
  ['Shift + U', 'shortcuts.markUnread'],
  ['c', 'shortcuts.cite'],
  ['p', 'shortcuts.page'],
  ['[ · ]', 'shortcuts.turn'],
  ['/ · Ctrl/⌘ + K', 'shortcuts.search'],
  ['Ctrl/⌘ + F', 'shortcuts.find'],
  ['Ctrl/⌘ + E', 'shortcuts.export'],
  ['Esc', 'shortcuts.back'],
  ['?', 'shortcuts.help'],
];

/** The query language (whitespace AND, quoted phrase, minus to exclude, OR, folding), by example. */
const SEARCH_SYNTAX: [string, MessageKey][] = [
  ['西塘 乡贤', 'syntax.and'],
  ['"乡村 振兴"', 'syntax.phrase'],
  ['西塘 -疫情', 'syntax.exclude'],
  ['新冠 OR 疫情', 'syntax.or'],
  ['西塘鎮 / ＣＢＤ', 'syntax.fold'],
];

function Examples({ rows }: { rows: [string, MessageKey][] }) {
  const { t } = useI18n();
  return (
    <dl className="shortcuts">
      {rows.map(([keys, what]) => (
        <div key={keys}>
          <dt>
            <kbd>{keys}</kbd>
          </dt>
          <dd>{t(what)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Help: every keyboard shortcut and how to write a search, or what this program is. */
export function AboutDialog({ topic, version, onClose }: Props) {
  const { t } = useI18n();
  return (
    <section className="import-panel" role="dialog" aria-labelledby="about-heading">
      <h2 id="about-heading">{topic === 'about' ? t('about.heading') : t('shortcuts.heading')}</h2>
      {topic === 'about' ? (
        <p>{t('about.text', { version })}</p>
      ) : (
        <>
          <Examples rows={SHORTCUTS} />
          <h3>{t('syntax.heading')}</h3>
          <Examples rows={SEARCH_SYNTAX} />
        </>
      )}
      <div className="dialog-buttons">
        <button type="button" onClick={onClose} autoFocus>
          {t('close')}
        </button>
      </div>
    </section>
  );
}
