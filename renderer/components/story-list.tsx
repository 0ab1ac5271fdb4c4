import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { sortOrderSchema, type SortOrder } from '../../electron/shared/library';
import type { StoryWindow } from '../hooks/use-story-window';
import { useI18n } from '../i18n';
import { checkedCount, isChecked, type Checked } from '../selection';
import { StoryListItem } from './story-list-item';

interface Props {
  heading: string;
  list: StoryWindow;
  /** The search being shown, or '' when the list is browsed. */
  query: string;
  /** What an empty list without a search says, when the list's choices say more than "nothing matches". */
  emptyNote?: string;
  sort: SortOrder;
  onSort: (sort: SortOrder) => void;
  unreadOnly: boolean;
  onUnreadOnly: (on: boolean) => void;
  onMarkAllRead: () => void;
  selectedIndex: number;
  selectedId: number | null;
  checked: Checked;
  readIds: ReadonlySet<number>;
  editionNames: ReadonlyMap<number, string>;
  onOpen: (id: number, index: number) => void;
  onCheck: (id: number, index: number, shift: boolean) => void;
  onCheckAll: (on: boolean) => void;
  /** Following the list's search and choices; null when the list is the whole library. */
  follow: { followed: boolean; onToggle: () => void } | null;
}

/**
 * The middle column: the stories the sidebar and search box select. Only the rows in view are in
 * the page (@tanstack/react-virtual), and their blocks are fetched as they scroll into view.
 */
export function StoryList({ heading, list, query, emptyNote, sort, onSort, unreadOnly, onUnreadOnly, onMarkAllRead, selectedIndex, selectedId, checked, readIds, editionNames, onOpen, onCheck, onCheckAll, follow }: Props) {
  const { t } = useI18n();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: list.total,
    getScrollElement: () => scroller.current,
    estimateSize: () => 112,
    overscan: 8,
  });
  const rows = virtualizer.getVirtualItems();
  const first = rows[0]?.index ?? 0;
  const last = rows.at(-1)?.index ?? 0;
  const { ensure } = list;
  useEffect(() => ensure(first, last), [ensure, first, last, list.generation]);
  const shownList = useRef(list.identity);
  useEffect(() => {
    if (shownList.current === list.identity) return;
    shownList.current = list.identity;
    virtualizer.scrollToOffset(0);
  }, [list.identity, virtualizer]);
  // Also once the list is long enough to hold the cursor: a cursor restored at start comes first.
  const cursorInList = selectedIndex >= 0 && selectedIndex < list.total;
  useEffect(() => {
    if (cursorInList) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, cursorInList, virtualizer]);

  const count = checkedCount(checked, list.total);
  return (
    <section className="story-list" aria-labelledby="story-list-heading" aria-busy={list.loading}>
      <header className="story-list-header">
        <div className="list-title">
          <h2 id="story-list-heading">{heading}</h2>
          {follow && (
            <button type="button" className="follow" aria-pressed={follow.followed} aria-keyshortcuts="f" title={t('list.followHint')} onClick={follow.onToggle}>
              {follow.followed ? t('list.following') : t('list.follow')}
            </button>
          )}
        </div>
        <p className="story-count" role="status">
          {t('list.count', { total: list.total })}
        </p>
        <div className="list-tools">
          <label className="check-all">
            <input
              type="checkbox"
              checked={list.total > 0 && count === list.total}
              ref={(box) => {
                if (box) box.indeterminate = count > 0 && count < list.total;
              }}
              onChange={(e) => onCheckAll(e.target.checked)}
            />
            {count > 0 ? t('list.selected', { n: count }) : t('list.selectAll')}
          </label>
          <label className="unread-only" aria-keyshortcuts="u">
            <input type="checkbox" checked={unreadOnly} onChange={(e) => onUnreadOnly(e.target.checked)} />
            {t('list.unreadOnly')}
          </label>
          <button type="button" className="mark-all-read" disabled={list.total === 0} onClick={onMarkAllRead}>
            {t('list.markAllRead')}
          </button>
          <label className="sort">
            {t('list.sort')}
            {/* Without a search there is no relevance: the default order lists newest first, and stays the default for the next search. */}
            <select
              value={query === '' && sort === 'relevance' ? 'date' : sort}
              onChange={(e) => {
                const chosen = sortOrderSchema.catch('relevance').parse(e.target.value);
                onSort(query === '' && chosen === 'date' ? 'relevance' : chosen);
              }}
            >
              {query !== '' && <option value="relevance">{t('list.sort.relevance')}</option>}
              <option value="date">{t('list.sort.date')}</option>
              <option value="oldest">{t('list.sort.oldest')}</option>
              <option value="opened">{t('list.sort.opened')}</option>
            </select>
          </label>
        </div>
      </header>
      {list.error && (
        <p className="error" role="alert">
          {list.error}
        </p>
      )}
      {!list.loading && !list.error && list.total === 0 && <p className="empty-note">{query ? t('list.emptySearch', { query }) : (emptyNote ?? t('list.empty'))}</p>}
      <div className="story-scroller" ref={scroller}>
        <ol className="stories" aria-label={t('list.label')} style={{ height: virtualizer.getTotalSize() }}>
          {rows.map((row) => {
            const story = list.at(row.index);
            return (
              <li
                key={story ? story.id : `slot-${row.index}`}
                data-index={row.index}
                ref={virtualizer.measureElement}
                aria-posinset={row.index + 1}
                aria-setsize={list.total}
                style={{ transform: `translateY(${row.start}px)` }}
              >
                {story ? (
                  <StoryListItem
                    story={readIds.has(story.id) && !story.read ? { ...story, read: true } : story}
                    edition={editionNames.get(story.editionId) ?? null}
                    showOpened={sort === 'opened'}
                    selected={story.id === selectedId}
                    checked={isChecked(checked, story.id)}
                    onOpen={(id) => onOpen(id, row.index)}
                    onCheck={(id, shift) => onCheck(id, row.index, shift)}
                  />
                ) : (
                  <p className="story-slot">{t('list.loading')}</p>
                )}
              </li>
            );
          })}
        </ol>
      </div>
    </section>
  );
}
