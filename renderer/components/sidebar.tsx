import type { Bookmark, Clipping, Collection, EditionSummary, Facets, FollowedSearch, PageSummary, StoryPage } from '../../electron/shared/library';
import type { RegionNode } from '../../electron/shared/api';
import { isEverything, type Scope } from '../filters';
import { useI18n } from '../i18n';
import { ClippingsSection } from './clippings-section';
import { CollectionsSection } from './collections-section';
import { DateRangeSection } from './date-range-section';
import { EditionCalendar } from './edition-calendar';
import { FollowedSection } from './followed-section';
import { HistorySection } from './history-section';
import { PeopleSection } from './people-section';
import { RegionTree } from './region-tree';

export interface SidebarData {
  total: number | null;
  regions: readonly RegionNode[];
  regionCounts: ReadonlyMap<string, number> | null;
  topics: Facets['topics'];
  /** Stories per year with every other choice applied; null until counted. */
  years: Facets['years'] | null;
  /** Stories per month, counted alike. */
  months: Facets['months'] | null;
  /** The people named most, with every other choice applied; null until counted. */
  people: Facets['people'] | null;
  /** The page the page view shows, if any. */
  shownPage: number | null;
  bookmarks: readonly Bookmark[];
  collections: readonly Collection[];
  clippings: readonly Clipping[];
  editions: readonly EditionSummary[];
  pages: readonly PageSummary[];
  /** The searches followed; null until listed. */
  followed: readonly FollowedSearch[] | null;
  /** The followed search the list shows, if any. */
  shownFollowed: number | null;
  /** The stories opened last and how many the reading history holds; null until listed. */
  history: StoryPage | null;
}

interface Props extends SidebarData {
  scope: Scope;
  onToggle: <K extends keyof Scope>(key: K, value: Scope[K]) => void;
  onDates: (from: string | undefined, to: string | undefined, changed: 'from' | 'to') => void;
  onClear: () => void;
  onOpenStory: (id: number) => void;
  onOpenPage: (pageId: number) => void;
  onExportClippings: () => void;
  collectionActions: Pick<Parameters<typeof CollectionsSection>[0], 'onCreate' | 'onRename' | 'onMove' | 'onDelete'>;
  followedActions: Pick<Parameters<typeof FollowedSection>[0], 'onOpen' | 'onUnfollow'>;
  historyActions: Pick<Parameters<typeof HistorySection>[0], 'onSelect' | 'onClear'>;
}

/** The library's ways in, which combine with each other and with the search: followed searches, places, topics, people, dates, bookmarks, reading history, collections, editions. */
export function Sidebar(props: Props) {
  const { t, topic } = useI18n();
  const { scope, onToggle } = props;
  return (
    <nav className="sidebar" aria-label={t('sidebar.label')}>
      <button type="button" className="facet facet-all" aria-pressed={isEverything(scope)} onClick={props.onClear}>
        <span className="facet-name">{isEverything(scope) ? t('sidebar.all') : t('sidebar.clearFilters')}</span>
        {props.total !== null && <span className="count">{props.total}</span>}
      </button>

      <FollowedSection followed={props.followed} shown={props.shownFollowed} {...props.followedActions} />

      <section aria-labelledby="sidebar-regions">
        <h2 id="sidebar-regions">{t('sidebar.regions')}</h2>
        <RegionTree nodes={props.regions} counts={props.regionCounts} selected={scope.region ?? null} onSelect={(name) => onToggle('region', name)} />
      </section>

      <section aria-labelledby="sidebar-topics">
        <h2 id="sidebar-topics">{t('sidebar.topics')}</h2>
        <ul className="facet-list" role="list">
          {props.topics.map((f) => (
            <li key={f.id} className={f.count === 0 ? 'empty' : undefined}>
              <button type="button" className="facet" aria-pressed={scope.topic === f.id} onClick={() => onToggle('topic', f.id)}>
                <span className="facet-name">{topic(f.id)}</span>
                <span className="count">{f.count}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>

      <PeopleSection people={props.people} selected={scope.person ?? null} onSelect={(name) => onToggle('person', name)} />

      <DateRangeSection editions={props.editions} years={props.years} months={props.months} from={scope.dateFrom} to={scope.dateTo} onRange={props.onDates} />

      <section aria-labelledby="sidebar-bookmarks">
        <h2 id="sidebar-bookmarks">{t('sidebar.bookmarks')}</h2>
        <button type="button" className="facet" aria-pressed={scope.bookmarked === true} onClick={() => onToggle('bookmarked', true)}>
          <span className="facet-name">{t('sidebar.allBookmarks')}</span>
          <span className="count">{props.bookmarks.length}</span>
        </button>
        {props.bookmarks.length === 0 ? (
          <p className="empty-note">{t('sidebar.noBookmarks')}</p>
        ) : (
          <ul className="bookmark-list" aria-label={t('sidebar.bookmarkList')} role="list">
            {props.bookmarks.map(({ storyKey, storyId, title }) => (
              <li key={storyKey}>
                {storyId === null ? (
                  <span className="bookmark-gone" title={t('sidebar.gone')}>
                    {title || t('sidebar.untitled')}
                  </span>
                ) : (
                  <button type="button" className="bookmark-link" onClick={() => props.onOpenStory(storyId)}>
                    {title || t('story.untitledPhoto')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <HistorySection recent={props.history} selected={scope.opened === true} onOpenStory={props.onOpenStory} {...props.historyActions} />

      <CollectionsSection collections={props.collections} selected={scope.collectionId ?? null} onSelect={(id) => onToggle('collectionId', id)} {...props.collectionActions} />

      <ClippingsSection clippings={props.clippings} onOpenStory={props.onOpenStory} onExport={props.onExportClippings} />

      <section aria-labelledby="sidebar-editions">
        <h2 id="sidebar-editions">{t('editions.heading')}</h2>
        <EditionCalendar
          editions={props.editions}
          pages={props.pages}
          selectedEdition={scope.editionId ?? null}
          shownPage={props.shownPage}
          onEdition={(id) => onToggle('editionId', id)}
          onPage={props.onOpenPage}
        />
      </section>
    </nav>
  );
}
