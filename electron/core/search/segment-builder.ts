import { ByteWriter, varintLength } from './postings';
import { tokenRoom, writeStoryTokens, type Column, type TokenSink } from './tokens';

/**
 * A segment ready to be stored: its stories in doc order, the column ends of each (four per doc,
 * see StoryTokens.ends), and every token's posting list (see postings.ts) in ascending token order.
 */
export interface SealedSegment {
  stories: Int32Array;
  ends: Uint32Array;
  /** Token keys: a pair as its number (StoryTokens.pairs), a unit u as −(u + 1). */
  tokens: number[];
  /** Token i's list is bytes[offsets[i], offsets[i + 1]) (the builder's buffer: valid until it seals again). */
  offsets: Uint32Array;
  bytes: Uint8Array;
}

type Words = Uint32Array<ArrayBuffer>;

/** The array itself when it holds `needed`, else a larger copy. */
function grown(array: Words, needed: number): Words {
  if (array.length >= needed) return array;
  const bigger = new Uint32Array(Math.max(needed, array.length * 2));
  bigger.set(array);
  return bigger;
}

/** Entries in parallel arrays: a key (a pair's second unit once bucketed by its first), the doc, the position. */
interface Pairs {
  keys: Words;
  docs: Words;
  positions: Words;
}

const pairsWithRoom = (p: Pairs, needed: number): Pairs => ({ keys: grown(p.keys, needed), docs: grown(p.docs, needed), positions: grown(p.positions, needed) });

/** A counter per UTF-16 unit, and one more: counting sorts by a unit. */
const UNITS = 0x10000;

/**
 * Sorts entries [from, to) of `a` by the low 16 bits of their keys, into the same range of `b`
 * and back (two passes of a byte, in order, as equal keys keep their order). A bucket of one
 * first character is small enough to stay in the CPU's caches.
 */
function sortBySecondUnit(a: Pairs, b: Pairs, from: number, to: number, counts: Int32Array): void {
  for (const [source, target, shift] of [
    [a, b, 0],
    [b, a, 8],
  ] as const) {
    counts.fill(0, 0, 256);
    for (let i = from; i < to; i++) {
      const digit = ((source.keys[i] ?? 0) >>> shift) & 0xff;
      counts[digit] = (counts[digit] ?? 0) + 1;
    }
    let sum = from;
    for (let d = 0; d < 256; d++) {
      const c = counts[d] ?? 0;
      counts[d] = sum;
      sum += c;
    }
    for (let i = from; i < to; i++) {
      const key = source.keys[i] ?? 0;
      const digit = (key >>> shift) & 0xff;
      const at = counts[digit] ?? 0;
      counts[digit] = at + 1;
      target.keys[at] = key;
      target.docs[at] = source.docs[i] ?? 0;
      target.positions[at] = source.positions[i] ?? 0;
    }
  }
}

/**
 * Collects the tokens of stories as they are stored and turns them into one segment, each
 * token's list in order. Pages of a county paper hold a few hundred thousand distinct pairs, so
 * a hash per token (what FTS5 does) misses the CPU's caches at nearly every token; sorting reads
 * and writes memory in order instead: units by a counting sort, pairs by their first unit and
 * then, bucket by bucket, by their second. Stories dropped before sealing (a page stored twice
 * in one group) are left out. Its arrays are kept between segments.
 */
export class SegmentBuilder implements TokenSink {
  private stories: number[] = [];
  private ends: number[] = [];
  private doc = 0;
  private pairs: Pairs = { keys: new Uint32Array(1 << 16), docs: new Uint32Array(1 << 16), positions: new Uint32Array(1 << 16) };
  private pairCount = 0;
  private unitKeys: Words = new Uint32Array(1 << 12);
  private unitDocs: Words = new Uint32Array(1 << 12);
  private unitCount = 0;
  /** What sorting moves entries into, kept as large as the entries. */
  private pairScratch: Pairs = { keys: new Uint32Array(0), docs: new Uint32Array(0), positions: new Uint32Array(0) };
  private unitScratch: Words = new Uint32Array(0);
  private readonly counts = new Int32Array(UNITS + 1);
  /** Where a segment's lists are written; a sealed segment's bytes are a view of it, valid until the next seal. */
  private readonly out = new ByteWriter();

  /** Stories added since the last seal, dropped ones included. */
  get size(): number {
    return this.stories.length;
  }

  pair(key: number, position: number): void {
    const at = this.pairCount++;
    const { keys, docs, positions } = this.pairs;
    keys[at] = key;
    docs[at] = this.doc;
    positions[at] = position;
  }

  unit(value: number): void {
    const at = this.unitCount++;
    // The unit (the value without its headline bit) sorts; the bit rides along with the doc.
    this.unitKeys[at] = value >>> 1;
    this.unitDocs[at] = this.doc * 2 + (value & 1);
  }

  add(storyId: number, columns: Readonly<Record<Column, readonly string[]>>): void {
    const room = tokenRoom(columns);
    this.pairs = pairsWithRoom(this.pairs, this.pairCount + room);
    this.unitKeys = grown(this.unitKeys, this.unitCount + room);
    this.unitDocs = grown(this.unitDocs, this.unitCount + room);
    this.doc = this.stories.length;
    this.stories.push(storyId);
    this.ends.push(...writeStoryTokens(columns, this));
  }

  /** Leaves out the stories added so far with these ids. */
  drop(storyIds: ReadonlySet<number>): void {
    this.stories = this.stories.map((id) => (storyIds.has(id) ? -1 : id));
  }

  clear(): void {
    this.stories = [];
    this.ends = [];
    this.pairCount = 0;
    this.unitCount = 0;
  }

  /** Turns counts of each unit's entries (at unit + 1) into where each unit's entries begin; the last is the total. */
  private static starts(counts: Int32Array): Int32Array {
    for (let u = 0; u < UNITS; u++) counts[u + 1] = (counts[u + 1] ?? 0) + (counts[u] ?? 0);
    return counts.slice();
  }

  /** The segment of the stories added since the last seal (null when none is left), and starts over. */
  seal(): SealedSegment | null {
    // Docs are numbered again without the dropped stories.
    const renumber = new Int32Array(this.stories.length).fill(-1);
    const stories: number[] = [];
    const ends: number[] = [];
    this.stories.forEach((id, doc) => {
      if (id < 0) return;
      renumber[doc] = stories.length;
      stories.push(id);
      ends.push(...this.ends.slice(doc * 4, doc * 4 + 4));
    });
    if (stories.length === 0) {
      this.clear();
      return null;
    }
    const out = this.out;
    out.length = 0;
    const tokens: number[] = [];
    const offsets: number[] = [];
    const list = (token: number, start: number) => {
      if (out.length === start) return;
      tokens.push(token);
      offsets.push(start);
    };

    // Units: a counting sort of the docs by unit. Their keys are −(unit + 1), so the highest unit comes first.
    const unitKeys = this.unitKeys;
    const counts = this.counts;
    counts.fill(0);
    for (let i = 0; i < this.unitCount; i++) {
      const unit = unitKeys[i] ?? 0;
      counts[unit + 1] = (counts[unit + 1] ?? 0) + 1;
    }
    const unitStart = SegmentBuilder.starts(counts);
    this.unitScratch = grown(this.unitScratch, this.unitCount);
    const next = unitStart.slice(0, UNITS);
    for (let i = 0; i < this.unitCount; i++) {
      const unit = unitKeys[i] ?? 0;
      const at = next[unit] ?? 0;
      next[unit] = at + 1;
      this.unitScratch[at] = this.unitDocs[i] ?? 0;
    }
    for (let unit = UNITS - 1; unit >= 0; unit--) {
      const start = out.length;
      let previous = -1;
      for (let i = unitStart[unit] ?? 0; i < (unitStart[unit + 1] ?? 0); i++) {
        const packed = this.unitScratch[i] ?? 0;
        const doc = renumber[packed >>> 1] ?? -1;
        if (doc < 0) continue;
        out.varint((doc - previous) * 2 + (packed & 1));
        previous = doc;
      }
      list(-(unit + 1), start);
    }

    // Pairs: into buckets by their first unit, then each bucket sorted by the second and written.
    const source = this.pairs;
    counts.fill(0);
    for (let i = 0; i < this.pairCount; i++) {
      const first = (source.keys[i] ?? 0) >>> 16;
      counts[first + 1] = (counts[first + 1] ?? 0) + 1;
    }
    const bucket = SegmentBuilder.starts(counts);
    this.pairScratch = pairsWithRoom(this.pairScratch, this.pairCount);
    const sorted = this.pairScratch;
    const next2 = bucket.slice(0, UNITS);
    for (let i = 0; i < this.pairCount; i++) {
      const key = source.keys[i] ?? 0;
      const first = key >>> 16;
      const at = next2[first] ?? 0;
      next2[first] = at + 1;
      sorted.keys[at] = key & 0xffff;
      sorted.docs[at] = source.docs[i] ?? 0;
      sorted.positions[at] = source.positions[i] ?? 0;
    }
    for (let first = 0; first < UNITS; first++) {
      const from = bucket[first] ?? 0;
      const to = bucket[first + 1] ?? 0;
      if (from === to) continue;
      // The entries the scatter read from are free: the second sort's other half.
      sortBySecondUnit(sorted, source, from, to, counts);
      for (let i = from; i < to; ) {
        const second = sorted.keys[i] ?? 0;
        const start = out.length;
        let previous = -1;
        while (i < to && sorted.keys[i] === second) {
          const doc = renumber[sorted.docs[i] ?? 0] ?? -1;
          const docFrom = i;
          let size = 0;
          let last = 0;
          while (i < to && sorted.keys[i] === second && sorted.docs[i] === sorted.docs[docFrom]) {
            const position = sorted.positions[i] ?? 0;
            size += varintLength(position - last);
            last = position;
            i++;
          }
          if (doc < 0) continue;
          out.varint(doc - previous);
          out.varint(size);
          last = 0;
          for (let k = docFrom; k < i; k++) {
            const position = sorted.positions[k] ?? 0;
            out.varint(position - last);
            last = position;
          }
          previous = doc;
        }
        list(first * 0x10000 + second, start);
      }
    }
    offsets.push(out.length);
    this.clear();
    return { stories: Int32Array.from(stories), ends: Uint32Array.from(ends), tokens, offsets: Uint32Array.from(offsets), bytes: out.bytes.subarray(0, out.length) };
  }
}
