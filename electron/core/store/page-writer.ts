import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { Article, ParsedPage } from '../../shared/model';
import { IndexWriter } from '../search/index-tables';
import { searchableFields } from '../search/searchable';
import { dateKey } from './dates';
import { storyKeys } from './story-key';

export interface PageFile {
  path: string;
  /** SHA-256 of the reader's version and the file's bytes: the same only when both are. */
  sha256: string;
  size: number;
  encoding: string;
  /**
   * The stored path of a page with the same fingerprint whose file is gone: the file moved here,
   * so it takes that page's place (and its stories' ids) instead of adding a second copy.
   */
  movedFrom?: string;
}

/** The id remembered for `key`, else the one `find` looks up or adds, remembered from then on. */
function rememberedId(ids: Map<string, number>, key: string, find: () => number): number {
  let id = ids.get(key);
  if (id === undefined) {
    id = find();
    ids.set(key, id);
  }
  return id;
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
  private readonly editionIds = new Map<string, number>();
  /** The stories' tokens, written to the search index as a segment when their transaction commits (sealIndex). */
  private readonly index: IndexWriter;

  /**
   * `onStoriesGone` is told when stories it stored or found may no longer be what they were: a
   * changed file's old stories deleted, or a group rolled back. Searches made during an import
   * cache what every story holds, and only learn of added stories by their higher ids.
   */
  constructor(
    db: Database,
    private readonly onStoriesGone: () => void = () => undefined,
  ) {
    this.index = new IndexWriter(db);
    this.st = {
      pageByPath: db.prepare<[string], { id: number; sha256: string }>('SELECT id, sha256 FROM pages WHERE path = ?'),
      pathsBySha: db.prepare<[string, string], string>('SELECT path FROM pages WHERE sha256 = ? AND path <> ? ORDER BY id').pluck(),
      deletePage: db.prepare<[number]>('DELETE FROM pages WHERE id = ?'),
      oldStories: db.prepare<[number], { id: number; key: string }>('SELECT id, key FROM stories WHERE page_id = ?'),
      deleteStory: db.prepare<[number]>('DELETE FROM stories WHERE id = ?'),
      deleteAttributes: db.prepare<[number]>('DELETE FROM story_attributes WHERE story_id = ?'),
      edition: db.prepare<[string], { id: number }>('SELECT id FROM editions WHERE key = ?'),
      insertEdition: db.prepare<[string, ...(string | null)[]]>('INSERT INTO editions (key, paper, name, county, date) VALUES (?, ?, ?, ?, ?)'),
      insertPage: db.prepare<unknown[]>('INSERT INTO pages (path, sha256, size, encoding, edition_id, unplaced, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      updatePage: db.prepare<unknown[]>('UPDATE pages SET path = ?, sha256 = ?, size = ?, encoding = ?, edition_id = ?, unplaced = ?, imported_at = ? WHERE id = ?'),
      // A key already taken changes nothing (see insertStory), rather than asking first for every story.
      insertStory: db.prepare<unknown[]>(`INSERT INTO stories (id, key, page_id, ord, kind, section, kicker, title, subtitle, caption, authors, subheads,
        incomplete_start, incomplete_end, province, city, county, town, village, places, topics, people, date, date_key)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING`),
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
    };
  }

  /** Call after a rollback: the ids remembered may name rows that are gone. */
  forgetUncommitted(): void {
    this.placeIds.clear();
    this.topicSetIds.clear();
    this.editionIds.clear();
    this.index.forget();
    this.onStoriesGone();
  }

  /** Writes the search index's part of the stories stored since the last call: call just before committing them. */
  sealIndex(): void {
    this.index.seal();
  }

  /** After pages were taken out: rewrites index segments that hold mostly stories gone. Call inside the transaction. */
  tidyIndex(): void {
    this.index.mergeIfNeeded();
  }

  /** The fingerprint the file at `path` was imported with, if it was. */
  fingerprintOf(path: string): string | undefined {
    return this.st.pageByPath.get(path)?.sha256;
  }

  /** The stored paths other than `path` of pages imported with this fingerprint, first stored first. */
  pathsWith(sha256: string, path: string): string[] {
    return this.st.pathsBySha.all(sha256, path);
  }

  /**
   * Stores the page; returns the number of stories written and whether it took the place of a
   * page that moved here (see PageFile.movedFrom).
   */
  write(file: PageFile, page: ParsedPage): { stories: number; moved: boolean } {
    const now = new Date().toISOString();
    const editionId = this.editionId(page);
    const here = this.st.pageByPath.get(file.path);
    const existing = here ?? (file.movedFrom === undefined ? undefined : this.st.pageByPath.get(file.movedFrom));
    const reuse = new Map<string, number>();
    let pageId: number;
    if (existing) {
      pageId = existing.id;
      for (const [key, id] of this.deleteStoriesOf(pageId)) reuse.set(key, id);
      this.st.updatePage.run(file.path, file.sha256, file.size, file.encoding, editionId, JSON.stringify(page.unplaced), now, pageId);
    } else {
      pageId = Number(this.st.insertPage.run(file.path, file.sha256, file.size, file.encoding, editionId, JSON.stringify(page.unplaced), now).lastInsertRowid);
    }
    const keys = storyKeys(file.path, page.articles);
    page.articles.forEach((a, ord) => this.insertStory(keys[ord] ?? '', reuse, file.path, pageId, editionId, ord, a, a.date ?? page.edition.date));
    return { stories: page.articles.length, moved: existing !== undefined && here === undefined };
  }

  /** Takes a page and its stories out; returns how many stories it held. */
  remove(pageId: number): number {
    const stories = this.deleteStoriesOf(pageId).size;
    this.st.deletePage.run(pageId);
    return stories;
  }

  /** Deletes a page's stories with their index entries and attributes; returns their ids by key. */
  private deleteStoriesOf(pageId: number): Map<string, number> {
    const old = new Map<string, number>();
    for (const row of this.st.oldStories.all(pageId)) {
      old.set(row.key, row.id);
      this.st.deleteStory.run(row.id);
      this.st.deleteAttributes.run(row.id);
    }
    if (old.size > 0) {
      // The index keeps a story's old tokens in an older segment; only tokens collected for this
      // commit must go, as the story is about to be stored (and collected) again.
      this.index.drop(new Set(old.values()));
      this.index.noteGone();
      this.onStoriesGone();
    }
    return old;
  }

  private editionId(page: ParsedPage): number {
    const e = page.edition;
    const key = JSON.stringify([e.paper, e.name, e.county, e.date]);
    return rememberedId(this.editionIds, key, () => this.st.edition.get(key)?.id ?? Number(this.st.insertEdition.run(key, e.paper, e.name, e.county, e.date).lastInsertRowid));
  }

  /** The id of a place (its names from province down; '' for a level it does not reach), added if new. */
  private placeId(r: Article['region']): number {
    const names = [r.province ?? '', r.city ?? '', r.county ?? '', r.town ?? '', r.village ?? ''] as const;
    return rememberedId(this.placeIds, names.join('\u0001'), () => this.st.placeId.get(...names) ?? Number(this.st.insertPlace.run(...names).lastInsertRowid));
  }

  /** The id of a list of topics (as stored in stories.topics), added if new. */
  private topicSetId(topics: string): number {
    return rememberedId(this.topicSetIds, topics, () => this.st.topicSetId.get(topics) ?? Number(this.st.insertTopicSet.run(topics).lastInsertRowid));
  }

  /**
   * Stores a story under its key, or, when the same story text is already stored from a file of
   * the same name in another folder, under a path-qualified key. A key kept from the page's last
   * import keeps its id (`reuse`).
   */
  private insertStory(storyKey: string, reuse: ReadonlyMap<string, number>, path: string, pageId: number, editionId: number, ord: number, a: Article, date: string | null): void {
    const r = a.region;
    const topics = JSON.stringify(a.topics);
    const day = dateKey(date);
    const insert = (key: string) =>
      this.st.insertStory.run(
        reuse.get(key) ?? null, key, pageId, ord, a.kind, a.section, a.kicker, a.title, a.subtitle, a.caption,
        JSON.stringify(a.authors), JSON.stringify(a.subheads), a.incomplete.start ? 1 : 0, a.incomplete.end ? 1 : 0,
        r.province, r.city, r.county, r.town, r.village,
        JSON.stringify(a.places), topics, JSON.stringify(a.people), a.date, day,
      );
    let info = insert(storyKey);
    if (info.changes === 0) {
      const qualified = `${storyKey}-${createHash('sha256').update(path).digest('hex').slice(0, 8)}`;
      info = insert(qualified);
      if (info.changes === 0) throw new Error(`a story with the key ${qualified} is already stored`);
    }
    const storyId = Number(info.lastInsertRowid);
    this.st.insertAttributes.run(storyId, day, editionId, this.placeId(r), this.topicSetId(topics));
    a.paragraphs.forEach((p, i) => this.st.insertParagraph.run(storyId, i, p));
    this.index.add(storyId, searchableFields(a));
  }
}

export interface BatchResult {
  pages: number;
  stories: number;
  /** Of `pages`, those that moved here from a path whose file is gone. */
  moved: number;
  errors: { file: string; reason: string }[];
}

/**
 * Stories per group commit. The search index writes a segment at every commit, and a lookup reads
 * one list per segment: groups of a few thousand stories keep segments few, while their tokens
 * (about two million for 4,000 stories, some 50 MB as they are sorted) stay a modest amount of memory.
 */
const GROUP_STORIES = 4000;

/**
 * Groups pages into one transaction, and the stories' search tokens into one index segment
 * written just before the commit. Each page is written as soon as it is added, so the importing
 * thread is held for one page at a time rather than a whole group; reads that use the search
 * index commit the group first (Library does), as its segment is written only then. Nothing else
 * may write while a group is open: call commit() first (Library does, before every write of user
 * data), so that a rollback of the group can never take someone else's write with it. Each page
 * stays atomic: if a page or the commit fails, the group is rolled back and its pages written
 * again one transaction each, so only a page at fault is left out. (A savepoint per page would
 * avoid the rewrite but made every page's write about 70 % slower.)
 */
export class PageBatch {
  /** The open group's pages, and what they stored (undone if the group is rolled back). */
  private pending: { file: PageFile; page: ParsedPage }[] = [];
  private pendingWritten = { pages: 0, stories: 0, moved: 0 };
  private result: BatchResult = emptyResult();
  private readonly st;

  constructor(
    private readonly db: Database,
    private readonly writer: PageWriter,
    private readonly maxStories = GROUP_STORIES,
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

  /** The fingerprint the file at `path` was imported with, if it was. */
  fingerprintOf(path: string): string | undefined {
    return this.writer.fingerprintOf(path);
  }

  /** The stored paths other than `path` of pages imported with this fingerprint, first stored first. */
  pathsWith(sha256: string, path: string): string[] {
    return this.writer.pathsWith(sha256, path);
  }

  /** Writes the page; returns what was stored since the last result when that filled the group. */
  add(file: PageFile, page: ParsedPage): BatchResult | null {
    if (this.pending.length === 0) this.st.begin.run();
    this.pending.push({ file, page });
    try {
      const written = this.writer.write(file, page);
      this.count(this.pendingWritten, written);
      this.count(this.result, written);
    } catch {
      this.rewriteOneByOne();
    }
    return this.result.stories >= this.maxStories ? this.flush() : null;
  }

  /** Commits the open group, if any. */
  commit(): void {
    if (this.pending.length === 0) return;
    try {
      this.writer.sealIndex();
      this.st.commit.run();
      this.pending = [];
      this.pendingWritten = { pages: 0, stories: 0, moved: 0 };
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
    this.result.moved -= this.pendingWritten.moved;
    this.pending = [];
    this.pendingWritten = { pages: 0, stories: 0, moved: 0 };
    for (const p of group) {
      try {
        const write = () => {
          const written = this.writer.write(p.file, p.page);
          this.writer.sealIndex();
          return written;
        };
        this.count(this.result, this.db.transaction(write)());
      } catch (err) {
        this.writer.forgetUncommitted();
        this.result.errors.push({ file: p.file.path, reason: `could not be stored: ${err instanceof Error ? err.message : String(err)}` });
      }
    }
  }

  private count(tally: { pages: number; stories: number; moved: number }, written: { stories: number; moved: boolean }): void {
    tally.pages++;
    tally.stories += written.stories;
    if (written.moved) tally.moved++;
  }
}

const emptyResult = (): BatchResult => ({ pages: 0, stories: 0, moved: 0, errors: [] });
