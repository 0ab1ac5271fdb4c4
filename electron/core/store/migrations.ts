import type { Database } from 'better-sqlite3';
import { SEARCH_INDEX_SQL } from '../search/index-tables';
import { reindexStories } from './reindex-stories';

/**
 * Schema history. Imported content (pages, editions, stories, paragraphs, the FTS index) can always
 * be rebuilt from the page files; user data (bookmarks, collections, clippings, read state) cannot,
 * so it lives in its own tables keyed by the story's stable key, with no foreign key into imported
 * content: re-importing a page or rebuilding content tables never cascades into what a user made.
 * Each entry upgrades a database of the previous version; PRAGMA user_version holds the version.
 */
export interface Migration {
  version: number;
  description: string;
  /** `progress` is told how far a long step has come (e.g. stories re-indexed of all). */
  up: (db: Database, progress: UpgradeProgress) => void;
  /** The step makes the full-text index again: about 13 s per 100,000 stories, worth a warning. */
  rebuildsIndex?: true;
}

/** How far the step that upgrades to `version` has come: `done` of `total` units of its work. */
export type UpgradeProgress = (version: number, done: number, total: number) => void;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'imported content, full-text index, bookmarks',
    up: (db) => {
      db.exec(`
        CREATE TABLE editions (
          id INTEGER PRIMARY KEY,
          key TEXT NOT NULL UNIQUE,
          paper TEXT, name TEXT, county TEXT, date TEXT
        );
        CREATE TABLE pages (
          id INTEGER PRIMARY KEY,
          path TEXT NOT NULL UNIQUE,
          sha256 TEXT NOT NULL,
          size INTEGER NOT NULL,
          encoding TEXT NOT NULL,
          edition_id INTEGER NOT NULL REFERENCES editions(id),
          unplaced TEXT NOT NULL,
          imported_at TEXT NOT NULL
        );
        CREATE INDEX pages_edition ON pages(edition_id);
        CREATE TABLE stories (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          key TEXT NOT NULL UNIQUE,
          page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
          ord INTEGER NOT NULL,
          kind TEXT NOT NULL,
          section TEXT, kicker TEXT, title TEXT NOT NULL, subtitle TEXT, caption TEXT,
          authors TEXT NOT NULL,
          subheads TEXT NOT NULL,
          incomplete_start INTEGER NOT NULL,
          incomplete_end INTEGER NOT NULL,
          province TEXT, city TEXT, county TEXT, town TEXT, village TEXT,
          places TEXT NOT NULL,
          topics TEXT NOT NULL,
          people TEXT NOT NULL,
          date TEXT,
          date_key INTEGER NOT NULL
        );
        CREATE INDEX stories_page ON stories(page_id, ord);
        CREATE TABLE paragraphs (
          id INTEGER PRIMARY KEY,
          story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
          ord INTEGER NOT NULL,
          text TEXT NOT NULL
        );
        CREATE UNIQUE INDEX paragraphs_story ON paragraphs(story_id, ord);
        CREATE VIRTUAL TABLE story_fts USING fts5(
          head, body, caption, byline,
          content='', contentless_delete=1, tokenize='ascii'
        );
        -- Imports write millions of tokens: a larger pending-terms buffer and merging 8 segments at
        -- a time instead of 4 halve the time spent rewriting index segments.
        INSERT INTO story_fts (story_fts, rank) VALUES ('hashsize', 67108864);
        INSERT INTO story_fts (story_fts, rank) VALUES ('automerge', 8);
        CREATE TABLE bookmarks (
          story_key TEXT PRIMARY KEY,
          title TEXT NOT NULL,
          created_at TEXT NOT NULL
        );
      `);
    },
  },
  {
    version: 2,
    description: 'collections, clippings with notes, read state',
    up: (db) => {
      db.exec(`
        CREATE TABLE collections (
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL UNIQUE,
          created_at TEXT NOT NULL
        );
        CREATE TABLE collection_items (
          collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
          story_key TEXT NOT NULL,
          title TEXT NOT NULL,
          added_at TEXT NOT NULL,
          PRIMARY KEY (collection_id, story_key)
        );
        CREATE TABLE clippings (
          id INTEGER PRIMARY KEY,
          story_key TEXT NOT NULL,
          title TEXT NOT NULL,
          paragraph INTEGER NOT NULL,
          start INTEGER NOT NULL,
          end INTEGER NOT NULL,
          quote TEXT NOT NULL,
          note TEXT NOT NULL DEFAULT '',
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        );
        CREATE INDEX clippings_story ON clippings(story_key);
        CREATE TABLE read_state (
          story_key TEXT PRIMARY KEY,
          read_at TEXT NOT NULL
        );
      `);
    },
  },
  {
    version: 3,
    description: 'a smaller pending-terms buffer for the full-text index',
    up: (db) => {
      // Version 1's 64 MB buffer turned out slower: most of an import's index time goes to finding
      // each token's entry in FTS5's in-memory hash, a cache miss per token once the hash outgrows
      // the CPU's caches. At 2–4 MB it stays cached and segments are still large enough that
      // merging them costs little; 64 MB and 256 KB were both 10–40 % slower to store.
      db.exec("INSERT INTO story_fts (story_fts, rank) VALUES ('hashsize', 4194304)");
    },
  },
  {
    version: 4,
    description: 'what filters and facets need for every story, in narrow tables',
    up: (db) => {
      // Searches filter and count from every story's date, edition, place and topics, read into
      // memory when a library opens. From the wide stories rows that took ~0.35 s per 100,000
      // stories; from these rows of four integers, with each distinct place and topic list stored
      // once, about a fifth of that. Missing levels are '' rather than NULL, for UNIQUE to hold.
      // PageWriter writes and deletes a story's row with the story, as it does its index entry;
      // foreign keys would add a lookup per key to every story an import stores.
      db.exec(`
        CREATE TABLE places (
          id INTEGER PRIMARY KEY,
          province TEXT NOT NULL, city TEXT NOT NULL, county TEXT NOT NULL, town TEXT NOT NULL, village TEXT NOT NULL,
          UNIQUE (province, city, county, town, village)
        );
        CREATE TABLE topic_sets (
          id INTEGER PRIMARY KEY,
          topics TEXT NOT NULL UNIQUE
        );
        CREATE TABLE story_attributes (
          story_id INTEGER PRIMARY KEY,
          date_key INTEGER NOT NULL,
          edition_id INTEGER NOT NULL,
          place_id INTEGER NOT NULL,
          topic_set_id INTEGER NOT NULL
        );
        INSERT INTO places (province, city, county, town, village)
          SELECT DISTINCT ifnull(province, ''), ifnull(city, ''), ifnull(county, ''), ifnull(town, ''), ifnull(village, '') FROM stories;
        INSERT INTO topic_sets (topics) SELECT DISTINCT topics FROM stories;
        INSERT INTO story_attributes (story_id, date_key, edition_id, place_id, topic_set_id)
          SELECT s.id, s.date_key, p.edition_id, pl.id, t.id
          FROM stories s JOIN pages p ON p.id = s.page_id JOIN topic_sets t ON t.topics = s.topics
          JOIN places pl ON pl.province = ifnull(s.province, '') AND pl.city = ifnull(s.city, '') AND pl.county = ifnull(s.county, '')
            AND pl.town = ifnull(s.town, '') AND pl.village = ifnull(s.village, '');
      `);
    },
  },
  {
    version: 5,
    description: 'the full-text index with the body as its first column, a third smaller',
    up: (db) => {
      // FTS5 marks a token's positions in any column but the first with two more bytes, and
      // nearly every token of a story occurs in its body alone: with the headline first, those
      // bytes were about 30 % of the index (84.5 against 58.7 MB for 31,966 stories), and storing
      // took ~4 % longer. The table is left empty: version 10 replaces it with an index made
      // from the stories.
      db.exec(`
        DROP TABLE story_fts;
        CREATE VIRTUAL TABLE story_fts USING fts5(
          body, head, caption, byline,
          content='', contentless_delete=1, tokenize='ascii'
        );
        INSERT INTO story_fts (story_fts, rank) VALUES ('hashsize', 4194304);
        INSERT INTO story_fts (story_fts, rank) VALUES ('automerge', 8);
      `);
    },
  },
  {
    version: 6,
    description: 'the folders pages were imported from, to look in again for new pages',
    up: (db) => {
      // User data: which folders a reader keeps their archive in. Paths are absolute; a folder
      // that has moved stays listed (and says so) until the reader forgets it.
      db.exec(`
        CREATE TABLE import_folders (
          path TEXT PRIMARY KEY,
          added_at TEXT NOT NULL,
          checked_at TEXT NOT NULL
        );
      `);
    },
  },
  {
    version: 7,
    description: 'the pages by their fingerprint, and deleting stories without rewriting the index',
    up: (db) => {
      // A file an import has not stored under its path is looked up by its fingerprint: the same
      // page moved (its old file gone) takes its stored page's place; a copy is not stored twice.
      db.exec('CREATE INDEX pages_sha256 ON pages(sha256)');
      // FTS5 rewrites an index segment once a tenth of its stories are deleted. After an import
      // most of the index is one segment, so removing a county's folder (14 % of 98,057 stories)
      // rewrote all of it: 8.2 s, against 0.3 s at a half; reading a whole library again (a new
      // READER_VERSION) rewrote it again and again: 145 s, against 55 s. Dead entries then wait
      // for the next merge (the index 1.6× as large after such a re-read; searches measured no slower).
      db.exec("INSERT INTO story_fts (story_fts, rank) VALUES ('deletemerge', 50)");
    },
  },
  {
    version: 8,
    description: 'searches the reader follows',
    up: (db) => {
      // User data, like bookmarks: a search and its choices (filters as JSON with sorted keys, so
      // the same search followed twice is one row). Its counts are worked out when listed.
      db.exec(`
        CREATE TABLE followed_searches (
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL,
          query TEXT NOT NULL,
          filters TEXT NOT NULL,
          created_at TEXT NOT NULL,
          UNIQUE (query, filters)
        );
      `);
    },
  },
  {
    version: 9,
    description: 'the stories the reader opened, for a reading history',
    up: (db) => {
      // User data, by story key like read marks: when each story was last opened. Read marks
      // alone cannot say it, as marking a whole list read gives all its stories one time. The
      // history starts with the read marks made one at a time, which is what opening a story did.
      db.exec(`
        CREATE TABLE reading_history (
          story_key TEXT PRIMARY KEY,
          opened_at TEXT NOT NULL
        );
        INSERT INTO reading_history (story_key, opened_at)
          SELECT story_key, read_at FROM read_state
          WHERE read_at IN (SELECT read_at FROM read_state GROUP BY read_at HAVING count(*) = 1);
      `);
    },
  },
  {
    version: 10,
    description: 'a search index of character pairs kept in segments, in place of FTS5',
    rebuildsIndex: true,
    up: (db, progress) => {
      // Importing spent most of its time in FTS5 (about 20 of the 26–30 s that storing 100,000
      // stories took here): it finds every token's entry in a hash of a few hundred thousand
      // pairs, a cache miss per token. The index that replaces it sorts a commit's tokens instead
      // (index-tables.ts, segment-builder.ts), with the same tokens and the same exact answers.
      db.exec(`DROP TABLE story_fts; ${SEARCH_INDEX_SQL}`);
      reindexStories(db, (done, total) => progress(10, done, total));
    },
  },
];

export const SCHEMA_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));

/** Whether upgrading from `from` to `to` makes the full-text index again. */
export const upgradeRebuildsIndex = (from: number, to: number): boolean => MIGRATIONS.some((m) => m.rebuildsIndex && m.version > from && m.version <= to);

/** Brings a database up to `target` (default: the latest), one transaction per step. */
export function migrate(db: Database, target = SCHEMA_VERSION, progress: UpgradeProgress = () => undefined): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (const m of MIGRATIONS) {
    if (m.version <= current || m.version > target) continue;
    db.transaction(() => {
      m.up(db, progress);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}
