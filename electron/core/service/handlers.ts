import type { ApiMethod, ApiOutput, ApiParsedInput } from '../../shared/api';
import { explainArticle } from '../enrich';
import { referencesOf } from '../export/references';
import type { Library } from '../library';
import { ApiError } from './api-error';
import type { ImportRunner } from './import-runner';
import type { LastViewStore } from './last-view-store';
import type { PdfExport } from './pdf-export';
import { regionTree } from './region-tree';
import type { SettingsStore } from './settings-store';

export type Handlers = { [M in ApiMethod]: (input: ApiParsedInput<M>) => ApiOutput<M> | Promise<ApiOutput<M>> };

/** What differs between the desktop app and the web host; everything else is the same core. */
export interface HostServices {
  version: string;
  library: Library;
  settings: SettingsStore;
  lastView: LastViewStore;
  imports: ImportRunner;
  /** Native open dialog (desktop only). */
  pickPaths?: (kind: 'folder' | 'files') => Promise<string[]>;
  /** PDF export, where this host can print (createPdfExport). */
  exports?: PdfExport;
  /** Called after settings change, so other windows and menus can follow. */
  onSettingsChanged?: () => void;
  /** The folder of the sample pages a new library starts with. */
  seedsDir?: string;
}

/** The API's methods over the library: one line each, the library validates what it stores. */
export function createHandlers(s: HostServices): Handlers {
  const { library } = s;
  return {
    appInfo: () => {
      const samples = s.seedsDir === undefined ? null : { path: s.seedsDir, stories: library.storiesIn(s.seedsDir) };
      return { version: s.version, canPickPaths: s.pickPaths !== undefined, libraryFile: library.file, stats: library.stats(), samples: samples?.stories ? samples : null };
    },

    listStories: ({ filters, sort, offset, limit }) => library.listStories(filters, offset, limit, sort),
    search: (request) => library.search(request),
    facets: ({ query, filters }) => library.facets(query, filters),
    relatedStories: ({ id, limit }) => library.relatedStories(id, limit),
    regionTree: () => regionTree(library.regionCounts()),
    getStory: ({ id, query }) => library.getStory(id, query),
    explainStory: ({ id }) => {
      const story = library.getStory(id);
      return story && explainArticle(story.article, story.edition);
    },
    markRead: ({ id, read }) => (library.markRead(id, read ?? true), null),
    storyOpened: ({ id }) => (library.storyOpened(id), null),
    clearReadingHistory: () => ({ cleared: library.clearReadingHistory() }),
    markAllRead: ({ query, filters }) => library.markAllRead(query, filters),
    undoMarkAllRead: ({ batch }) => ({ unmarked: library.undoMarkAllRead(batch) }),

    listEditions: () => library.listEditions(),
    listPages: ({ editionId }) => library.listPages(editionId),
    pageStories: ({ pageId }) => library.pageStories(pageId),

    setBookmark: ({ storyId, on }) => (library.setBookmark(storyId, on), null),
    listBookmarks: () => library.listBookmarks(),

    listCollections: () => library.listCollections(),
    createCollection: ({ name }) => library.createCollection(name),
    renameCollection: ({ id, name }) => (library.renameCollection(id, name), null),
    deleteCollection: ({ id }) => (library.deleteCollection(id), null),
    addToCollection: ({ collectionId, storyId }) => (library.addToCollection(collectionId, storyId), null),
    removeFromCollection: ({ collectionId, storyId }) => (library.removeFromCollection(collectionId, storyId), null),

    listClippings: ({ storyId }) => library.listClippings(storyId),
    addClipping: (input) => library.addClipping(input),
    updateClippingNote: ({ id, note }) => library.updateClippingNote(id, note),
    deleteClipping: ({ id }) => (library.deleteClipping(id), null),

    followSearch: (input) => library.followSearch(input),
    listFollowedSearches: () => library.followedSearches(),
    unfollowSearch: ({ id }) => (library.unfollowSearch(id), null),

    importPaths: ({ paths }) => s.imports.run(paths),
    cancelImport: () => ({ cancelled: s.imports.cancel() }),
    listImportFolders: () => library.importFolders(),
    forgetImportFolder: ({ path }) => (library.forgetImportFolder(path), null),
    removePages: ({ paths }) => library.removePages(paths),
    pickImportPaths: async ({ kind }) => {
      if (!s.pickPaths) throw new ApiError('unavailable', 'File dialogs exist only in the desktop app; type the folder path instead.');
      return { paths: await s.pickPaths(kind) };
    },

    ...settingsHandlers(s.settings, s.onSettingsChanged),
    getLastView: () => s.lastView.get(),
    saveLastView: (view) => (s.lastView.save(view), null),

    exportPdf: (request) => {
      if (!s.exports) throw new ApiError('unavailable', 'PDF export is not available here.');
      return s.exports.run(request);
    },
    cancelExport: () => ({ cancelled: s.exports?.cancel() ?? false }),
    citeSelection: ({ selection, format }) => referencesOf(library, selection, format),
  };
}

/** The methods of reading settings: they need no library, so a host answers them while its library still opens. */
export function settingsHandlers(settings: SettingsStore, onSettingsChanged?: () => void): Pick<Handlers, 'getSettings' | 'updateSettings'> {
  return {
    getSettings: () => settings.get(),
    updateSettings: (patch) => {
      const current = settings.update(patch);
      onSettingsChanged?.();
      return current;
    },
  };
}
