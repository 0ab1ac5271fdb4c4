import type { Database } from 'better-sqlite3';
import { FIRST_TOKEN, int32s, postingId, tokenOf, uint32s } from './index-tables';
import { listInChunk, readFirstPosition, readPairDocs, readPositions, readUnitDocs, type PairDocs } from './postings';
import { COLUMNS, pairKeysOf, runsOf, type Column } from './tokens';

/** bm25 weights per column: a headline hit counts far more. */
const WEIGHTS: Record<Column, number> = { head: 10, body: 1, caption: 2, byline: 1 };
const K1 = 1.2;
const B = 0.75;

/** The stories holding a term, ascending, and whether each holds it in a headline field (1) or not (0). */
export interface TermHits {
  ids: Int32Array;
  head: Uint8Array;
}

interface Segment {
  id: number;
  stories: Int32Array;
  /** Column ends, four per doc (see writeStoryTokens). */
  ends: Uint32Array;
  /** The first token of each of its chunks, ascending: the chunk that may hold a token is found here, and read by its id. */
  chunks: Float64Array;
}

/**
 * The matches of a run in one segment: `count` docs ascending, whether each holds the run in a
 * headline field, and (when asked for) where it starts each time: doc i's positions are
 * positions[from[i] … from[i + 1]).
 */
interface SegmentMatches {
  count: number;
  docs: Int32Array;
  head: Uint8Array;
  from: Int32Array | null;
  positions: Int32Array | null;
}

const NO_MATCHES: SegmentMatches = { count: 0, docs: new Int32Array(0), head: new Uint8Array(0), from: null, positions: null };

/** Growing arrays of matches, for phrases. */
class MatchList {
  count = 0;
  docs = new Int32Array(256);
  head = new Uint8Array(256);
  from = new Int32Array(257);
  positions = new Int32Array(1024);
  length = 0;

  add(doc: number, head: number, positions: Int32Array | null, n: number): void {
    if (this.count + 1 >= this.docs.length) {
      const size = this.docs.length * 2;
      this.docs = copied(this.docs, new Int32Array(size));
      this.head = copied(this.head, new Uint8Array(size));
      this.from = copied(this.from, new Int32Array(size + 1));
    }
    this.docs[this.count] = doc;
    this.head[this.count] = head;
    if (positions) {
      if (this.length + n > this.positions.length) this.positions = copied(this.positions, new Int32Array(Math.max(this.positions.length * 2, this.length + n)));
      this.positions.set(positions.subarray(0, n), this.length);
      this.length += n;
    }
    this.count++;
    this.from[this.count] = this.length;
  }

  matches(withPositions: boolean): SegmentMatches {
    return { count: this.count, docs: this.docs, head: this.head, from: withPositions ? this.from : null, positions: withPositions ? this.positions : null };
  }
}

function copied<T extends Int32Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/**
 * Reads the search index (see index-tables.ts): which stories hold a term, whether in a headline
 * field, and bm25 relevance. A story's tokens live in the newest segment that holds it; older
 * copies (a page imported again) and stories no longer stored are passed over.
 */
export class SearchIndex {
  private readonly st;
  private key = '';
  private segments: Segment[] = [];
  /** Per story id, the segment holding its tokens now, and its doc number there. */
  private current = new Int32Array(0);
  private docIn = new Int32Array(0);
  private docs = 0;
  private totalLength = 0;

  constructor(db: Database) {
    this.st = {
      segmentKey: db.prepare<[], string | null>('SELECT group_concat(id) FROM (SELECT id FROM search_segments ORDER BY id)').pluck(),
      segments: db.prepare<[], { id: number; stories: Buffer; ends: Buffer }>('SELECT id, stories, ends FROM search_segments ORDER BY id'),
      chunkIds: db.prepare<[number, number], number>('SELECT id FROM search_postings WHERE id >= ? AND id < ?').pluck(),
      chunk: db.prepare<[number], Buffer>('SELECT list FROM search_postings WHERE id = ?').pluck(),
    };
  }

  /** The segments as stored now, read again when another write changed them. */
  private refresh(): void {
    const key = this.st.segmentKey.get() ?? '';
    if (key === this.key) return;
    this.segments = this.st.segments.all().map((row) => ({
      id: row.id,
      stories: int32s(row.stories),
      ends: uint32s(row.ends),
      chunks: Float64Array.from(this.st.chunkIds.all(postingId(row.id, FIRST_TOKEN), postingId(row.id + 1, FIRST_TOKEN)), (id) => tokenOf(id, row.id)),
    }));
    let maxId = 0;
    for (const s of this.segments) for (const id of s.stories) maxId = Math.max(maxId, id);
    this.current = new Int32Array(maxId + 1);
    this.docIn = new Int32Array(maxId + 1);
    for (const s of this.segments) {
      s.stories.forEach((id, doc) => {
        this.current[id] = s.id;
        this.docIn[id] = doc;
      });
    }
    this.docs = 0;
    this.totalLength = 0;
    for (const s of this.segments) {
      s.stories.forEach((id, doc) => {
        if (this.current[id] !== s.id) return;
        this.docs++;
        this.totalLength += s.ends[doc * 4 + 3] ?? 0;
      });
    }
    this.key = key;
  }

  /** A query's view of the index: `live` tells the stories stored now; each term is looked up once. */
  query(live: (id: number) => boolean): IndexQuery {
    this.refresh();
    return new IndexQuery(this, live);
  }

  /** @internal: for IndexQuery */
  state(): { segments: readonly Segment[]; current: Int32Array; docIn: Int32Array; docs: number; totalLength: number } {
    return { segments: this.segments, current: this.current, docIn: this.docIn, docs: this.docs, totalLength: this.totalLength };
  }

  /** @internal: for IndexQuery */
  list(segment: Segment, token: number): Uint8Array | undefined {
    const { chunks } = segment;
    let lo = 0;
    let hi = chunks.length - 1;
    // The last chunk starting at or before the token.
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((chunks[mid] ?? 0) <= token) lo = mid;
      else hi = mid - 1;
    }
    const first = chunks[lo];
    if (first === undefined || first > token) return undefined;
    const chunk = this.st.chunk.get(postingId(segment.id, first));
    return chunk && listInChunk(chunk, first, token);
  }
}

/** Lookups of terms for one query, each term's hits worked out once. */
export class IndexQuery {
  private readonly known = new Map<string, TermHits>();
  /** The lists read so far, by segment and token: ranking reads again the lists matching read. */
  private readonly lists = new Map<string, Uint8Array | undefined>();

  constructor(
    private readonly index: SearchIndex,
    private readonly live: (id: number) => boolean,
  ) {}

  /**
   * The stories holding a folded term as a substring of one field value. A term with spaces is
   * each of its runs (the caller checks the text for the runs together, as the index does not
   * keep spaces).
   */
  hits(term: string): TermHits {
    let hits = this.known.get(term);
    if (!hits) {
      hits = this.lookUp(term);
      this.known.set(term, hits);
    }
    return hits;
  }

  private lookUp(term: string): TermHits {
    const { segments, current } = this.index.state();
    let found: Uint32Array | null = null;
    for (const run of runsOf(term)) {
      const all = segments.map((segment) => this.matchRun(segment, run, false));
      let total = 0;
      for (const matches of all) total += matches.count;
      // Each story as its id × 2 + 1 if a headline hit: one number to sort and to intersect.
      const packed = new Uint32Array(total);
      let n = 0;
      let last = 0;
      let sorted = true;
      for (let k = 0; k < segments.length; k++) {
        const { id: segment, stories } = segments[k] as Segment;
        const { count, docs, head } = all[k] as SegmentMatches;
        for (let i = 0; i < count; i++) {
          const id = stories[docs[i] ?? 0] ?? 0;
          if (current[id] !== segment || !this.live(id)) continue;
          const value = id * 2 + (head[i] ?? 0);
          if (value < last) sorted = false;
          packed[n++] = value;
          last = value;
        }
      }
      const inRun = sorted ? packed.subarray(0, n) : packed.subarray(0, n).sort();
      found = found === null ? inRun : bothPacked(found, inRun);
    }
    const hits = found ?? new Uint32Array(0);
    const ids = new Int32Array(hits.length);
    const head = new Uint8Array(hits.length);
    for (let i = 0; i < hits.length; i++) {
      const value = hits[i] ?? 0;
      ids[i] = value >>> 1;
      head[i] = value & 1;
    }
    return { ids, head };
  }

  private list(segment: Segment, token: number): Uint8Array | undefined {
    const key = `${segment.id}:${token}`;
    if (this.lists.has(key)) return this.lists.get(key);
    const list = this.index.list(segment, token);
    this.lists.set(key, list);
    return list;
  }

  /**
   * The docs of one segment holding a run, with whether each holds it in a headline field and, if
   * `positions`, where it starts each time (of the docs in `only`, when given). A single unit has
   * no positions: the index keeps only which stories hold it.
   */
  private matchRun(segment: Segment, run: string, positions: boolean, only: ReadonlySet<number> | null = null): SegmentMatches {
    if (run.length === 1) {
      const bytes = this.list(segment, -(run.charCodeAt(0) + 1));
      if (!bytes) return NO_MATCHES;
      return { ...readUnitDocs(bytes), from: null, positions: null };
    }
    const lists: { bytes: Uint8Array; docs: PairDocs }[] = [];
    for (const key of pairKeysOf(run)) {
      const bytes = this.list(segment, key);
      if (!bytes) return NO_MATCHES;
      lists.push({ bytes, docs: readPairDocs(bytes) });
    }
    return phraseMatches(lists, segment.ends, only, positions);
  }

  /**
   * bm25 of each story for the terms (each a phrase, as FTS5 scores them): per term, its
   * frequency in the story's columns weighted by WEIGHTS, against the story's length.
   */
  scores(terms: readonly string[], ids: readonly number[]): Map<number, number> {
    const { segments, current, docIn, docs: total, totalLength } = this.index.state();
    const average = total === 0 ? 1 : totalLength / total;
    const scores = new Map<number, number>(ids.map((id) => [id, 0]));
    const docsBySegment = new Map<number, Set<number>>();
    for (const id of ids) {
      const segment = current[id] ?? 0;
      const docs = docsBySegment.get(segment) ?? new Set<number>();
      docs.add(docIn[id] ?? 0);
      docsBySegment.set(segment, docs);
    }
    for (const segment of segments) {
      const docs = docsBySegment.get(segment.id);
      if (!docs) continue;
      for (const term of terms) {
        const n = this.hits(term).ids.length;
        const idf = Math.max(1e-6, Math.log((total - n + 0.5) / (n + 0.5)));
        for (const run of runsOf(term)) {
          const matches = this.matchRun(segment, run, true, docs);
          for (let i = 0; i < matches.count; i++) {
            const doc = matches.docs[i] ?? 0;
            if (!docs.has(doc)) continue;
            const ends = segment.ends.subarray(doc * 4, doc * 4 + 4);
            let frequency = 0;
            if (!matches.from || !matches.positions) frequency = matches.head[i] === 1 ? WEIGHTS.head : WEIGHTS.body;
            else for (let k = matches.from[i] ?? 0; k < (matches.from[i + 1] ?? 0); k++) frequency += WEIGHTS[columnAt(ends, matches.positions[k] ?? 0)];
            const length = ends[3] ?? 0;
            const id = segment.stories[doc] ?? 0;
            scores.set(id, (scores.get(id) ?? 0) + (idf * frequency * (K1 + 1)) / (frequency + K1 * (1 - B + (B * length) / average)));
          }
        }
      }
    }
    return scores;
  }
}

/** The values (story id × 2 + headline bit) of stories in both, ascending, with the headline bit only where both have it. */
function bothPacked(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(Math.min(a.length, b.length));
  let n = 0;
  let j = 0;
  for (const value of a) {
    const id = value >>> 1;
    while (j < b.length && (b[j] ?? 0) >>> 1 < id) j++;
    const other = b[j];
    if (other !== undefined && other >>> 1 === id) out[n++] = value & other;
  }
  return out.subarray(0, n);
}

function columnAt(ends: Uint32Array, position: number): Column {
  const c = ends.findIndex((end) => position < end);
  return COLUMNS[c < 0 ? COLUMNS.length - 1 : c] ?? 'body';
}

/** Reused between calls: positions of one doc in one list. */
let scratchA = new Int32Array(1024);
let scratchB = new Int32Array(1024);

/**
 * Docs where the pairs stand at consecutive positions: the docs of all lists intersected (led by
 * the shortest), then each doc's positions of the first pair kept where the j-th pair stands j
 * further on. A single pair needs no positions but its first, to tell a headline hit.
 */
function phraseMatches(lists: readonly { bytes: Uint8Array; docs: PairDocs }[], ends: Uint32Array, only: ReadonlySet<number> | null, positions: boolean): SegmentMatches {
  const first = lists[0];
  if (!first) return NO_MATCHES;
  if (lists.length === 1 && !positions) {
    // One pair: its docs are the matches; only a headline hit needs a look at the first position.
    const { count, docs, starts } = first.docs;
    const head = new Uint8Array(count);
    for (let i = 0; i < count; i++) head[i] = readFirstPosition(first.bytes, starts[i] ?? 0) < (ends[(docs[i] ?? 0) * 4] ?? 0) ? 1 : 0;
    return { count, docs, head, from: null, positions: null };
  }
  const out = new MatchList();
  const lead = lists.reduce((a, b) => (b.docs.count < a.docs.count ? b : a));
  const cursor = new Int32Array(lists.length);
  for (let i = 0; i < lead.docs.count; i++) {
    const doc = lead.docs.docs[i] ?? 0;
    if (only && !only.has(doc)) continue;
    let all = true;
    for (let j = 0; j < lists.length && all; j++) {
      const docs = (lists[j] as (typeof lists)[number]).docs;
      let c = cursor[j] ?? 0;
      while (c < docs.count && (docs.docs[c] ?? 0) < doc) c++;
      cursor[j] = c;
      all = c < docs.count && docs.docs[c] === doc;
    }
    if (!all) continue;
    const start = first.docs.starts[cursor[0] ?? 0] ?? 0;
    const end = first.docs.ends[cursor[0] ?? 0] ?? 0;
    if (scratchA.length < end - start) scratchA = new Int32Array((end - start) * 2);
    let kept = readPositions(first.bytes, start, end, scratchA);
    for (let j = 1; j < lists.length && kept > 0; j++) {
      const list = lists[j] as (typeof lists)[number];
      const from = list.docs.starts[cursor[j] ?? 0] ?? 0;
      const to = list.docs.ends[cursor[j] ?? 0] ?? 0;
      if (scratchB.length < to - from) scratchB = new Int32Array((to - from) * 2);
      const m = readPositions(list.bytes, from, to, scratchB);
      let w = 0;
      let q = 0;
      for (let r = 0; r < kept; r++) {
        const want = (scratchA[r] ?? 0) + j;
        while (q < m && (scratchB[q] ?? 0) < want) q++;
        if (q < m && scratchB[q] === want) scratchA[w++] = scratchA[r] ?? 0;
      }
      kept = w;
    }
    if (kept > 0) out.add(doc, (scratchA[0] ?? 0) < (ends[doc * 4] ?? 0) ? 1 : 0, positions ? scratchA : null, kept);
  }
  return out.matches(positions);
}
