import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Database } from 'better-sqlite3';
import {
  clippingInputSchema,
  followSearchInputSchema,
  searchRequestSchema,
  storyFiltersSchema,
  type Bookmark,
  type Clipping,
  type ClippingInput,
  type Collection,
  type EditionSummary,
  type Facets,
  type FollowedSearch,
  type FollowSearchInput,
  type ImportFolder,
  type ImportSummary,
  type ListOrder,
  type PageSummary,
  type RemovedPages,
  type SearchRequest,
  type SearchResult,
  type StoryDetail,
  type StoryFilters,
  type StoryPage,
  type StorySummary,
} from '../shared/library';
import { citedTitle } from '../shared/citation';
import type { Article, Edition, ParsedPage } from '../shared/model';
import { describeIssues } from '../shared/validation-issues';
import { importFiles, type ImportOptions, type PageReader } from './import/import-files';
import { SearchEngine } from './search/engine';
import { parseQuery, wantedTerms } from './search/query';
import { highlightRanges } from './search/snippet';
import { upgradeRebuildsIndex, type UpgradeProgress } from './store/migrations';
import { FollowedSearches, type StoredFollowedSearch } from './store/followed-searches';
import { ImportFolders } from './store/import-folders';
import { pathsUnder } from './store/paths-under';
import { openDatabase } from './store/open';
import { PageBatch, PageWriter } from './store/page-writer';
import { articleOf, StoryReader, summaryOf } from './store/story-reader';
import { UserFacingError } from './user-facing-error';

export { DamagedLibraryError, LibraryOpenError, NewerLibraryError } from './store/open';
export { pendingUpgrade, upgradeOffThread, UpgradeWorkerError } from './store/upgrade-off-thread';

/** A request the library cannot carry out (unknown story, duplicate name…); the message is for the user. */
export class LibraryError extends UserFacingError {
  override name = 'LibraryError';
}

export interface LibraryOptions {
  /** Refuse to create a new file (commands that only read an existing library). */
  mustExist?: boolean;
  /** The page reader used by imports (tests substitute one). */
  readPage?: PageReader;
  /** Path of an Electron-ABI build of better-sqlite3's binding (the unpackaged desktop app). */
  nativeBinding?: string;
  /** See OpenOptions.integrityCheck; the default is 'full'. */
  integrityCheck?: 'full' | 'light';
  /** See OpenOptions.onUpgrade. */
  onUpgrade?: (from: number, to: number) => void;
  /** See OpenOptions.onUpgradeProgress. */
  onUpgradeProgress?: UpgradeProgress;
}

/** What to tell a person waiting on the upgrade of their library file. */
export const upgradeNotice = (file: string, from: number, to: number): string =>
  `upgrading ${file} from schema ${from} to ${to}: this happens once${upgradeRebuildsIndex(from, to) ? ', and rebuilding its search index can take a minute for a large archive' : ''}…`;

/** A request as the search schema reads it, or a LibraryError naming what was asked (`what`) and every problem. */
function validSearchRequest(request: SearchRequest, what: string): SearchRequest {
  const parsed = searchRequestSchema.safeParse(request);
  if (!parsed.success) throw new LibraryError(`invalid ${what}: ${describeIssues(parsed.error.issues)}`);
  return parsed.data;
}

interface ClippingRow {
  id: number;
  story_key: string;
  story_id: number | null;
  title: string;
  paragraph: number;
  start: number;
  end: number;
  quote: string;
  note: string;
  created_at: string;
  updated_at: string;
}

const clippingOf = (r: ClippingRow): Clipping => ({
  id: r.id,
  storyKey: r.story_key,
  storyId: r.story_id,
  title: r.title,
  paragraph: r.paragraph,
  start: r.start,
  end: r.end,
  quote: r.quote,
  note: r.note,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const CLIPPING_COLUMNS = 'c.*, (SELECT s.id FROM stories s WHERE s.key = c.story_key) AS story_id';

/**
 * The library: one SQLite file holding imported pages and what the user made of them. This is the
 * facade the Electron main process, the web host and the CLI call; everything it takes from outside
 * is validated here. Synchronous except for imports, which yield between files for progress and cancel.
 */
export class Library {
  private readonly reader: StoryReader;
  private readonly engine: SearchEngine;
  private readonly folders: ImportFolders;
  private readonly followed: FollowedSearches;
  /** A substitute page reader (tests), or null for the standard one. */
  private readonly pageReader: PageReader | null;

  private constructor(
    readonly file: string,
    private readonly db: Database,
    options: LibraryOptions,
  ) {
    this.reader = new StoryReader(db);
    this.engine = new SearchEngine(db, this.reader, () => this.settleImport());
    this.folders = new ImportFolders(db);
    this.followed = new FollowedSearches(db);
    this.pageReader = options.readPage ?? null;
  }

  /** Opens or creates the library file. Throws DamagedLibraryError / NewerLibraryError / LibraryError. */
  static open(file: string, options: LibraryOptions = {}): Library {
    if (options.mustExist && !existsSync(file)) throw new LibraryError(`there is no library at ${file} (import pages into it first)`);
    const { nativeBinding, integrityCheck = 'full', onUpgrade, onUpgradeProgress } = options;
    return new Library(file, openDatabase(file, { nativeBinding, integrityCheck, onUpgrade, onUpgradeProgress }), options);
  }

  close(): void {
    if (!this.db.open) return;
    this.settleImport();
    this.db.close();
  }

  // ── import ──────────────────────────────────────────────────────────────────────────────

  /** The running import's pages: written as they come, committed in groups (see PageBatch). */
  private importBatch: PageBatch | null = null;
  /** The last read stamp handed out (ms since the epoch): see readStamp. */
  private lastReadStamp = 0;

  /**
   * Imports page files and folders (recursively), reporting progress; see importFiles. One import
   * at a time. The folders are kept (importFolders) unless `rememberFolders` is false, also after a
   * cancel: importing them again goes on where it stopped, as unchanged files are skipped.
   */
  async importPaths(paths: readonly string[], options: ImportOptions & { rememberFolders?: boolean } = {}): Promise<ImportSummary> {
    if (this.importBatch) throw new LibraryError('an import is already running in this library; wait for it to finish or cancel it');
    const batch = new PageBatch(this.db, new PageWriter(this.db, () => this.engine.invalidate()));
    this.importBatch = batch;
    try {
      const summary = await importFiles(batch, paths, this.pageReader, options);
      if (options.rememberFolders !== false) this.folders.looked(paths);
      if (summary.moved > 0) this.folders.forgetGoneAndEmpty();
      return summary;
    } finally {
      this.importBatch = null;
      this.engine.invalidate();
    }
  }

  /** Stories from pages in `folder` or in folders inside it. */
  storiesIn(folder: string): number {
    return this.folders.storiesIn(folder);
  }

  /** The folders pages were imported from, by path; importing them again brings in the pages added since. */
  importFolders(): ImportFolder[] {
    return this.folders.list();
  }

  /** Stops offering a folder to import from again; its stories stay. */
  forgetImportFolder(path: string): void {
    this.folders.forget(path);
  }

  /**
   * Takes out of the library the pages stored from each path: the page file itself, or every page
   * under a folder (which need not exist any more). The files are not touched. Bookmarks,
   * collections, clippings and read marks stay, keyed by story: importing the pages again brings
   * them back. Kept folders at or under the paths are forgotten, so "import again" does not undo
   * it. One transaction: FTS5 rewrites its deletion marks at every commit, so one commit is
   * fastest (one county's 14,446 of 98,057 stories in 0.3–0.4 s, all of them in 3.3 s).
   */
  removePages(paths: readonly string[]): RemovedPages {
    if (this.importBatch) throw new LibraryError('an import is running in this library; wait for it to finish or cancel it before removing pages');
    const pageAt = this.db.prepare<[string], number>('SELECT id FROM pages WHERE path = ?').pluck();
    const pagesUnder = this.db.prepare<[string, string], number>('SELECT id FROM pages WHERE path >= ? AND path < ?').pluck();
    const writer = new PageWriter(this.db, () => this.engine.invalidate());
    const removed: RemovedPages = { pages: 0, stories: 0, notFound: [] };
    this.db.transaction(() => {
      for (const path of paths) {
        const file = pageAt.get(resolve(path));
        const ids = file === undefined ? pagesUnder.all(...pathsUnder(path)) : [file];
        if (ids.length === 0) removed.notFound.push(path);
        for (const id of ids) removed.stories += writer.remove(id);
        removed.pages += ids.length;
        this.folders.forgetUnder(path);
      }
      writer.tidyIndex();
      this.db.exec('DELETE FROM editions WHERE id NOT IN (SELECT edition_id FROM pages)');
    })();
    this.engine.invalidate();
    return removed;
  }

  /**
   * Commits what a running import has written so far. Called before anything else writes, so that
   * no write of a user's shares a transaction that the import may have to roll back.
   */
  private settleImport(): void {
    this.importBatch?.commit();
  }

  /** Stores pages that are already parsed (generated archives, parse caches); `source` names each page. */
  importParsedPages(pages: readonly ParsedPage[]): number {
    this.settleImport();
    const batch = new PageBatch(this.db, new PageWriter(this.db));
    let stories = 0;
    // No file bytes to fingerprint: an empty one never equals a file's, so importing the page
    // file itself later replaces what was stored here.
    for (const page of pages) stories += batch.add({ path: page.source, sha256: '', size: 0, encoding: 'parsed' }, page)?.stories ?? 0;
    stories += batch.flush().stories;
    this.engine.invalidate();
    return stories;
  }

  // ── search and browse ───────────────────────────────────────────────────────────────────

  search(request: SearchRequest): SearchResult {
    return this.engine.search(validSearchRequest(request, 'search'));
  }

  /** Up to `limit` stories on the same thread as story `id`: naming the same people, the rarer the closer; none for a story that names nobody. */
  relatedStories(id: number, limit = 5): StorySummary[] {
    this.story(id);
    if (!Number.isInteger(limit) || limit < 1 || limit > 50) throw new LibraryError(`related stories come 1 to 50 at a time, not ${limit}`);
    return this.engine.related(id, limit);
  }

  /** Ids of every story matching the query (no filters, no limit), ascending. */
  searchIds(query: string): number[] {
    return this.engine.allHits(parseQuery(query));
  }

  /** Stories matching the filters, newest first, or oldest first. */
  listStories(filters: StoryFilters = {}, offset = 0, limit = 50, sort: ListOrder = 'date'): StoryPage {
    const valid = validSearchRequest({ query: '', filters, offset, limit, sort }, 'list request');
    return this.engine.list(valid.filters, offset, limit, sort);
  }

  /** Every city, county, town and village, every topic and year, and the 30 people named most, counted among the stories matching a query (empty: all) and filters. */
  facets(query = '', filters: StoryFilters = {}): Facets {
    const valid = validSearchRequest({ query, filters }, 'facets request');
    return this.engine.facets(valid.query, valid.filters);
  }

  /** The story; with a query, where its terms occur in the title, the caption and each paragraph. */
  getStory(id: number, query = ''): StoryDetail | null {
    const row = this.reader.row(id);
    if (!row) return null;
    const page = this.db
      .prepare<[number], { path: string; paper: string | null; name: string | null; county: string | null; date: string | null }>(
        'SELECT p.path, e.paper, e.name, e.county, e.date FROM pages p JOIN editions e ON e.id = p.edition_id WHERE p.id = ?',
      )
      .get(row.page_id);
    const edition: Edition = { paper: page?.paper ?? null, name: page?.name ?? null, county: page?.county ?? null, date: page?.date ?? null };
    const article = articleOf(row, this.reader.paragraphs(id));
    const terms = wantedTerms(parseQuery(query));
    return {
      ...summaryOf(row),
      article,
      matches: {
        title: highlightRanges(article.title, terms),
        caption: highlightRanges(article.caption ?? '', terms),
        paragraphs: article.paragraphs.map((text) => highlightRanges(text, terms)),
      },
      edition,
      source: page?.path ?? '',
      readAt: row.read_at,
      collections: this.db
        .prepare<[string], { id: number; name: string }>(
          'SELECT c.id, c.name FROM collections c JOIN collection_items i ON i.collection_id = c.id WHERE i.story_key = ? ORDER BY c.name',
        )
        .all(row.key),
      clippings: this.db
        .prepare<[string], ClippingRow>(`SELECT ${CLIPPING_COLUMNS} FROM clippings c WHERE c.story_key = ? ORDER BY c.paragraph, c.start`)
        .all(row.key)
        .map(clippingOf),
    };
  }

  listEditions(): EditionSummary[] {
    return this.db
      .prepare<[], EditionSummary>(
        `SELECT e.id, e.paper, e.name, e.county, e.date, count(DISTINCT p.id) AS pages, count(s.id) AS stories
         FROM editions e JOIN pages p ON p.edition_id = e.id LEFT JOIN stories s ON s.page_id = p.id
         GROUP BY e.id ORDER BY e.date DESC, e.name`,
      )
      .all();
  }

  listPages(editionId?: number): PageSummary[] {
    const rows = this.db
      .prepare<[number | null, number | null], { id: number; path: string; edition_id: number; stories: number; unplaced: string }>(
        `SELECT p.id, p.path, p.edition_id, p.unplaced, (SELECT count(*) FROM stories s WHERE s.page_id = p.id) AS stories
         FROM pages p WHERE ? IS NULL OR p.edition_id = ? ORDER BY p.path`,
      )
      .all(editionId ?? null, editionId ?? null);
    return rows.map((r) => ({ id: r.id, source: r.path, editionId: r.edition_id, stories: r.stories, unplaced: JSON.parse(r.unplaced) as string[] }));
  }

  /** The stories of one page in reading order. */
  pageStories(pageId: number): StorySummary[] {
    const ids = this.db.prepare<[number], number>('SELECT id FROM stories WHERE page_id = ? ORDER BY ord').pluck().all(pageId);
    return this.reader.rows(ids).map(summaryOf);
  }

  /** Every stored story with its article, in id order (the `dump` command). */
  *stories(): Generator<{ id: number; article: Article }> {
    for (const { id, article } of this.reader.all()) yield { id, article };
  }

  /** Story counts per city, county and town of the whole library: the region tree of the sidebar. */
  regionCounts(): { city: string | null; county: string | null; town: string | null; village: string | null; count: number }[] {
    return this.db
      .prepare<[], { city: string | null; county: string | null; town: string | null; village: string | null; count: number }>(
        `SELECT nullif(p.city, '') AS city, nullif(p.county, '') AS county, nullif(p.town, '') AS town, nullif(p.village, '') AS village, sum(n) AS count
         FROM (SELECT place_id, count(*) AS n FROM story_attributes GROUP BY place_id) JOIN places p ON p.id = place_id
         GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
      )
      .all();
  }

  stats(): { editions: number; pages: number; stories: number } {
    const count = (table: string) => this.db.prepare<[], number>(`SELECT count(*) FROM ${table}`).pluck().get() ?? 0;
    return { editions: count('editions'), pages: count('pages'), stories: count('stories') };
  }

  // ── user data: kept by story key, so it outlives re-imports ────────────────────────────

  /**
   * A story's key and the title a bookmark, collection or clipping keeps of it: untitled photo news
   * by the start of its caption, as it is cited, so two of them stay apart after they have left the library.
   */
  private story(id: number): { key: string; title: string } {
    const row = this.db.prepare<[number], { key: string; title: string; kind: Article['kind']; caption: string | null }>('SELECT key, title, kind, caption FROM stories WHERE id = ?').get(id);
    if (!row) throw new LibraryError(`there is no story with id ${id}`);
    return { key: row.key, title: row.title || (row.kind === 'photo' ? citedTitle({ ...row, paragraphs: [] }) : '') };
  }

  setBookmark(storyId: number, on: boolean): void {
    this.settleImport();
    const s = this.story(storyId);
    if (on) this.db.prepare('INSERT OR IGNORE INTO bookmarks (story_key, title, created_at) VALUES (?, ?, ?)').run(s.key, s.title, new Date().toISOString());
    else this.db.prepare('DELETE FROM bookmarks WHERE story_key = ?').run(s.key);
    this.engine.attributes().setBookmarked(storyId, on);
  }

  listBookmarks(): Bookmark[] {
    return this.db
      .prepare<[], { story_key: string; story_id: number | null; title: string; created_at: string }>(
        'SELECT b.story_key, (SELECT s.id FROM stories s WHERE s.key = b.story_key) AS story_id, b.title, b.created_at FROM bookmarks b ORDER BY b.created_at DESC',
      )
      .all()
      .map((r) => ({ storyKey: r.story_key, storyId: r.story_id, title: r.title, createdAt: r.created_at }));
  }

  markRead(storyId: number, read = true): void {
    this.markStoriesRead([storyId], read);
  }

  /** The reader opened the story: it is read, and the latest in the reading history. */
  storyOpened(storyId: number): void {
    this.settleImport();
    const { key } = this.story(storyId);
    const at = this.readStamp();
    this.markStoriesRead([storyId], true, at);
    this.db.prepare('INSERT OR REPLACE INTO reading_history (story_key, opened_at) VALUES (?, ?)').run(key, at);
    this.engine.attributes().setOpened(storyId, at);
  }

  /** Empties the reading history; the stories stay read. Returns how many stories it held. */
  clearReadingHistory(): number {
    this.settleImport();
    const cleared = this.db.prepare('DELETE FROM reading_history').run().changes;
    this.engine.attributes().forgetOpened();
    return cleared;
  }

  /**
   * When a story is marked read: the time, but each one later than the one before, so that the
   * stamp of one markAllRead names its stories alone, even within a millisecond of another mark.
   */
  private readStamp(): string {
    this.lastReadStamp = Math.max(Date.now(), this.lastReadStamp + 1);
    return new Date(this.lastReadStamp).toISOString();
  }

  /** Marks these stories read (at `readAt`) or unread together; if one id is not a story, none changes. */
  private markStoriesRead(ids: readonly number[], read: boolean, readAt = this.readStamp()): void {
    this.settleImport();
    const distinct = [...new Set(ids)];
    const rows = this.db
      .prepare<[string], { id: number; key: string }>('SELECT id, key FROM stories WHERE id IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(distinct));
    if (rows.length < distinct.length) {
      const known = new Set(rows.map((r) => r.id));
      const missing = ids.filter((id) => !known.has(id));
      throw new LibraryError(`there is no story with id ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? `… (${missing.length} in all)` : ''}`);
    }
    const mark = this.db.prepare('INSERT OR REPLACE INTO read_state (story_key, read_at) VALUES (?, ?)');
    const unmark = this.db.prepare('DELETE FROM read_state WHERE story_key = ?');
    this.db.transaction(() => {
      for (const { key } of rows) {
        if (read) mark.run(key, readAt);
        else unmark.run(key);
      }
    })();
    const attributes = this.engine.attributes();
    for (const { id } of rows) attributes.setRead(id, read);
  }

  /**
   * A mail reader's "mark all read" for a search or list: every unread story it holds becomes
   * read, all with the same time, which names the batch for an undo (a library of years may mark
   * a hundred thousand at once, too many ids to hand back and forth).
   */
  markAllRead(query = '', filters: StoryFilters = {}): { marked: number; batch: string } {
    this.settleImport();
    const valid = validSearchRequest({ query, filters }, 'request to mark all read');
    const ids = this.engine.matchingIds(valid.query, { ...valid.filters, unread: true });
    const batch = this.readStamp();
    if (ids.length > 0) this.markStoriesRead(ids, true, batch);
    return { marked: ids.length, batch };
  }

  /** Undoes markAllRead: the stories it marked are unread again, except those read once more since. */
  undoMarkAllRead(batch: string): number {
    this.settleImport();
    const ids = this.db
      .prepare<[string], number>('SELECT s.id FROM read_state r JOIN stories s ON s.key = r.story_key WHERE r.read_at = ?')
      .pluck()
      .all(batch);
    if (ids.length > 0) this.markStoriesRead(ids, false);
    return ids.length;
  }

  private collectionName(name: string): string {
    const trimmed = name.trim();
    if (trimmed.length === 0 || trimmed.length > 200) throw new LibraryError('a collection needs a name of 1 to 200 characters');
    return trimmed;
  }

  createCollection(name: string): Collection {
    this.settleImport();
    const n = this.collectionName(name);
    if (this.db.prepare('SELECT 1 FROM collections WHERE name = ?').get(n)) throw new LibraryError(`there is already a collection named "${n}"`);
    const createdAt = new Date().toISOString();
    const id = Number(this.db.prepare('INSERT INTO collections (name, created_at) VALUES (?, ?)').run(n, createdAt).lastInsertRowid);
    return { id, name: n, createdAt, count: 0 };
  }

  renameCollection(id: number, name: string): void {
    this.settleImport();
    const n = this.collectionName(name);
    const clash = this.db.prepare<[string, number]>('SELECT 1 FROM collections WHERE name = ? AND id <> ?').get(n, id);
    if (clash) throw new LibraryError(`there is already a collection named "${n}"`);
    if (this.db.prepare('UPDATE collections SET name = ? WHERE id = ?').run(n, id).changes === 0) throw new LibraryError(`there is no collection with id ${id}`);
  }

  deleteCollection(id: number): void {
    this.settleImport();
    this.db.prepare('DELETE FROM collections WHERE id = ?').run(id);
  }

  listCollections(): Collection[] {
    return this.db
      .prepare<[], Collection>(
        'SELECT c.id, c.name, c.created_at AS createdAt, (SELECT count(*) FROM collection_items i WHERE i.collection_id = c.id) AS count FROM collections c ORDER BY c.name',
      )
      .all();
  }

  addToCollection(collectionId: number, storyId: number): void {
    this.settleImport();
    const s = this.story(storyId);
    if (!this.db.prepare('SELECT 1 FROM collections WHERE id = ?').get(collectionId)) throw new LibraryError(`there is no collection with id ${collectionId}`);
    this.db
      .prepare('INSERT OR IGNORE INTO collection_items (collection_id, story_key, title, added_at) VALUES (?, ?, ?, ?)')
      .run(collectionId, s.key, s.title, new Date().toISOString());
  }

  removeFromCollection(collectionId: number, storyId: number): void {
    this.settleImport();
    const s = this.story(storyId);
    this.db.prepare('DELETE FROM collection_items WHERE collection_id = ? AND story_key = ?').run(collectionId, s.key);
  }

  /** Clips characters [start, end) of one paragraph of a story, with an optional note. */
  addClipping(input: ClippingInput): Clipping {
    this.settleImport();
    const parsed = clippingInputSchema.safeParse(input);
    if (!parsed.success) throw new LibraryError(`invalid clipping: ${describeIssues(parsed.error.issues)}`);
    const c = parsed.data;
    const s = this.story(c.storyId);
    const text = this.reader.paragraphs(c.storyId)[c.paragraph];
    if (text === undefined) throw new LibraryError(`story ${c.storyId} has no paragraph ${c.paragraph}`);
    if (c.end > text.length) throw new LibraryError(`the clipping ends at ${c.end}, past the paragraph's ${text.length} characters`);
    const now = new Date().toISOString();
    const id = Number(
      this.db
        .prepare('INSERT INTO clippings (story_key, title, paragraph, start, end, quote, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
        .run(s.key, s.title, c.paragraph, c.start, c.end, text.slice(c.start, c.end), c.note ?? '', now, now).lastInsertRowid,
    );
    return this.clipping(id);
  }

  private clipping(id: number): Clipping {
    const row = this.db.prepare<[number], ClippingRow>(`SELECT ${CLIPPING_COLUMNS} FROM clippings c WHERE c.id = ?`).get(id);
    if (!row) throw new LibraryError(`there is no clipping with id ${id}`);
    return clippingOf(row);
  }

  updateClippingNote(id: number, note: string): Clipping {
    this.settleImport();
    if (note.length > 100_000) throw new LibraryError('a note is limited to 100,000 characters');
    if (this.db.prepare('UPDATE clippings SET note = ?, updated_at = ? WHERE id = ?').run(note, new Date().toISOString(), id).changes === 0) {
      throw new LibraryError(`there is no clipping with id ${id}`);
    }
    return this.clipping(id);
  }

  deleteClipping(id: number): void {
    this.settleImport();
    this.db.prepare('DELETE FROM clippings WHERE id = ?').run(id);
  }

  /** All clippings, newest first, or those of one story. */
  listClippings(storyId?: number): Clipping[] {
    if (storyId !== undefined) {
      const key = this.story(storyId).key;
      return this.db.prepare<[string], ClippingRow>(`SELECT ${CLIPPING_COLUMNS} FROM clippings c WHERE c.story_key = ? ORDER BY c.paragraph, c.start`).all(key).map(clippingOf);
    }
    return this.db.prepare<[], ClippingRow>(`SELECT ${CLIPPING_COLUMNS} FROM clippings c ORDER BY c.created_at DESC, c.id DESC`).all().map(clippingOf);
  }

  // ── followed searches ───────────────────────────────────────────────────────────────────

  /** Follows a search and its choices; following the same one again renames it. */
  followSearch(input: FollowSearchInput): FollowedSearch {
    this.settleImport();
    const parsed = followSearchInputSchema.safeParse(input);
    if (!parsed.success) throw new LibraryError(`invalid followed search: ${describeIssues(parsed.error.issues)}`);
    return this.counted(this.followed.follow(parsed.data));
  }

  /** The searches followed, oldest first, each with the stories it finds now and how many are unread. */
  followedSearches(): FollowedSearch[] {
    return this.followed.list().map((f) => this.counted(f));
  }

  unfollowSearch(id: number): void {
    this.settleImport();
    if (!this.followed.unfollow(id)) throw new LibraryError(`there is no followed search with id ${id}`);
  }

  private counted(search: StoredFollowedSearch): FollowedSearch {
    return { ...search, ...this.engine.countWithUnread(search.query, search.filters) };
  }

  /** Validates filters coming from outside (CLI flags, HTTP bodies). */
  static filters(input: unknown): StoryFilters {
    const parsed = storyFiltersSchema.safeParse(input);
    if (!parsed.success) throw new LibraryError(`invalid filters: ${describeIssues(parsed.error.issues)}`);
    return parsed.data;
  }
}
