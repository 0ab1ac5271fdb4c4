import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DamagedLibraryError, Library, NewerLibraryError, upgradeNotice } from '../../../electron/core/library';
import type { StoryFilters } from '../../../electron/shared/library';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../electron/core/store/migrations';
import { openDatabase, PAGE_SIZE } from '../../../electron/core/store/open';
import { writeOlderLibrary } from '../../support/older-library';
import { article, page, tempDir } from './article-fixtures';

const tables = (db: Database.Database) =>
  db.prepare<[], string>("SELECT name FROM sqlite_master WHERE type IN ('table') AND name NOT LIKE 'story_fts_%' ORDER BY name").pluck().all();

describe('migrations', () => {
  it('are numbered 1, 2, … without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('version 1 creates content tables, the index and bookmarks in an empty file', () => {
    const file = join(tempDir(), 'v1.db');
    const db = openDatabase(file, { schemaVersion: 1 });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(tables(db)).toEqual(['bookmarks', 'editions', 'pages', 'paragraphs', 'sqlite_sequence', 'stories', 'story_fts']);
    db.close();
  });

  it('version 2 upgrades a version-1 library without touching its stories or bookmarks', () => {
    const file = join(tempDir(), 'v1to2.db');
    const v1 = openDatabase(file, { schemaVersion: 1 });
    v1.prepare("INSERT INTO editions (id, key, paper, name, county, date) VALUES (1, 'k', '嘉兴日报', '嘉善版', '嘉善县', '2024-01-05')").run();
    v1.prepare("INSERT INTO pages (id, path, sha256, size, encoding, edition_id, unplaced, imported_at) VALUES (1, 'a.txt', 'x', 1, 'utf8', 1, '[]', 'now')").run();
    v1.prepare(`INSERT INTO stories (id, key, page_id, ord, kind, title, authors, subheads, incomplete_start, incomplete_end, places, topics, people, date_key)
      VALUES (7, 'key7', 1, 0, 'article', '西塘新闻', '[]', '[]', 0, 0, '[]', '[]', '[]', 20240105)`).run();
    v1.prepare("INSERT INTO story_fts (rowid, head, body, caption, byline) VALUES (7, '西塘 塘新 新闻 闻', '', '', '')").run();
    v1.prepare("INSERT INTO bookmarks (story_key, title, created_at) VALUES ('key7', '西塘新闻', 'then')").run();
    v1.close();

    const library = Library.open(file);
    expect(library.listBookmarks()).toEqual([{ storyKey: 'key7', storyId: 7, title: '西塘新闻', createdAt: 'then' }]);
    expect(library.searchIds('西塘')).toEqual([7]);
    const c = library.createCollection('西塘');
    library.addToCollection(c.id, 7);
    expect(library.listCollections()).toEqual([{ ...c, count: 1 }]);
    library.close();
    const db = new Database(file);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('version 3 gives a version-2 library the smaller index buffer, and the library stays searchable', () => {
    const file = join(tempDir(), 'v2to3.db');
    const v2 = openDatabase(file, { schemaVersion: 2 });
    const hashsize = (db: Database.Database) => db.prepare<[], number>("SELECT v FROM story_fts_config WHERE k = 'hashsize'").pluck().get();
    expect(hashsize(v2)).toBe(64 * 1024 * 1024);
    v2.close();
    const v3 = openDatabase(file, { schemaVersion: 3 });
    expect(hashsize(v3)).toBe(4 * 1024 * 1024);
    v3.close();
    const library = Library.open(file);
    library.importParsedPages([page('v3.txt', [article({ title: '西塘古镇迎来游客', paragraphs: ['古镇的早晨。'] })])]);
    expect(library.search({ query: '古镇' }).total).toBe(1);
    library.close();
    const db = new Database(file);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('version 4 gives a version-3 library the attributes that filters, facets and the place tree read', () => {
    const file = join(tempDir(), 'v3to4.db');
    const v3 = openDatabase(file, { schemaVersion: 3 });
    v3.exec(`
      INSERT INTO editions (id, key, paper, name, county, date) VALUES (1, 'a', '嘉兴日报', '嘉善版', '嘉善县', '2023-03-01'), (2, 'b', '嘉兴日报', '平湖版', '平湖市', '2024-06-01');
      INSERT INTO pages (id, path, sha256, size, encoding, edition_id, unplaced, imported_at) VALUES (1, 'a.txt', 'x', 1, 'utf8', 1, '[]', 'now'), (2, 'b.txt', 'y', 1, 'utf8', 2, '[]', 'now');
    `);
    const story = v3.prepare(`INSERT INTO stories (id, key, page_id, ord, kind, title, authors, subheads, incomplete_start, incomplete_end,
      province, city, county, town, village, places, topics, people, date_key) VALUES (?, ?, ?, ?, 'article', ?, '[]', '[]', 0, 0, ?, ?, ?, ?, ?, '[]', ?, '[]', ?)`);
    story.run(1, 'k1', 1, 0, '西塘一', '浙江省', '嘉兴市', '嘉善县', '西塘镇', null, '["economy"]', 20230301);
    story.run(2, 'k2', 1, 1, '西塘二', '浙江省', '嘉兴市', '嘉善县', '西塘镇', '红菱村', '["economy","rural"]', 20230301);
    story.run(3, 'k3', 2, 0, '当湖', '浙江省', '嘉兴市', '平湖市', null, null, '["party"]', 20240601);
    story.run(4, 'k4', 2, 1, '无地', null, null, null, null, null, '[]', 20240601);
    v3.close();

    const library = Library.open(file);
    const ids = (filters: StoryFilters) => library.listStories(filters, 0, 10).items.map((s) => s.id).sort();
    expect(ids({ region: '西塘' })).toEqual([1, 2]);
    expect(ids({ region: '红菱村' })).toEqual([2]);
    expect(ids({ region: '平湖市' })).toEqual([3]);
    expect(ids({ topic: 'economy' })).toEqual([1, 2]);
    expect(ids({ topic: 'party' })).toEqual([3]);
    expect(ids({ editionId: 2 })).toEqual([3, 4]);
    expect(ids({ dateFrom: '2024-01-01' })).toEqual([3, 4]);
    const facets = library.facets();
    expect(facets.regions).toContainEqual({ name: '嘉善县', level: 'county', count: 2 });
    expect(facets.regions).toContainEqual({ name: '红菱村', level: 'village', count: 1 });
    expect(facets.topics).toEqual([
      { id: 'economy', count: 2 },
      { id: 'party', count: 1 },
      { id: 'rural', count: 1 },
    ]);
    expect(library.regionCounts()).toEqual([
      { city: null, county: null, town: null, village: null, count: 1 },
      { city: '嘉兴市', county: '嘉善县', town: '西塘镇', village: null, count: 1 },
      { city: '嘉兴市', county: '嘉善县', town: '西塘镇', village: '红菱村', count: 1 },
      { city: '嘉兴市', county: '平湖市', town: null, village: null, count: 1 },
    ]);
    library.close();
  });

  it('version 5 puts the body first in the FTS table, and version 10 makes the pair index from the stories of a version-4 library, searchable in every field', () => {
    const file = join(tempDir(), 'v4to10.db');
    const v4 = openDatabase(file, { schemaVersion: 4 });
    v4.exec(`
      INSERT INTO editions (id, key, paper, name, county, date) VALUES (1, 'a', '嘉兴日报', '嘉善版', '嘉善县', '2023-03-01');
      INSERT INTO pages (id, path, sha256, size, encoding, edition_id, unplaced, imported_at) VALUES (1, 'a.txt', 'x', 1, 'utf8', 1, '[]', 'now');
      INSERT INTO places (id, province, city, county, town, village) VALUES (1, '', '', '', '', '');
      INSERT INTO topic_sets (id, topics) VALUES (1, '[]');
    `);
    const story = v4.prepare(`INSERT INTO stories (id, key, page_id, ord, kind, section, kicker, title, subtitle, caption, authors, subheads,
      incomplete_start, incomplete_end, places, topics, people, date_key) VALUES (?, ?, 1, ?, 'article', ?, ?, ?, ?, ?, ?, '[]', 0, 0, '[]', '[]', '[]', 20230301)`);
    const paragraph = v4.prepare('INSERT INTO paragraphs (story_id, ord, text) VALUES (?, ?, ?)');
    const attributes = v4.prepare('INSERT INTO story_attributes (story_id, date_key, edition_id, place_id, topic_set_id) VALUES (?, 20230301, 1, 1, 1)');
    story.run(1, 'k1', 0, '要闻', '聚焦', '古镇迎客', '游人如织', null, JSON.stringify([{ name: '周奕', role: '记者' }]));
    story.run(2, 'k2', 1, null, null, '桥边', null, '一座石桥', '[]');
    for (const [id, ord, text] of [[1, 0, '西塘古镇的早晨。'], [1, 1, '游客来到河边。'], [2, 0, '西塘的桥,西塘的河,西塘的古镇。']] as const) paragraph.run(id, ord, text);
    attributes.run(1);
    attributes.run(2);
    // What the FTS table held does not matter: version 10 makes the index from the stories.
    v4.prepare("INSERT INTO story_fts (rowid, head, body, caption, byline) VALUES (1, '', '', '', '')").run();
    v4.close();

    const v5 = openDatabase(file, { schemaVersion: 5 });
    expect(v5.prepare<[], string>("SELECT name FROM pragma_table_info('story_fts')").pluck().all()).toEqual(['body', 'head', 'caption', 'byline']);
    const config = (key: string) => v5.prepare<[string], number>('SELECT v FROM story_fts_config WHERE k = ?').pluck().get(key);
    expect([config('hashsize'), config('automerge')]).toEqual([4 * 1024 * 1024, 8]);
    v5.close();

    const upgrades: [number, number][] = [];
    const progress: [number, number, number][] = [];
    const db = openDatabase(file, { onUpgrade: (from, to) => upgrades.push([from, to]), onUpgradeProgress: (version, done, total) => progress.push([version, done, total]) });
    expect(upgrades).toEqual([[5, SCHEMA_VERSION]]);
    expect(progress).toEqual([
      [10, 0, 2],
      [10, 2, 2],
    ]);
    expect(tables(db)).toContain('search_postings');
    expect(tables(db)).not.toContain('story_fts');
    db.close();

    const library = Library.open(file);
    const found = (query: string) => library.searchIds(query);
    expect(found('西塘')).toEqual([1, 2]);
    expect(found('早晨')).toEqual([1]);
    expect(found('要闻')).toEqual([1]);
    expect(found('聚焦')).toEqual([1]);
    expect(found('游人')).toEqual([1]);
    expect(found('周奕')).toEqual([1]);
    expect(found('石桥')).toEqual([2]);
    expect(found('"早晨。 游客"')).toEqual([]);
    expect(found('古镇 -石桥')).toEqual([1]);
    // A headline hit still comes first, however often the other story's body repeats the term.
    expect(library.search({ query: '古镇' }).hits.map((h) => [h.id, h.headlineHit])).toEqual([
      [1, true],
      [2, false],
    ]);
    library.close();
  });

  it('version 6 gives a version-5 library a list of the folders it is imported from, keeping its stories, marks and index', async () => {
    const dir = tempDir();
    const file = join(dir, 'v5to6.db');
    writeOlderLibrary(file, 3, { version: 5 });
    const v5 = new Database(file);
    v5.prepare("INSERT INTO bookmarks (story_key, title, created_at) SELECT key, title, 'then' FROM stories WHERE id = 2").run();
    v5.close();

    const notices: string[] = [];
    const library = Library.open(file, { onUpgrade: (from, to) => notices.push(upgradeNotice(file, from, to)) });
    // Version 10 makes the search index again: the notice warns of the wait.
    expect(notices).toEqual([`upgrading ${file} from schema 5 to ${SCHEMA_VERSION}: this happens once, and rebuilding its search index can take a minute for a large archive…`]);
    expect(library.importFolders()).toEqual([]);
    expect(library.listBookmarks().map((b) => [b.storyId, b.title])).toEqual([[2, '旧库第1篇']]);
    expect(library.searchIds('编号2')).toEqual([3]);
    const folder = join(dir, 'pages');
    mkdirSync(folder);
    await library.importPaths([folder]);
    expect(library.importFolders().map((f) => f.path)).toEqual([folder]);
    library.close();
  });

  it('version 7 finds a version-6 library\'s pages by their fingerprint through an index and lets half its index segments be deleted before rewriting them, keeping its stories and kept folders', () => {
    const dir = tempDir();
    const file = join(dir, 'v6to7.db');
    writeOlderLibrary(file, 3, { version: 6 });
    const v6 = new Database(file);
    v6.prepare("INSERT INTO import_folders (path, added_at, checked_at) VALUES ('/archive', 'then', 'then')").run();
    v6.close();

    const db = openDatabase(file, { schemaVersion: 7 });
    const plan = db.prepare<[string], { detail: string }>('EXPLAIN QUERY PLAN SELECT path FROM pages WHERE sha256 = ?').all('0');
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING INDEX pages_sha256/);
    expect(db.prepare("SELECT v FROM story_fts_config WHERE k = 'deletemerge'").pluck().get()).toBe(50);
    db.close();
    const library = Library.open(file);
    expect([library.stats().stories, library.searchIds('编号2'), library.importFolders().map((f) => f.path)]).toEqual([3, [3], ['/archive']]);
    library.close();
  });

  it('version 8 lets a version-7 library follow searches, keeping its stories and bookmarks', () => {
    const file = join(tempDir(), 'v7to8.db');
    writeOlderLibrary(file, 3, { version: 7 });
    const v7 = new Database(file);
    v7.prepare("INSERT INTO bookmarks (story_key, title, created_at) SELECT key, title, 'then' FROM stories WHERE id = 1").run();
    v7.close();
    const library = Library.open(file);
    expect(library.followedSearches()).toEqual([]);
    expect(library.followSearch({ name: '编号', query: '编号', filters: {} })).toMatchObject({ total: 3, unread: 3 });
    expect(library.listBookmarks().map((b) => b.storyId)).toEqual([1]);
    library.close();
  });

  it('version 9 starts the reading history of a version-8 library with the stories read one at a time, not those marked read together', () => {
    const file = join(tempDir(), 'v8to9.db');
    writeOlderLibrary(file, 5, { version: 8 });
    const v8 = new Database(file);
    const mark = v8.prepare('INSERT INTO read_state (story_key, read_at) SELECT key, ? FROM stories WHERE id = ?');
    mark.run('2024-03-01T08:00:00.000Z', 1);
    mark.run('2024-03-02T08:00:00.000Z', 4);
    for (const id of [2, 3, 5]) mark.run('2024-03-01T09:00:00.000Z', id);
    v8.close();
    const library = Library.open(file);
    const history = library.listStories({ opened: true }, 0, 50, 'opened').items;
    expect(history.map((s) => [s.id, s.openedAt])).toEqual([
      [4, '2024-03-02T08:00:00.000Z'],
      [1, '2024-03-01T08:00:00.000Z'],
    ]);
    expect(library.listStories({ unread: true }).total).toBe(0);
    library.close();
  });

  it('tells who opens a library of an older version that it is being upgraded, and nobody else', () => {
    const dir = tempDir();
    const upgrades: [number, number][] = [];
    const onUpgrade = (from: number, to: number) => upgrades.push([from, to]);
    openDatabase(join(dir, 'new.db'), { onUpgrade }).close();
    openDatabase(join(dir, 'new.db'), { onUpgrade }).close();
    openDatabase(join(dir, 'old.db'), { schemaVersion: 2 }).close();
    openDatabase(join(dir, 'old.db'), { onUpgrade }).close();
    expect(upgrades).toEqual([[2, SCHEMA_VERSION]]);
  });

  it('refuses a library made by a newer version', () => {
    const file = join(tempDir(), 'newer.db');
    const db = new Database(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => Library.open(file)).toThrow(NewerLibraryError);
  });
});

describe('opening', () => {
  it('uses WAL', () => {
    const file = join(tempDir(), 'wal.db');
    openDatabase(file).close();
    const db = new Database(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('makes a new library with large pages and leaves an existing file its own', () => {
    const dir = tempDir();
    const fresh = join(dir, 'fresh.db');
    openDatabase(fresh).close();
    const old = join(dir, 'old.db');
    const made = new Database(old);
    made.exec('CREATE TABLE t (x)');
    made.close();
    openDatabase(old).close();
    const pageSize = (file: string) => {
      const db = new Database(file, { readonly: true });
      const size = db.pragma('page_size', { simple: true });
      db.close();
      return size;
    };
    expect(pageSize(fresh)).toBe(PAGE_SIZE);
    expect(pageSize(old)).toBe(4096);
  });

  it('names a damaged file and can move it aside so a fresh library starts', () => {
    const file = join(tempDir(), 'damaged.db');
    writeFileSync(file, Buffer.alloc(8192, 7));
    let error: unknown;
    try {
      Library.open(file);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(DamagedLibraryError);
    const damaged = error as DamagedLibraryError;
    expect(damaged.message).toContain(file);
    const moved = damaged.moveAside();
    expect(existsSync(moved)).toBe(true);
    const fresh = Library.open(file);
    expect(fresh.stats().stories).toBe(0);
    fresh.close();
  });

  it('refuses a file that is not a library even with the light check', () => {
    const file = join(tempDir(), 'text.db');
    writeFileSync(file, 'plain text, not SQLite '.repeat(300));
    expect(() => Library.open(file, { integrityCheck: 'light' })).toThrow(DamagedLibraryError);
  });

  it('detects a library whose pages were corrupted', () => {
    const file = join(tempDir(), 'corrupt.db');
    const library = Library.open(file);
    library.importParsedPages([page('a.txt', Array.from({ length: 200 }, (_, i) => article({ title: `标题${i}`, paragraphs: ['正文'.repeat(200)] })))]);
    library.close();
    const db = new Database(file);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const bytes = readFileSync(file);
    expect(bytes.length).toBeGreaterThan(PAGE_SIZE * 6);
    bytes.fill(0xff, PAGE_SIZE * 3, PAGE_SIZE * 6);
    writeFileSync(file, bytes);
    expect(() => Library.open(file)).toThrow(DamagedLibraryError);
  });

  // The check goes table by table; a damaged page must be found wherever it lies: stored text,
  // the search index, or a user's bookmarks.
  it.each(['paragraphs', 'search_postings', 'bookmarks'])('detects a damaged page of %s', (table) => {
    const file = join(tempDir(), `corrupt-${table}.db`);
    const library = Library.open(file);
    library.importParsedPages([page('a.txt', Array.from({ length: 200 }, (_, i) => article({ title: `标题${i}`, paragraphs: ['正文'.repeat(200)] })))]);
    library.setBookmark(1, true);
    library.close();
    const db = new Database(file);
    db.pragma('wal_checkpoint(TRUNCATE)');
    const pageNo = db.prepare<[string], number>("SELECT max(pageno) FROM dbstat WHERE name = ? AND pagetype IN ('leaf', 'internal')").pluck().get(table);
    db.close();
    expect(pageNo).toBeGreaterThan(1);
    const bytes = readFileSync(file);
    bytes.fill(0xff, PAGE_SIZE * ((pageNo ?? 0) - 1), PAGE_SIZE * (pageNo ?? 0));
    writeFileSync(file, bytes);
    expect(() => Library.open(file)).toThrow(DamagedLibraryError);
  });
});
