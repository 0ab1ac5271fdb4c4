import { useI18n } from '../i18n';

/** Bookmarks the story in the reader; pressed while it is bookmarked. */
export function BookmarkToggle({ on, busy, onToggle }: { on: boolean; busy: boolean; onToggle: () => void }) {
  const { t } = useI18n();
  return (
    <button type="button" className={`bookmark-toggle${on ? ' on' : ''}`} aria-pressed={on} disabled={busy} onClick={onToggle} aria-keyshortcuts="b">
      <span aria-hidden="true">{on ? '★' : '☆'}</span> {t('reader.bookmark')}
    </button>
  );
}
