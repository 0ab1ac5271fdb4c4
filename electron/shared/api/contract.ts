import { z } from 'zod';
import { CITATION_FORMATS } from '../citation';
import { clippingInputSchema, followSearchInputSchema, listOrderSchema, searchRequestSchema, storyFiltersSchema } from '../library';
import { exportProgressSchema, exportRequestSchema, exportResultSchema, exportSelectionSchema } from './export-request';
import {
  bookmarkSchema,
  clippingSchema,
  collectionSchema,
  editionSummarySchema,
  facetsSchema,
  followedSearchSchema,
  importProgressSchema,
  libraryUpgradeSchema,
  importFolderSchema,
  importSummarySchema,
  pageSummarySchema,
  regionNodeSchema,
  removedPagesSchema,
  searchResultSchema,
  storyDetailSchema,
  storyExplanationSchema,
  storyPageSchema,
  storySummarySchema,
} from './results';
import { lastViewSchema } from './last-view';
import { settingsPatchSchema, settingsSchema } from './settings';

/**
 * The one API between the renderer and the backend, whatever carries it (IPC in the desktop app,
 * HTTP in the web host). Every input is a JSON object validated by its schema on the backend side;
 * methods that change nothing the caller needs return null.
 */

const id = z.number().int().positive();
const none = z.object({}).strict();
const done = z.null();
const name = z.string().max(200);

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, summary: string) => ({ input, output, summary });

export const API = {
  appInfo: method(
    none,
    z.object({
      version: z.string(),
      /** The desktop app can open native file dialogs; the web host cannot and asks for a path. */
      canPickPaths: z.boolean(),
      libraryFile: z.string(),
      stats: z.object({ editions: z.number().int(), pages: z.number().int(), stories: z.number().int() }),
      /** The sample pages the app comes with, while the library holds stories of them (a new library starts with them). */
      samples: z.object({ path: z.string(), stories: z.number().int() }).nullable(),
    }),
    'version, library file and size, what this transport can do',
  ),

  listStories: method(
    z
      .object({ filters: storyFiltersSchema.optional(), sort: listOrderSchema.optional(), offset: z.number().int().nonnegative().optional(), limit: z.number().int().positive().max(500).optional() })
      .strict(),
    storyPageSchema,
    'stories matching filters, newest first (or oldest first)',
  ),
  search: method(searchRequestSchema, searchResultSchema, 'full-text search with snippets and facets'),
  relatedStories: method(
    z.object({ id, limit: z.number().int().min(1).max(50).optional() }).strict(),
    z.array(storySummarySchema),
    'stories on the same thread as a story: naming the same people, the rarer the closer',
  ),
  facets: method(z.object({ query: z.string().max(1000).optional(), filters: storyFiltersSchema.optional() }).strict(), facetsSchema, 'every city, county, town, village, topic, year and the 30 people named most, counted for a query and filters'),
  regionTree: method(none, z.array(regionNodeSchema), 'cities, counties, towns and villages with story counts, as a tree'),
  getStory: method(
    z.object({ id, query: z.string().max(1000).optional() }).strict(),
    storyDetailSchema.nullable(),
    "one story with its article, edition, collections and clippings, and where the query's terms occur in it",
  ),
  explainStory: method(z.object({ id }).strict(), storyExplanationSchema.nullable(), "the evidence for a story's places, topics, people and date"),
  markRead: method(z.object({ id, read: z.boolean().optional() }).strict(), done, 'mark a story read or unread'),
  storyOpened: method(z.object({ id }).strict(), done, 'the reader opened a story: it is read, and the latest in the reading history'),
  clearReadingHistory: method(none, z.object({ cleared: z.number().int() }), 'empty the reading history (the stories stay read)'),
  markAllRead: method(
    z.object({ query: z.string().max(1000).optional(), filters: storyFiltersSchema.optional() }).strict(),
    z.object({ marked: z.number().int(), batch: z.string() }),
    'mark every unread story of a search or list read; how many, and the batch that undoMarkAllRead takes',
  ),
  undoMarkAllRead: method(z.object({ batch: z.string().max(100) }).strict(), z.object({ unmarked: z.number().int() }), 'make the stories of one markAllRead unread again'),

  listEditions: method(none, z.array(editionSummarySchema), 'editions, newest first'),
  listPages: method(z.object({ editionId: id.optional() }).strict(), z.array(pageSummarySchema), 'pages of one edition or all'),
  pageStories: method(z.object({ pageId: id }).strict(), z.array(storySummarySchema), 'the stories of one page in reading order'),

  setBookmark: method(z.object({ storyId: id, on: z.boolean() }).strict(), done, 'bookmark or unbookmark a story'),
  listBookmarks: method(none, z.array(bookmarkSchema), 'bookmarks, newest first'),

  listCollections: method(none, z.array(collectionSchema), 'collections by name'),
  createCollection: method(z.object({ name }).strict(), collectionSchema, 'a new collection'),
  renameCollection: method(z.object({ id, name }).strict(), done, 'rename a collection'),
  deleteCollection: method(z.object({ id }).strict(), done, 'delete a collection (its stories stay)'),
  addToCollection: method(z.object({ collectionId: id, storyId: id }).strict(), done, 'put a story in a collection'),
  removeFromCollection: method(z.object({ collectionId: id, storyId: id }).strict(), done, 'take a story out of a collection'),

  listClippings: method(z.object({ storyId: id.optional() }).strict(), z.array(clippingSchema), 'all clippings or those of one story'),
  addClipping: method(clippingInputSchema, clippingSchema, 'clip part of a paragraph'),
  updateClippingNote: method(z.object({ id, note: z.string().max(100_000) }).strict(), clippingSchema, "change a clipping's note"),
  deleteClipping: method(z.object({ id }).strict(), done, 'delete a clipping'),

  followSearch: method(followSearchInputSchema, followedSearchSchema, 'follow a search and its choices (following it again renames it)'),
  listFollowedSearches: method(none, z.array(followedSearchSchema), 'the searches followed, each with the stories it finds and how many are unread'),
  unfollowSearch: method(z.object({ id }).strict(), done, 'stop following a search'),

  importPaths: method(
    z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(10_000) }).strict(),
    importSummarySchema,
    'import page files and folders; progress arrives as importProgress events',
  ),
  cancelImport: method(none, z.object({ cancelled: z.boolean() }), 'stop the running import after the file in hand'),
  listImportFolders: method(none, z.array(importFolderSchema), 'the folders pages were imported from, to import from again for new pages'),
  forgetImportFolder: method(z.object({ path: z.string().min(1).max(4096) }).strict(), done, 'stop offering a folder to import from again (its stories stay)'),
  removePages: method(
    z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(1000) }).strict(),
    removedPagesSchema,
    'take the stories of page files, or of every page under folders, out of the library (the files stay; so do bookmarks and clippings)',
  ),
  pickImportPaths: method(
    z.object({ kind: z.enum(['folder', 'files']) }).strict(),
    z.object({ paths: z.array(z.string()) }),
    'ask the user for page files or a folder (desktop app only)',
  ),

  getSettings: method(none, settingsSchema, 'reading settings'),
  updateSettings: method(settingsPatchSchema, settingsSchema, 'change some reading settings; returns them all'),
  getLastView: method(none, lastViewSchema.nullable(), 'where the reader was when last used (null: nowhere to go back to)'),
  saveLastView: method(lastViewSchema, done, 'remember where the reader is, for the next start'),

  exportPdf: method(exportRequestSchema, exportResultSchema, 'export stories to a PDF book; progress arrives as exportProgress events'),
  cancelExport: method(none, z.object({ cancelled: z.boolean() }), 'stop the running export'),
  citeSelection: method(
    z.object({ selection: exportSelectionSchema, format: z.enum(CITATION_FORMATS).optional() }).strict(),
    z.object({ references: z.array(z.string()), skipped: z.array(z.string()) }),
    'GB/T 7714 references (or RIS records) of the stories an export of the selection would hold, in its order',
  ),
} as const;

export type ApiMethod = keyof typeof API;
export const API_METHODS = Object.keys(API) as ApiMethod[];
export type ApiInput<M extends ApiMethod> = z.input<(typeof API)[M]['input']>;
/** A method's input as the backend sees it, after validation. */
export type ApiParsedInput<M extends ApiMethod> = z.output<(typeof API)[M]['input']>;
export type ApiOutput<M extends ApiMethod> = z.output<(typeof API)[M]['output']>;

export const isApiMethod = (name: string): name is ApiMethod => Object.hasOwn(API, name);

/**
 * Events the backend pushes to the page: the upgrade of an older library while it opens (the API's
 * calls are answered once it is open), import and export progress, menu commands, settings changed
 * elsewhere.
 */
export const API_EVENTS = {
  libraryUpgrade: libraryUpgradeSchema,
  importProgress: importProgressSchema,
  importFinished: importSummarySchema,
  exportProgress: exportProgressSchema,
  settingsChanged: settingsSchema,
  menuCommand: z.object({ command: z.enum(['importFolder', 'importFiles', 'exportSelection', 'focusSearch', 'showShortcuts', 'showAbout']) }),
} as const;

export type ApiEvent = keyof typeof API_EVENTS;
export const API_EVENT_NAMES = Object.keys(API_EVENTS) as ApiEvent[];
export type ApiEventPayload<E extends ApiEvent> = z.output<(typeof API_EVENTS)[E]>;
export type MenuCommand = ApiEventPayload<'menuCommand'>['command'];

export const isApiEvent = (name: string): name is ApiEvent => Object.hasOwn(API_EVENTS, name);

/** A method's call: the input may be left out when the method takes none. */
type Call<M extends ApiMethod> = Record<never, never> extends ApiInput<M> ? (input?: ApiInput<M>) => Promise<ApiOutput<M>> : (input: ApiInput<M>) => Promise<ApiOutput<M>>;

/** What the renderer holds: one function per method, and a way to listen to events. */
export type BroadsheetApi = { [M in ApiMethod]: Call<M> } & {
  on<E extends ApiEvent>(event: E, listener: (payload: ApiEventPayload<E>) => void): () => void;
};

/** How a call's failure travels back over IPC or HTTP: a kind the UI can act on and a sentence for the user. */
export const apiFailureSchema = z.object({
  error: z.object({
    kind: z.enum(['invalid-input', 'unknown-method', 'not-allowed', 'failed', 'unavailable', 'internal']),
    message: z.string(),
  }),
});
export type ApiFailure = z.infer<typeof apiFailureSchema>;
export type ApiErrorKind = ApiFailure['error']['kind'];

/** IPC channel names: one per method, and one for events. */
export const ipcChannel = (m: ApiMethod): string => `broadsheet:${m}`;
export const IPC_EVENT_CHANNEL = 'broadsheet:event';
