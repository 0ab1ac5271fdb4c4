import type { Database } from 'better-sqlite3';
import { ByteWriter, chunkLists, ChunkWriter, ListWriter, VarintReader } from './postings';
import { SegmentBuilder, type SealedSegment } from './segment-builder';
import type { Column } from './tokens';

/**
 * The search index's tables. Each group of stories stored together (an import's group commit, a
 * re-index step) becomes a segment: its stories in doc order and their column ends, and one
 * posting list per token (postings.ts), stored in chunks of lists. A story's tokens are in the
 * newest segment that holds it; a page imported again leaves its old copy behind until segments
 * are merged. Segment numbers only grow (AUTOINCREMENT): a merged segment is the newest, and a
 * reader that keeps the list of segment numbers it read tells a merge from no change.
 *
 *   search_segments  id, stories (int32 per doc), ends (uint32 × 4 per doc), little-endian
 *   search_postings  id = postingId(segment, the chunk's first token), the chunk
 */
export const SEARCH_INDEX_SQL = `
  CREATE TABLE search_segments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    stories BLOB NOT NULL,
    ends BLOB NOT NULL
  );
  CREATE TABLE search_postings (
    id INTEGER PRIMARY KEY,
    list BLOB NOT NULL
  );
`;

/** Token keys run from −65536 (units) to 2³² − 1 (pairs). */
const TOKEN_SPAN = 2 ** 33;
const TOKEN_OFFSET = 65536;
export const FIRST_TOKEN = -TOKEN_OFFSET;

/**
 * One integer key for a chunk of a segment's lists, from its first token: a segment's chunks are
 * one range of the table's rowids, written in order and deleted as a range, and the chunk that
 * may hold a token is the last one at or before it.
 */
export const postingId = (segment: number, token: number): number => segment * TOKEN_SPAN + token + TOKEN_OFFSET;
/** The first token of the chunk stored under `id` in `segment`. */
export const tokenOf = (id: number, segment: number): number => id - postingId(segment, 0);

/** Segments of fewer stories than this (a day's pages imported, a page read again) are merged once there are SMALL_SEGMENTS of them. */
const SMALL_STORIES = 1000;
const SMALL_SEGMENTS = 10;
/** Past this many segments, the smaller ones are merged too, so that a lookup reads few lists. */
const MAX_SEGMENTS = 64;
/** A merge takes in at most this many stories: it holds their lists in memory. */
const MAX_MERGED_STORIES = 64_000;
/** A segment less than this share of whose stories are current is rewritten without the others. */
const MIN_CURRENT_SHARE = 0.5;

const bytesOf = (array: Int32Array | Uint32Array): Buffer => Buffer.from(array.buffer, array.byteOffset, array.byteLength);
/** A segment's stories or column ends as stored (copied: a blob's bytes need not be aligned for a typed array). */
export const int32s = (blob: Buffer): Int32Array => new Int32Array(new Uint8Array(blob).buffer);
export const uint32s = (blob: Buffer): Uint32Array => new Uint32Array(new Uint8Array(blob).buffer);

interface StoredSegment {
  id: number;
  stories: Int32Array;
  ends: Uint32Array;
}

/**
 * Writes the search index: stories' tokens collected as they are stored, then written as a
 * segment within the same transaction (seal), and segments merged when there are too many or
 * too many of a segment's stories have been stored again or taken out.
 */
export class IndexWriter {
  private readonly builder = new SegmentBuilder();
  private readonly st;
  private gone = false;

  constructor(db: Database) {
    this.st = {
      insertSegment: db.prepare<[Buffer, Buffer]>('INSERT INTO search_segments (stories, ends) VALUES (?, ?)'),
      insertChunk: db.prepare<[number, Uint8Array]>('INSERT INTO search_postings (id, list) VALUES (?, ?)'),
      segments: db.prepare<[], { id: number; stories: Buffer; ends: Buffer }>('SELECT id, stories, ends FROM search_segments ORDER BY id'),
      chunks: db.prepare<[number, number], [number, Buffer]>('SELECT id, list FROM search_postings WHERE id >= ? AND id < ? ORDER BY id').raw(),
      deleteChunks: db.prepare<[number, number]>('DELETE FROM search_postings WHERE id >= ? AND id < ?'),
      deleteSegment: db.prepare<[number]>('DELETE FROM search_segments WHERE id = ?'),
      count: db.prepare<[], number>('SELECT count(*) FROM search_segments').pluck(),
      countSmall: db.prepare<[number], number>('SELECT count(*) FROM search_segments WHERE length(stories) < 4 * ?').pluck(),
      stored: db.prepare<[string], number>('SELECT id FROM stories WHERE id IN (SELECT value FROM json_each(?))').pluck(),
    };
  }

  /** Collects a story's tokens from its searchable values by column. */
  add(storyId: number, columns: Readonly<Record<Column, readonly string[]>>): void {
    this.builder.add(storyId, columns);
  }

  /** Stories taken out (or about to be stored again) before the collected ones were written. */
  drop(storyIds: ReadonlySet<number>): void {
    this.builder.drop(storyIds);
  }

  /** Forgets what was collected: its transaction was rolled back. */
  forget(): void {
    this.builder.clear();
  }

  /** Stories were taken out of the library (or replaced): segments may now hold mostly stories that are not theirs. */
  noteGone(): void {
    this.gone = true;
  }

  /** Writes the collected stories as a segment, then merges if needed. Call inside the transaction that stored them. */
  seal(): void {
    const sealed = this.builder.seal();
    if (sealed.length === 0) return;
    for (const segment of sealed) this.write(segment);
    this.mergeIfNeeded();
  }

  private write(segment: SealedSegment): void {
    const id = Number(this.st.insertSegment.run(bytesOf(segment.stories), bytesOf(segment.ends)).lastInsertRowid);
    const chunks = new ChunkWriter((first, chunk) => this.st.insertChunk.run(postingId(id, first), chunk));
    segment.tokens.forEach((token, i) => chunks.add(token, segment.bytes.subarray(segment.offsets[i] ?? 0, segment.offsets[i + 1] ?? 0)));
    chunks.finish();
  }

  /**
   * Merges segments so that a lookup reads few lists: the small ones (a library that grows a
   * page at a time) once there are SMALL_SEGMENTS of them, the smaller ones once there are more
   * than MAX_SEGMENTS; and, after stories were taken out or replaced, rewrites any segment most
   * of whose stories are no longer its own. Call inside a transaction.
   */
  mergeIfNeeded(): void {
    if (!this.gone && (this.st.countSmall.get(SMALL_STORIES) ?? 0) < SMALL_SEGMENTS && (this.st.count.get() ?? 0) <= MAX_SEGMENTS) return;
    this.gone = false;
    const segments = this.st.segments.all().map((row): StoredSegment => ({ id: row.id, stories: int32s(row.stories), ends: uint32s(row.ends) }));
    const current = this.currentStories(segments);
    const stale = segments.filter((s) => s.stories.filter((id) => current.get(id) === s.id).length < s.stories.length * MIN_CURRENT_SHARE);
    const fresh = segments.filter((s) => !stale.includes(s)).sort((a, b) => a.stories.length - b.stories.length || a.id - b.id);
    const small = fresh.filter((s) => s.stories.length < SMALL_STORIES);
    const smaller = fresh.length > MAX_SEGMENTS ? fresh.slice(0, fresh.length - MAX_SEGMENTS / 2) : small.length >= SMALL_SEGMENTS ? small : [];
    // Stale segments go first: rewriting them is what frees space.
    const merging: StoredSegment[] = [];
    let stories = 0;
    for (const s of [...stale, ...smaller]) {
      if (merging.length > 0 && stories + s.stories.length > MAX_MERGED_STORIES) break;
      merging.push(s);
      stories += s.stories.length;
    }
    if (merging.length > 0) this.merge(merging.sort((a, b) => a.id - b.id), current);
  }

  /** Per story id, the segment that holds its tokens now: the newest holding it, if it is still stored. */
  private currentStories(segments: readonly StoredSegment[]): Map<number, number> {
    const newest = new Map<number, number>();
    for (const s of segments) for (const id of s.stories) newest.set(id, s.id);
    const stored = new Set(this.st.stored.all(JSON.stringify([...newest.keys()])));
    for (const id of newest.keys()) if (!stored.has(id)) newest.delete(id);
    return newest;
  }

  /**
   * Writes the given segments' current stories as one new segment and deletes them. Lists are
   * read a segment at a time and joined token by token; each doc number is written anew, the
   * position bytes are copied as they are.
   */
  private merge(segments: readonly StoredSegment[], current: ReadonlyMap<number, number>): void {
    const stories: number[] = [];
    const ends: number[] = [];
    /** Per merged segment, its doc numbers in the new segment (−1: not current, left out). */
    const renumber = segments.map((s) =>
      Int32Array.from(s.stories, (id, doc) => {
        if (current.get(id) !== s.id) return -1;
        stories.push(id);
        ends.push(...s.ends.subarray(doc * 4, doc * 4 + 4));
        return stories.length - 1;
      }),
    );
    const byToken = new Map<number, { segment: number; list: Uint8Array }[]>();
    segments.forEach((s, k) => {
      for (const [id, chunk] of this.st.chunks.all(postingId(s.id, FIRST_TOKEN), postingId(s.id + 1, FIRST_TOKEN))) {
        for (const [token, list] of chunkLists(chunk, tokenOf(id, s.id))) {
          const lists = byToken.get(token);
          if (lists) lists.push({ segment: k, list });
          else byToken.set(token, [{ segment: k, list }]);
        }
      }
    });
    for (const s of segments) {
      this.st.deleteChunks.run(postingId(s.id, FIRST_TOKEN), postingId(s.id + 1, FIRST_TOKEN));
      this.st.deleteSegment.run(s.id);
    }
    if (stories.length === 0) return;
    const lists = new ListWriter(new ByteWriter());
    for (const token of [...byToken.keys()].sort((a, b) => a - b)) {
      const start = lists.out.length;
      let previous = -1;
      for (const { segment, list } of byToken.get(token) ?? []) {
        previous = token < 0 ? joinUnitList(lists.out, list, renumber[segment] as Int32Array, previous) : joinPairList(lists.out, list, renumber[segment] as Int32Array, previous);
      }
      lists.end(token, start);
    }
    this.write({ stories: Int32Array.from(stories), ends: Uint32Array.from(ends), ...lists.done() });
  }
}

/** Appends a pair list's entries with their docs numbered anew (left out at −1); returns the last doc written. */
function joinPairList(out: ByteWriter, list: Uint8Array, renumber: Int32Array, previous: number): number {
  let last = previous;
  let doc = -1;
  const reader = new VarintReader(list);
  while (!reader.done) {
    doc += reader.next();
    const size = reader.next();
    const start = reader.at;
    reader.at += size;
    const to = renumber[doc] ?? -1;
    if (to < 0) continue;
    out.varint(to - last);
    out.varint(size);
    out.copy(list, start, reader.at);
    last = to;
  }
  return last;
}

/** Appends a unit list's entries with their docs numbered anew (left out at −1); returns the last doc written. */
function joinUnitList(out: ByteWriter, list: Uint8Array, renumber: Int32Array, previous: number): number {
  let last = previous;
  let doc = -1;
  const reader = new VarintReader(list);
  while (!reader.done) {
    const value = reader.next();
    doc += Math.floor(value / 2);
    const to = renumber[doc] ?? -1;
    if (to < 0) continue;
    out.varint((to - last) * 2 + (value % 2));
    last = to;
  }
  return last;
}
