/** Bookmarks the story in the reader; pressed while it is bookmarked. */
export function BookmarkToggle({ on, busy, onToggle }: { on: boolean; busy: boolean; onToggle: () => void }) {
  return (
    <button type="button" className={`bookmark-toggle${on ? ' on' : ''}`} aria-pressed={on} disabled={busy} onClick={onToggle}>
      <span aria-hidden="true">{on ? '★' : '☆'}</span> 收藏
    </button>
  );
}
