import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ExportRequest, LastView, MenuCommand } from '../electron/shared/api';
import { citedTitle, quotationOf, referenceOf } from '../electron/shared/citation';
import { READING_FILTERS, type Collection, type FollowedSearch, type SortOrder } from '../electron/shared/library';
import { getApi } from './api';
import { copyText } from './clipboard';
import { AboutDialog } from './components/about-dialog';
import { Brand } from './components/brand';
import { editionLabel } from './components/edition-calendar';
import { ExportDialog } from './components/export-dialog';
import { ImportPanel } from './components/import-panel';
import { OpeningScreen } from './components/opening-screen';
import { PageView, type PageTurns } from './components/page-view';
import { Reader } from './components/reader';
import type { StoryFact } from './components/story-chips';
import { ReadingSettings } from './components/reading-settings';
import { SearchBox } from './components/search-box';
import { Sidebar } from './components/sidebar';
import { StoryList } from './components/story-list';
import { EVERYTHING, isEverything, sameChoices, toggle, withDates, without, type Scope } from './filters';
import { dateRangeLabel } from './format';
import { moved, ordered } from './collection-order';
import { rememberSearch } from './recent-searches';
import { useAsync } from './hooks/use-async';
import { useDebounced } from './hooks/use-debounced';
import { useImport } from './hooks/use-import';
import { useImportAtStart } from './hooks/use-import-at-start';
import { useLibraryUpgrade } from './hooks/use-library-upgrade';
import { useLibraryVersions } from './hooks/use-library-versions';
import { useReadingKeys } from './hooks/use-reading-keys';
import { useRememberedView } from './hooks/use-remembered-view';
import { useRestoredCursor, useVanishedChoicesDropped } from './hooks/use-restored-view';
import { useSettings } from './hooks/use-settings';
import { useSidebarFacets } from './hooks/use-sidebar-facets';
import { useStoryWindow } from './hooks/use-story-window';
import { I18nProvider, useI18n } from './i18n';
import { checkedCount, clickBox, NONE, type Checked } from './selection';

type Panel = 'import' | 'shortcuts' | 'about' | 'settings' | 'export' | null;
type Notice = { text: string; undo?: () => void };
/** How many of the stories opened last the sidebar names. */
const HISTORY_SHOWN = 5;

/**
 * The app in the reader's language, once the library is open, where the reader last was. Until
 * then only settings and the opening are asked for: in a browser, calls waiting on an upgrade
 * would hold every connection the page has to the web host.
 */
export function App() {
  const [settings, updateSettings] = useSettings();
  const opened = useAsync(async () => {
    const api = getApi();
    // Not knowing where the reader was is no reason not to start.
    const [, lastView] = await Promise.all([api.appInfo(), api.getLastView().catch(() => null)]);
    return { lastView };
  }, []);
  const upgrade = useLibraryUpgrade();
  return (
    <I18nProvider lang={settings.language}>
      {opened.data ? (
        <Shell settings={settings} updateSettings={updateSettings} initial={opened.data.lastView} />
      ) : (
        <OpeningScreen upgrade={upgrade} error={opened.error} />
      )}
    </I18nProvider>
  );
}

interface ShellProps {
  settings: ReturnType<typeof useSettings>[0];
  updateSettings: ReturnType<typeof useSettings>[1];
  /** Where the reader was when last used, or null to start at the whole library. */
  initial: LastView | null;
}

/** The reader's three columns: library sidebar, story list, story (or a page laid out as printed). */
function Shell({ settings, updateSettings, initial }: ShellProps) {
  const api = getApi();
  const { t, topic, date } = useI18n();
  const versions = useLibraryVersions();
  const [scope, setScope] = useState<Scope>(initial?.scope ?? EVERYTHING);
  const [queryInput, setQueryInput] = useState(initial?.query ?? '');
  const query = useDebounced(queryInput, 200).trim();
  const [sort, setSort] = useState<SortOrder>(initial?.sort ?? 'relevance');
  const [selected, setSelected] = useState<{ id: number; index: number } | null>(initial?.story ?? null);
  const [cursor, setCursor] = useState(initial?.story?.index ?? -1);
  const [recentSearches, setRecentSearches] = useState<string[]>(initial?.recentSearches ?? []);
  // A search the reader settled on: Enter in the box, or a story opened from its results.
  const settleOnSearch = (search: string) => setRecentSearches((recent) => rememberSearch(recent, search));
  const [checked, setChecked] = useState<Checked>(NONE);
  // Stories opened since the list was fetched; the list shows them read without fetching it again.
  const [readIds, setReadIds] = useState<ReadonlySet<number>>(new Set());
  // Changes to the reading history (an open recorded, the history cleared): what depends on it, and on read marks, is asked again.
  const [historyVersion, setHistoryVersion] = useState(0);
  const historyChanged = () => setHistoryVersion((n) => n + 1);
  const anchor = useRef<number | null>(null);
  const [pageId, setPageId] = useState<number | null>(initial?.page ?? null);
  // How far down the open story the reader is (a share of what scrolls), kept with the last view;
  // the story the reader starts with opens at the place it was left.
  const [storyScroll, setStoryScroll] = useState(initial?.scroll ?? 0);
  const restoredScroll = useRef(initial?.story ? { id: initial.story.id, share: initial.scroll } : null);
  const pageTurns = useRef<PageTurns>({ previous: null, next: null });
  const onPageTurns = useCallback((turns: PageTurns) => {
    pageTurns.current = turns;
  }, []);
  const [findOpen, setFindOpen] = useState(false);
  const [bookmarkBusy, setBookmarkBusy] = useState(false);
  const [panel, setPanel] = useState<Panel>(null);
  // The sidebar's "export all clippings" exports those rather than the list.
  const [exportClippings, setExportClippings] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [dragging, setDragging] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const say = useCallback((text: string) => setNotice({ text }), []);
  const fail = useCallback((err: unknown) => say(err instanceof Error ? err.message : String(err)), [say]);

  const info = useAsync(() => api.appInfo(), [versions.content]);
  const regions = useAsync(() => api.regionTree(), [versions.content]);
  // Counts change with a bookmark or a read mark only while the scope is bookmarks, a collection or unread stories.
  const facetsVersion = scope.bookmarked !== undefined || scope.collectionId !== undefined || scope.unread === true ? versions.any : versions.content;
  const facets = useSidebarFacets(query, scope, facetsVersion);
  const bookmarks = useAsync(() => api.listBookmarks(), [versions.any]);
  const collections = useAsync(() => api.listCollections(), [versions.any]);
  const clippings = useAsync(() => api.listClippings({}), [versions.any]);
  // Counted again as stories are read, so the unread counts go down as the new ones are opened.
  const followed = useAsync(() => api.listFollowedSearches(), [versions.any, versions.followed, historyVersion]);
  const history = useAsync(() => api.listStories({ filters: { opened: true }, sort: 'opened', limit: HISTORY_SHOWN }), [versions.content, historyVersion]);
  const editions = useAsync(() => api.listEditions(), [versions.content]);
  // Only the chosen edition's pages are shown: a library of years holds tens of thousands.
  const pages = useAsync(
    async () => (scope.editionId === undefined ? [] : api.listPages({ editionId: scope.editionId })),
    [versions.content, scope.editionId],
  );
  const list = useStoryWindow(query, scope, sort, versions.any);
  const story = useAsync(async () => (selected === null ? null : api.getStory({ id: selected.id, query })), [selected?.id, versions.any, query]);
  // The star and the list row's mark turn as soon as the star is pressed, not a round trip later;
  // the story and list fetched after the change confirm it, and a refusal turns both back.
  const [bookmarkShown, setBookmarkShown] = useState<{ id: number; on: boolean } | null>(null);
  const shownStory = useMemo(
    () => (story.data && bookmarkShown?.id === story.data.id ? { ...story.data, bookmarked: bookmarkShown.on } : story.data),
    [story.data, bookmarkShown],
  );
  useEffect(() => {
    if (story.data && bookmarkShown?.id === story.data.id && story.data.bookmarked === bookmarkShown.on) setBookmarkShown(null);
  }, [story.data, bookmarkShown]);
  const imports = useImport(versions.contentChanged);

  const orderedCollections = useMemo(() => ordered(collections.data ?? [], settings.collectionOrder), [collections.data, settings.collectionOrder]);
  const editionNames = useMemo(() => new Map((editions.data ?? []).map((e) => [e.id, editionLabel(e, t)])), [editions.data, t]);
  // The list names a story's edition only where the page printed one; a bare county is already its place chip.
  const printedEditions = useMemo(() => new Map((editions.data ?? []).filter((e) => e.paper || e.name).map((e) => [e.id, editionLabel(e, t)])), [editions.data, t]);
  const regionCounts = useMemo(() => {
    const everywhere = query === '' && Object.keys(without(scope, 'region')).length === 0;
    return everywhere || !facets.regions ? null : new Map(facets.regions.map((r) => [r.name, r.count]));
  }, [facets.regions, query, scope]);

  // A new query or scope is a new list: checks and the cursor belong to the old one. The list the
  // reader starts with keeps the cursor it was restored with.
  const shownList = useRef(list.identity);
  useEffect(() => {
    if (shownList.current === list.identity) return;
    shownList.current = list.identity;
    setChecked(NONE);
    setCursor(-1);
    anchor.current = null;
  }, [list.identity]);

  useRememberedView({ query, scope, sort, story: selected, page: pageId, scroll: storyScroll, recentSearches });
  useRestoredCursor(list, initial?.story ?? null, setCursor);
  useVanishedChoicesDropped(scope, setScope, collections.data, editions.data);

  const importRunning = imports.progress !== null && imports.summary === null;
  useEffect(() => {
    if (imports.progress !== null && !imports.quiet) setPanel('import');
  }, [imports.progress !== null, imports.quiet]);
  useImportAtStart(imports, say);

  const open = (id: number, index = -1) => {
    restoredScroll.current = null;
    setStoryScroll(0);
    setSelected({ id, index });
    setCursor(index);
    setPageId(null);
    setReadIds((ids) => new Set(ids).add(id));
    api.storyOpened({ id }).then(historyChanged, () => undefined);
    settleOnSearch(query);
  };

  const step = (by: 1 | -1) => {
    if (list.total === 0) return;
    const from = cursor >= 0 ? cursor : (selected?.index ?? -1);
    const index = Math.min(list.total - 1, Math.max(0, from === -1 ? 0 : from + by));
    const next = list.at(index);
    if (next) open(next.id, index);
    else list.ensure(index, index);
  };

  // Unread again to come back to it (and a followed search counts it as new again); opening it later reads it.
  const toggleRead = () => {
    const current = shownStory;
    if (!current) return;
    const read = !current.read;
    setReadIds((ids) => {
      const next = new Set(ids);
      if (read) next.add(current.id);
      else next.delete(current.id);
      return next;
    });
    api.markRead({ id: current.id, read }).then(versions.userDataChanged, fail);
  };

  const toggleBookmark = () => {
    const current = shownStory;
    if (!current || bookmarkBusy) return;
    const on = !current.bookmarked;
    setBookmarkBusy(true);
    setBookmarkShown({ id: current.id, on });
    list.patch(current.id, { bookmarked: on });
    api
      .setBookmark({ storyId: current.id, on })
      .then(versions.userDataChanged, (err: unknown) => {
        setBookmarkShown(null);
        list.patch(current.id, { bookmarked: !on });
        fail(err);
      })
      .finally(() => setBookmarkBusy(false));
  };

  // The open story's reference, or a passage of it with the reference under it.
  const citeStory = (quote?: string) => {
    const s = shownStory;
    if (!s) return;
    const reference = referenceOf({ title: citedTitle(s.article), authors: s.article.authors, edition: s.edition, date: s.date, source: s.source });
    const text = quote === undefined ? reference : quotationOf(quote, reference);
    copyText(text).then(
      () => say(t(quote === undefined ? 'reader.cited' : 'reader.quoted', { reference })),
      () => say(t('reader.citeFailed', { reference: text })),
    );
  };

  // Stories read meanwhile stay in the list until it is fetched again, as in a mail reader.
  const showUnreadOnly = (on: boolean) => setScope((s) => (on ? { ...s, unread: true } : without(s, 'unread')));

  const loadedIds = (): number[] => {
    const ids: number[] = [];
    for (let i = 0; i < list.total; i++) {
      const s = list.at(i);
      if (s) ids.push(s.id);
    }
    return ids;
  };
  const check = (id: number, index: number, shift: boolean) => {
    let range: number[] | null = null;
    if (shift && anchor.current !== null) {
      range = [];
      for (let i = Math.min(anchor.current, index); i <= Math.max(anchor.current, index); i++) {
        const s = list.at(i);
        if (s) range.push(s.id);
      }
    }
    anchor.current = index;
    setChecked((c) => clickBox(c, loadedIds(), id, range));
  };

  const exportPlan = (): { selection: ExportRequest['selection']; description: string } | null => {
    const n = checkedCount(checked, list.total);
    if (!checked.all && n > 0) return { selection: { kind: 'stories', ids: [...checked.ids] }, description: t('export.checked', { n }) };
    const filters = { ...scope };
    const onlyKey = Object.keys(filters).length === 1 && query === '' ? Object.keys(filters)[0] : null;
    if (onlyKey === 'collectionId' && scope.collectionId) {
      const name = collections.data?.find((c) => c.id === scope.collectionId)?.name ?? '';
      return { selection: { kind: 'collection', collectionId: scope.collectionId }, description: t('export.collection', { name }) };
    }
    if (onlyKey === 'bookmarked') return { selection: { kind: 'bookmarks' }, description: t('export.bookmarks') };
    if (list.total === 0) return null;
    return {
      selection: { kind: 'search', query, filters, sort },
      description: query ? t('export.search', { n: list.total, query }) : t('export.list', { n: list.total }),
    };
  };
  const plan =
    panel !== 'export' ? null
    : exportClippings ? { selection: { kind: 'clippings' } as const, description: t('export.clippings', { n: clippings.data?.length ?? 0 }) }
    : exportPlan();
  const startExport = () => {
    setExportClippings(false);
    if (exportPlan()) setPanel('export');
    else say(t('export.nothing'));
  };

  // The reading history is listed by when each story was opened; leaving it, the list goes back to its usual order.
  const historyActions = {
    onSelect: () => {
      const on = scope.opened !== true;
      setScope((s) => toggle(s, 'opened', true));
      if (on) setSort('opened');
      else if (sort === 'opened') setSort('relevance');
    },
    onClear: () =>
      api.clearReadingHistory().then(({ cleared }) => {
        historyChanged();
        versions.userDataChanged();
        say(t('history.cleared', { n: cleared }));
      }, fail),
  };

  // A place, topic or person of the open story leads to every story that shares it, as a tag does:
  // the search and the other choices give way (the search is among the recent ones, as opening the story settled on it).
  const showStoriesSharing = (fact: StoryFact) => {
    setQueryInput('');
    setScope({ [fact.key]: fact.value });
  };

  // Like a mail reader's: every unread story of the list, whatever is loaded of it; undone from the notice.
  const markAllRead = () => {
    api.markAllRead({ query, filters: scope }).then(({ marked, batch }) => {
      versions.userDataChanged();
      if (marked === 0) return say(t('list.nothingUnread'));
      setNotice({
        text: t('list.markedAllRead', { n: marked }),
        undo: () =>
          void api.undoMarkAllRead({ batch }).then(() => {
            setNotice(null);
            versions.userDataChanged();
          }, fail),
      });
    }, fail);
  };

  const collectionActions = {
    onCreate: (name: string) => void api.createCollection({ name }).then(versions.userDataChanged, fail),
    onRename: (id: number, name: string) => void api.renameCollection({ id, name }).then(versions.userDataChanged, fail),
    onMove: (id: number, by: -1 | 1) => updateSettings({ collectionOrder: moved(orderedCollections, id, by) }),
    onDelete: (collection: Collection) => {
      // The library forgets a deleted collection's stories, so they are read first for the undo.
      void api
        .listStories({ filters: { collectionId: collection.id }, limit: 500 })
        .then(async (held) => {
          await api.deleteCollection({ id: collection.id });
          if (scope.collectionId === collection.id) setScope(without(scope, 'collectionId'));
          versions.userDataChanged();
          setNotice({
            text: t('collections.deleted', { name: collection.name }),
            undo: () =>
              void api
                .createCollection({ name: collection.name })
                .then(async (made) => {
                  for (const s of held.items) await api.addToCollection({ collectionId: made.id, storyId: s.id });
                  updateSettings({ collectionOrder: orderedCollections.map((c) => (c.id === collection.id ? made.id : c.id)) });
                  setNotice(null);
                  versions.userDataChanged();
                })
                .catch(fail),
          });
        })
        .catch(fail);
    },
  };

  // What the list shows, read or not and opened or not, is what 关注 follows; the whole library is nothing to follow.
  const choices = without(scope, ...READING_FILTERS);
  const canFollow = query !== '' || !isEverything(choices);
  useReadingKeys({
    step,
    open: () => {
      const s = cursor >= 0 ? list.at(cursor) : undefined;
      if (s) open(s.id, cursor);
    },
    check: () => {
      if (selected) check(selected.id, selected.index, false);
    },
    bookmark: toggleBookmark,
    toggleRead,
    unreadOnly: () => showUnreadOnly(scope.unread !== true),
    follow: () => {
      if (canFollow) toggleFollow();
    },
    history: historyActions.onSelect,
    cite: () => citeStory(),
    page: () => {
      if (pageId === null) setPageId(shownStory?.pageId ?? null);
      else if (story.data) setPageId(null);
    },
    turnPage: (by) => {
      const to = by > 0 ? pageTurns.current.next : pageTurns.current.previous;
      if (pageId !== null && to !== null) setPageId(to);
    },
    focusSearch: () => searchRef.current?.focus(),
    find: () => (story.data ? setFindOpen(true) : searchRef.current?.focus()),
    exportPdf: startExport,
    help: () => setPanel('shortcuts'),
    back: () => {
      if (panel === 'import' && importRunning) return;
      if (panel) setPanel(null);
      else if (findOpen) setFindOpen(false);
      else if (pageId !== null) setPageId(null);
      else if (document.activeElement === searchRef.current) searchRef.current?.blur();
      // Nothing left to close: back from the story to its place in the list.
      else document.querySelector<HTMLButtonElement>('[aria-current="true"]')?.focus();
    },
  });

  const onMenu = useRef<(command: MenuCommand) => void>(() => undefined);
  onMenu.current = (command) => {
    if (command === 'focusSearch') searchRef.current?.focus();
    else if (command === 'importFolder' || command === 'importFiles') {
      setPanel('import');
      imports.pick(command === 'importFolder' ? 'folder' : 'files');
    } else if (command === 'exportSelection') startExport();
    else setPanel(command === 'showAbout' ? 'about' : 'shortcuts');
  };
  useEffect(() => api.on('menuCommand', ({ command }) => onMenu.current(command)), [api]);

  const choiceNames = [
    scope.region ?? null,
    scope.topic ? topic(scope.topic) : null,
    scope.person ?? null,
    scope.bookmarked ? t('sidebar.allBookmarks') : null,
    scope.opened ? t('history.all') : null,
    scope.collectionId ? (collections.data?.find((c) => c.id === scope.collectionId)?.name ?? null) : null,
    scope.editionId ? (editionNames.get(scope.editionId) ?? null) : null,
    dateRangeLabel(scope, t, date),
  ];
  const heading = [query ? t('list.heading.search', { query }) : null, ...choiceNames, scope.unread ? t('list.heading.unread') : null].filter(Boolean).join(' · ');

  // 关注: the list's search and choices (read or not) can be followed; its name is the heading's.
  const shownFollowed = followed.data?.find((f) => f.query === query && sameChoices(f.filters, choices)) ?? null;
  const unfollow = (id: number) => void api.unfollowSearch({ id }).then(versions.followedChanged, fail);
  const toggleFollow = () => {
    if (shownFollowed) return unfollow(shownFollowed.id);
    const name = [query ? `“${query}”` : null, ...choiceNames].filter(Boolean).join(' · ');
    api.followSearch({ name, query, filters: choices }).then(() => {
      versions.followedChanged();
      say(t('followed.done', { name }));
    }, fail);
  };
  // A followed search with unread stories opens on them: what the new pages brought.
  const followedActions = {
    onOpen: (f: FollowedSearch) => {
      setQueryInput(f.query);
      if (f.query) settleOnSearch(f.query);
      setScope(f.unread > 0 ? { ...f.filters, unread: true } : f.filters);
    },
    onUnfollow: (f: FollowedSearch) => unfollow(f.id),
  };

  return (
    <div
      className={`app${dragging ? ' dragging' : ''}`}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes('Files')) {
          e.preventDefault();
          setDragging(true);
        }
      }}
      onDragLeave={(e) => e.currentTarget === e.target && setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        // The desktop app's preload turns a drop into an import; a browser cannot see the files' paths.
        if (!info.data?.canPickPaths) {
          setPanel('import');
          say(t('import.dropWeb'));
        }
      }}
    >
      <header className="topbar">
        <Brand />
        <SearchBox ref={searchRef} value={queryInput} onChange={setQueryInput} recent={recentSearches} onSettle={settleOnSearch} onForgetRecent={() => setRecentSearches([])} />
        <div className="topbar-actions">
          <button type="button" onClick={() => setPanel(panel === 'import' ? null : 'import')}>
            {t('toolbar.import')}
          </button>
          <button type="button" onClick={startExport} aria-keyshortcuts="Control+E">
            {t('toolbar.export')}
          </button>
          <button type="button" aria-expanded={panel === 'settings'} onClick={() => setPanel(panel === 'settings' ? null : 'settings')}>
            {t('toolbar.settings')}
          </button>
          <button type="button" aria-keyshortcuts="?" onClick={() => setPanel('shortcuts')}>
            {t('toolbar.shortcuts')}
          </button>
        </div>
      </header>
      {notice && (
        <p className="notice" role="status">
          {notice.text}
          {notice.undo && (
            <button type="button" onClick={notice.undo}>
              {t('notice.undo')}
            </button>
          )}
          <button type="button" aria-label={t('notice.close')} onClick={() => setNotice(null)}>
            ×
          </button>
        </p>
      )}
      {dragging && <div className="drop-hint">{t('import.drop')}</div>}
      {panel === 'settings' && <ReadingSettings settings={settings} onChange={updateSettings} onClose={() => setPanel(null)} />}
      {panel === 'import' && (
        <ImportPanel
          canPickPaths={info.data?.canPickPaths ?? false}
          progress={imports.progress}
          summary={imports.summary}
          error={imports.error}
          onPick={imports.pick}
          onImport={imports.run}
          onCancel={imports.cancel}
          onClose={() => (imports.reset(), setPanel(null))}
          onError={say}
          onRemoved={versions.contentChanged}
          samples={info.data?.samples ?? null}
          importAtStart={settings.importNewAtStart}
          onImportAtStart={(importNewAtStart) => updateSettings({ importNewAtStart })}
        />
      )}
      {panel === 'export' && plan && (
        <ExportDialog
          selection={plan.selection}
          description={plan.description}
          remembered={settings.exportOptions}
          onRemember={(exportOptions) => updateSettings({ exportOptions })}
          onClose={() => setPanel(null)}
        />
      )}
      {(panel === 'shortcuts' || panel === 'about') && <AboutDialog topic={panel} version={info.data?.version ?? ''} onClose={() => setPanel(null)} />}
      <div className="columns">
        <Sidebar
          total={info.data?.stats.stories ?? null}
          regions={regions.data ?? []}
          regionCounts={regionCounts}
          topics={facets.topics ?? []}
          years={facets.years}
          months={facets.months}
          people={facets.people}
          shownPage={pageId}
          bookmarks={bookmarks.data ?? []}
          collections={orderedCollections}
          clippings={clippings.data ?? []}
          editions={editions.data ?? []}
          pages={pages.data ?? []}
          scope={scope}
          onToggle={(key, value) => setScope((s) => toggle(s, key, value))}
          onDates={(from, to, changed) => setScope((s) => withDates(s, from, to, changed))}
          onClear={() => setScope(EVERYTHING)}
          onOpenStory={(id) => open(id)}
          onOpenPage={setPageId}
          onExportClippings={() => (setExportClippings(true), setPanel('export'))}
          collectionActions={collectionActions}
          followed={followed.data ?? null}
          shownFollowed={shownFollowed?.id ?? null}
          followedActions={followedActions}
          history={history.data ?? null}
          historyActions={historyActions}
        />
        <main className="main">
          <StoryList
            heading={heading || t('list.heading.all')}
            list={list}
            query={query}
            emptyNote={scope.opened ? t('history.empty') : undefined}
            sort={sort}
            onSort={setSort}
            unreadOnly={scope.unread === true}
            onUnreadOnly={showUnreadOnly}
            onMarkAllRead={markAllRead}
            selectedIndex={cursor}
            selectedId={selected?.id ?? null}
            checked={checked}
            readIds={readIds}
            editionNames={printedEditions}
            onOpen={open}
            onCheck={check}
            onCheckAll={(on) => setChecked(on ? { all: true } : NONE)}
            follow={canFollow ? { followed: shownFollowed !== null, onToggle: toggleFollow } : null}
          />
          {pageId !== null ? (
            <PageView
              pageId={pageId}
              onOpen={(id) => open(id)}
              onBack={story.data ? () => setPageId(null) : null}
              onPage={setPageId}
              onTurns={onPageTurns}
              onGone={() => setPageId(null)}
              onRemoved={(removed) => {
                setPageId(null);
                versions.contentChanged();
                say(t('page.removed', { n: removed.stories }));
              }}
              onError={say}
            />
          ) : (
            <Reader
              story={shownStory}
              loading={story.loading}
              error={story.error}
              collections={orderedCollections}
              bookmarkBusy={bookmarkBusy}
              findOpen={findOpen}
              onFindOpen={setFindOpen}
              onToggleBookmark={toggleBookmark}
              onToggleRead={toggleRead}
              onOpenPage={setPageId}
              onChanged={versions.userDataChanged}
              onError={say}
              onCite={citeStory}
              onPick={showStoriesSharing}
              onOpenStory={(id) => open(id)}
              contentVersion={versions.content}
              restoredScroll={restoredScroll.current}
              onScrolled={setStoryScroll}
            />
          )}
        </main>
      </div>
    </div>
  );
}
