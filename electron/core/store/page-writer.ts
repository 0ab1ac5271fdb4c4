import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { Article, ParsedPage } from '../../shared/model';
import { indexRowOf, insertIndexRowSql } from '../search/searchable';
import { dateKey } from './dates';
import { storyKeys } from './story-key';

export interface PageFile {
  path: string;
  /** SHA-256 of the reader's version and the file's bytes: the same only when both are. */
  sha256: string;
  size: number;
  encoding: string;
}

/**
 * Writes one parsed page, replacing what its file stored before. A story whose key is unchanged
 * keeps its id, so open views and links stay valid across re-imports. Call inside a transaction.
 */
export class PageWriter {
  private readonly st;
  /**
   * Ids of the places and topic lists met so far, which nearly every story repeats, so that a
   * story costs the import one more statement rather than three. A rolled-back transaction takes
   * the rows it added with it, so PageBatch calls forgetUncommitted() after every rollback.
   */
  private readonly placeIds = new Map<string, number>();
  private readonly topicSetIds = new Map<string, number>();

  /**
   * `onStoriesGone` is told when stories it stored or found may no longer be what they were: a
   * changed file's old stories deleted, or a group rolled back. Searches made during an import
   * cache what every story holds, and only learn of added stories by their higher ids.
   */
  constructor(
    db: Database,
    private readonly onStoriesGone: () => void = () => undefined,
  ) {
    this.st = {
      pageByPath: db.prepare<[string], { id: number; sha256: string }>('SELECT id, sha256 FROM pages WHERE path = ?'),
      oldStories: db.prepare<[number], { id: number; key: string }>('SELECT id, key FROM stories WHERE page_id = ?'),
      deleteFts: db.prepare<[number]>('DELETE FROM story_fts WHERE rowid = ?'),
      deleteStory: db.prepare<[number]>('DELETE FROM stories WHERE id = ?'),
      deleteAttributes: db.prepare<[number]>('DELETE FROM story_attributes WHERE story_id = ?'),
      keyTaken: db.prepare<[string], number>('SELECT 1 FROM stories WHERE key = ?').pluck(),
      edition: db.prepare<[string], { id: number }>('SELECT id FROM editions WHERE key = ?'),
      insertEdition: db.prepare<[string, ...(string | null)[]]>('INSERT INTO editions (key, paper, name, county, date) VALUES (?, ?, ?, ?, ?)'),
      insertPage: db.prepare<unknown[]>('INSERT INTO pages (path, sha256, size, encoding, edition_id, unplaced, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      updatePage: db.prepare<unknown[]>('UPDATE pages SET sha256 = ?, size = ?, encoding = ?, edition_id = ?, unplaced = ?, imported_at = ? WHERE id = ?'),
      insertStory: db.prepare<unknown[]>(`INSERT INTO stories (id, key, page_id, ord, kind, section, kicker, title, subtitle, caption, authors, subheads,
        incomplete_start, incomplete_end, province, city, county, town, village, places, topics, people, date, date_key)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      placeId: db
        .prepare<[string, string, string, string, string], number>('SELECT id FROM places WHERE province = ? AND city = ? AND county = ? AND town = ? AND village = ?')
        .pluck(),
      insertPlace: db.prepare<[string, string, string, string, string]>('INSERT INTO places (province, city, county, town, village) VALUES (?, ?, ?, ?, ?)'),
      topicSetId: db.prepare<[string], number>('SELECT id FROM topic_sets WHERE topics = ?').pluck(),
      insertTopicSet: db.prepare<[string]>('INSERT INTO topic_sets (topics) VALUES (?)'),
      insertAttributes: db.prepare<[number, number, number, number, number]>(
        'INSERT INTO story_attributes (story_id, date_key, edition_id, place_id, topic_set_id) VALUES (?, ?, ?, ?, ?)',
      ),
      insertParagraph: db.prepare<[number, number, string]>('INSERT INTO paragraphs (story_id, ord, text) VALUES (?, ?, ?)'),
      insertFts: db.prepare<[number, ...string[]]>(insertIndexRowSql()),
    };
  }

  /** Call after a rollback: the ids remembered may name rows that are gone. */
  forgetUncommitted(): void {
    this.placeIds.clear();
    this.topicSetIds.clear();
    this.onStoriesGone();
  }

  /** True when the file at `path` was imported with exactly this fingerprint (content and reader). */
  isUnchanged(path: string, sha256: string): boolean {
    const row = this.st.pageByPath.get(path);
    return row?.sha256 === sha256;
  }

  /** Stores the page; returns the number of stories written. */
  write(file: PageFile, page: ParsedPage): number {
    const now = new Date().toISOString();
    const editionId = this.editionId(page);
    const existing = this.st.pageByPath.get(file.path);
    const reuse = new Map<string, number>();
    let pageId: number;
    if (existing) {
      pageId = existing.id;
      const old = this.st.oldStories.all(pageId);
      for (const row of old) {
        reuse.set(row.key, row.id);
        this.st.deleteFts.run(row.id);
        this.st.deleteStory.run(row.id);
        this.st.deleteAttributes.run(row.id);
      }
      if (old.length > 0) this.onStoriesGone();
      this.st.updatePage.run(file.sha256, file.size, file.encoding, editionId, JSON.stringify(page.unplaced), now, pageId);
    } else {
      pageId = Number(this.st.insertPage.run(file.path, file.sha256, file.size, file.encoding, editionId, JSON.stringify(page.unplaced), now).lastInsertRowid);
    }
    const keys = storyKeys(file.path, page.articles);
    page.articles.forEach((a, ord) => {
      const key = this.uniqueKey(keys[ord] ?? '', file.path);
      this.insertStory(reuse.get(key) ?? null, key, pageId, editionId, ord, a, a.date ?? page.edition.date);
    });
    return page.articles.length;
  }

  /** The same story text in two files with the same name (another folder) gets a path-qualified key. */
  private uniqueKey(key: string, path: string): string {
    if (this.st.keyTaken.get(key) === undefined) return key;
    return `${key}-${createHash('sha256').update(path).digest('hex').slice(0, 8)}`;
  }

  private editionId(page: ParsedPage): number {
    const e = page.edition;
    const key = JSON.stringify([e.paper, e.name, e.county, e.date]);
    const row = this.st.edition.get(key);
    if (row) return row.id;
    return Number(this.st.insertEdition.run(key, e.paper, e.name, e.county, e.date).lastInsertRowid);
  }

  /** The id of a place (its names from province down; '' for a level it does not reach), added if new. */
  private placeId(r: Article['region']): number {
    const names = [r.province ?? '', r.city ?? '', r.county ?? '', r.town ?? '', r.village ?? ''] as const;
    const known = names.join('\u0001');
    let id = this.placeIds.get(known);
    if (id === undefined) {
      id = this.st.placeId.get(...names) ?? Number(this.st.insertPlace.run(...names).lastInsertRowid);
      this.placeIds.set(known, id);
    }
    return id;
  }

  /** The id of a list of topics (as stored in stories.topics), added if new. */
  private topicSetId(topics: string): number {
    let id = this.topicSetIds.get(topics);
    if (id === undefined) {
      id = this.st.topicSetId.get(topics) ?? Number(this.st.insertTopicSet.run(topics).lastInsertRowid);
      this.topicSetIds.set(topics, id);
    }
    return id;
  }

  private insertStory(id: number | null, key: string, pageId: number, editionId: number, ord: number, a: Article, date: string | null): void {
    const r = a.region;
    const topics = JSON.stringify(a.topics);
    const day = dateKey(date);
    const info = this.st.insertStory.run(
      id, key, pageId, ord, a.kind, a.section, a.kicker, a.title, a.subtitle, a.caption,
      JSON.stringify(a.authors), JSON.stringify(a.subheads), a.incomplete.start ? 1 : 0, a.incomplete.end ? 1 : 0,
      r.province, r.city, r.county, r.town, r.village,
      JSON.stringify(a.places), topics, JSON.stringify(a.people), a.date, day,
    );
    const storyId = Number(info.lastInsertRowid);
    this.st.insertAttributes.run(storyId, day, editionId, this.placeId(r), this.topicSetId(topics));
    a.paragraphs.forEach((p, i) => this.st.insertParagraph.run(storyId, i, p));
    this.st.insertFts.run(storyId, ...indexRowOf(a));
  }
}

export interface BatchResult {
  pages: number;
  stories: number;
  errors: { file: string; reason: string }[];
}

/**
 * Groups pages into one transaction. FTS5 writes a new index segment at every commit, so a commit
 * per page costs about twice the time of a commit per few thousand stories. Each page is written
 * as soon as it is added, so the importing thread is held for one page at a time rather than a
 * whole group, and reads between pages see what is stored so far. Nothing else may write while a
 * group is open: call commit() first (Library does, before every write of user data), so that a
 * rollback of the group can never take someone else's write with it. Each page stays atomic: if
 * a page or the commit fails, the group is rolled back and its pages written again one
 * transaction each, so only a page at fault is left out. (A savepoint per page would avoid the
 * rewrite but made every page's write about 70 % slower.)
 */
export class PageBatch {
  /** The open group's pages, and what they stored (undone if the group is rolled back). */
  private pending: { file: PageFile; page: ParsedPage }[] = [];
  private pendingWritten = { pages: 0, stories: 0 };
  private result: BatchResult = emptyResult();
  private readonly st;

  constructor(
    private readonly db: Database,
    private readonly writer: PageWriter,
    private readonly maxStories = 2000,
  ) {
    this.st = {
      begin: db.prepare('BEGIN'),
      commit: db.prepare('COMMIT'),
      rollback: db.prepare('ROLLBACK'),
    };
  }

  /** Stories stored since the last result. */
  get pendingStories(): number {
    return this.result.stories;
  }

  /** True when the file at `path` was imported with exactly this fingerprint (content and reader). */
  isUnchanged(path: string, sha256: string): boolean {
    return this.writer.isUnchanged(path, sha256);
  }

  /** Writes the page; returns what was stored since the last result when that filled the group. */
  add(file: PageFile, page: ParsedPage): BatchResult | null {
    if (this.pending.length === 0) this.st.begin.run();
    this.pending.push({ file, page });
    try {
      const stories = this.writer.write(file, page);
      this.count(this.pendingWritten, stories);
      this.count(this.result, stories);
    } catch {
      this.rewriteOneByOne();
    }
    return this.result.stories >= this.maxStories ? this.flush() : null;
  }

  /** Commits the open group, if any. */
  commit(): void {
    if (this.pending.length === 0) return;
    try {
      this.st.commit.run();
      this.pending = [];
      this.pendingWritten = { pages: 0, stories: 0 };
    } catch {
      this.rewriteOneByOne();
    }
  }

  /** Commits the open group; returns what was stored since the last result and which pages could not be. */
  flush(): BatchResult {
    this.commit();
    const result = this.result;
    this.result = emptyResult();
    return result;
  }

  /** The group failed: roll it back and write each of its pages in a transaction of its own. */
  private rewriteOneByOne(): void {
    if (this.db.inTransaction) this.st.rollback.run();
    this.writer.forgetUncommitted();
    const group = this.pending;
    this.result.pages -= this.pendingWritten.pages;
    this.result.stories -= this.pendingWritten.stories;
    this.pending = [];
    this.pendingWritten = { pages: 0, stories: 0 };
    for (const p of group) {
      try {
        this.count(this.result, this.db.transaction(() => this.writer.write(p.file, p.page))());
      } catch (err) {
        this.writer.forgetUncommitted();
        this.result.errors.push({ file: p.file.path, reason: `could not be stored: ${err instanceof Error ? err.message : String(err)}` });
      }
    }
  }

  private count(tally: { pages: number; stories: number }, stories: number): void {
    tally.pages++;
    tally.stories += stories;
  }
}

const emptyResult = (): BatchResult => ({ pages: 0, stories: 0, errors: [] });
