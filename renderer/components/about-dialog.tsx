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
  ['b', 'shortcuts.bookmark'],
  ['/ · Ctrl/⌘ + K', 'shortcuts.search'],
  ['Ctrl/⌘ + F', 'shortcuts.find'],
  ['Ctrl/⌘ + E', 'shortcuts.export'],
  ['Esc', 'shortcuts.back'],
  ['?', 'shortcuts.help'],
];

/** Help: every keyboard shortcut, or what this program is. */
export function AboutDialog({ topic, version, onClose }: Props) {
  const { t } = useI18n();
  return (
    <section className="import-panel" role="dialog" aria-labelledby="about-heading">
      <h2 id="about-heading">{topic === 'about' ? t('about.heading') : t('shortcuts.heading')}</h2>
      {topic === 'about' ? (
        <p>{t('about.text', { version })}</p>
      ) : (
        <dl className="shortcuts">
          {SHORTCUTS.map(([keys, what]) => (
            <div key={keys}>
              <dt>
                <kbd>{keys}</kbd>
              </dt>
              <dd>{t(what)}</dd>
            </div>
          ))}
        </dl>
      )}
      <div className="dialog-buttons">
        <button type="button" onClick={onClose} autoFocus>
          {t('close')}
        </button>
      </div>
    </section>
  );
}
