import { useCallback, useEffect, useRef, useState } from 'react';
import type { MenuCommand } from '../electron/shared/api';
import { getApi } from './api';
import { AboutDialog } from './components/about-dialog';
import { ImportPanel } from './components/import-panel';
import { Reader } from './components/reader';
import { ReadingSettings } from './components/reading-settings';
import { SearchBox } from './components/search-box';
import { Sidebar } from './components/sidebar';
import { StoryList } from './components/story-list';
import { ALL, type Browse } from './filters';
import { useAsync } from './hooks/use-async';
import { useDebounced } from './hooks/use-debounced';
import { useImport } from './hooks/use-import';
import { useReadingKeys } from './hooks/use-reading-keys';
import { useSettings } from './hooks/use-settings';
import { filtersOf, useStoryList } from './hooks/use-story-list';
import { TOPIC_LABELS } from './topic-labels';

const headingOf = (browse: Browse, query: string): string => {
  const scope =
    browse.kind === 'region' ? browse.name : browse.kind === 'topic' ? TOPIC_LABELS[browse.topic] : browse.kind === 'bookmarks' ? '收藏' : '全部报道';
  return query.trim() ? `“${query.trim()}”的搜索结果 · ${scope}` : scope;
};

/** The reader's three columns: library sidebar, story list, story. */
export function App() {
  const api = getApi();
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  const [browse, setBrowse] = useState<Browse>(ALL);
  const [queryInput, setQueryInput] = useState('');
  const query = useDebounced(queryInput, 200);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [bookmarkBusy, setBookmarkBusy] = useState(false);
  const [panel, setPanel] = useState<'import' | 'shortcuts' | 'about' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [settings, updateSettings] = useSettings();
  const searchRef = useRef<HTMLInputElement>(null);

  const info = useAsync(() => api.appInfo(), [version]);
  const regions = useAsync(() => api.regionTree(), [version]);
  const facets = useAsync(() => api.facets(), [version]);
  const bookmarks = useAsync(() => api.listBookmarks(), [version]);
  const list = useStoryList(query, browse, version);
  const story = useAsync(async () => (selectedId === null ? null : api.getStory({ id: selectedId })), [selectedId, version]);
  const imports = useImport(refresh);
  const importing = imports.progress !== null;
  const importingRef = useRef(false);
  importingRef.current = imports.progress !== null && imports.summary === null;
  // Imports started by drag and drop or the menu show their progress too.
  useEffect(() => {
    if (importing) setPanel('import');
  }, [importing]);

  const open = (id: number) => {
    setSelectedId(id);
    api.markRead({ id }).catch(() => undefined);
  };

  const toggleBookmark = () => {
    const current = story.data;
    if (!current) return;
    setBookmarkBusy(true);
    api
      .setBookmark({ storyId: current.id, on: !current.bookmarked })
      .then(refresh, (err: unknown) => setNotice(err instanceof Error ? err.message : String(err)))
      .finally(() => setBookmarkBusy(false));
  };

  const exportSelection = () => {
    const ids = list.data?.stories.map((s) => s.id) ?? [];
    const selection =
      browse.kind === 'bookmarks' ? ({ kind: 'bookmarks' } as const)
      : query.trim() ? ({ kind: 'search', query: query.trim(), filters: filtersOf(browse) } as const)
      : ({ kind: 'stories', ids } as const);
    if (selection.kind === 'stories' && ids.length === 0) return setNotice('列表中没有可导出的报道。');
    api.exportPdf({ selection }).then(
      (r) => setNotice(`已导出 ${r.stories} 篇报道(${r.pages} 页)到 ${r.file}`),
      (err: unknown) => setNotice(err instanceof Error ? err.message : String(err)),
    );
  };

  const stories = list.data?.stories;
  useReadingKeys({
    step: useCallback(
      (by: 1 | -1) => {
        if (!stories || stories.length === 0) return;
        const at = stories.findIndex((s) => s.id === selectedId);
        const next = stories[Math.min(stories.length - 1, Math.max(0, at === -1 ? 0 : at + by))];
        if (next) {
          setSelectedId(next.id);
          api.markRead({ id: next.id }).catch(() => undefined);
        }
      },
      [stories, selectedId, api],
    ),
    focusSearch: useCallback(() => searchRef.current?.focus(), []),
    close: useCallback(() => setPanel((p) => (p === 'import' && importingRef.current ? p : null)), []),
  });

  const onMenu = useRef<(command: MenuCommand) => void>(() => undefined);
  onMenu.current = (command) => {
    if (command === 'focusSearch') searchRef.current?.focus();
    else if (command === 'importFolder' || command === 'importFiles') {
      setPanel('import');
      imports.pick(command === 'importFolder' ? 'folder' : 'files');
    } else if (command === 'exportSelection') exportSelection();
    else setPanel(command === 'showAbout' ? 'about' : 'shortcuts');
  };
  useEffect(() => api.on('menuCommand', ({ command }) => onMenu.current(command)), [api]);

  return (
    <div className="app">
      <header className="topbar">
        <h1 className="brand">
          报览 <span className="brand-latin">Broadsheet</span>
        </h1>
        <SearchBox ref={searchRef} value={queryInput} onChange={setQueryInput} />
        <div className="topbar-actions">
          <button type="button" onClick={() => setPanel(panel === 'import' ? null : 'import')}>
            导入…
          </button>
          <button type="button" onClick={exportSelection}>
            导出 PDF
          </button>
          <ReadingSettings settings={settings} onChange={updateSettings} />
        </div>
      </header>
      {notice && (
        <p className="notice" role="status">
          {notice}
          <button type="button" aria-label="关闭提示" onClick={() => setNotice(null)}>
            ×
          </button>
        </p>
      )}
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
        />
      )}
      {(panel === 'shortcuts' || panel === 'about') && <AboutDialog topic={panel} version={info.data?.version ?? ''} onClose={() => setPanel(null)} />}
      <div className="columns">
        <Sidebar
          total={info.data?.stats.stories ?? null}
          regions={regions.data ?? []}
          topics={facets.data?.topics ?? []}
          bookmarks={bookmarks.data ?? []}
          browse={browse}
          onBrowse={setBrowse}
          onOpenStory={open}
        />
        <main className="main">
          <StoryList
            heading={headingOf(browse, query)}
            total={list.data?.total ?? 0}
            stories={list.data?.stories ?? []}
            selectedId={selectedId}
            loading={list.loading}
            error={list.error}
            onOpen={open}
            onMore={list.more}
          />
          <Reader story={story.data} loading={story.loading} error={story.error} bookmarkBusy={bookmarkBusy} onToggleBookmark={toggleBookmark} />
        </main>
      </div>
    </div>
  );
}
