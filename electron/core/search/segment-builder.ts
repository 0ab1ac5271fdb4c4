import { ByteWriter, ListWriter } from './postings';
import { tokenRoom, writeStoryTokens, type Column, type TokenSink } from './tokens';
import { grown } from '../typed-arrays';

/**
 * A segment ready to be stored: its stories in doc order, the column ends of each (four per doc,
 * see writeStoryTokens), and every token's posting list (see postings.ts) in ascending token order.
 */
export interface SealedSegment {
  stories: Int32Array;
  ends: Uint32Array;
  /** Token keys: a pair as its number (see TokenSink.pair), a unit u as −(u + 1). */
  tokens: number[];
  /** Token i's list is bytes[offsets[i], offsets[i + 1]). */
  offsets: Uint32Array;
  bytes: Uint8Array;
}

type Words = Uint32Array<ArrayBuffer>;
type Halves = Uint16Array<ArrayBuffer>;

const words = (n: number): Words => new Uint32Array(n);
const halves = (n: number): Halves => new Uint16Array(n);

/**
 * A pair's doc and position share one 32-bit word, the doc in the high bits: what the sort moves
 * is half as much. A segment holds at most MAX_DOCS stories, and a story whose text could reach
 * past MAX_POSITION (half a million characters: a page file that is one run of text) gets a
 * segment of its own, where the word is the position alone.
 */
const POSITION_BITS = 19;
const MAX_POSITION = (1 << POSITION_BITS) - 1;
const MAX_DOCS = 1 << (32 - POSITION_BITS);

/** A counter per UTF-16 unit, and one more: counting sorts by a unit. */
const UNITS = 0x10000;

/**
 * Sorts entries [from, to) of (keys, words) by the keys (16 bits), into the same range of the
 * spare arrays and back: two passes of a byte, which keep the order of equal keys. The entries of
 * one first character are few enough to stay in the CPU's caches.
 */
function sortBySecondUnit(keys: Halves, packed: Words, spareKeys: Halves, sparePacked: Words, from: number, to: number, counts: Int32Array): void {
  for (const [k, p, tk, tp, shift] of [
    [keys, packed, spareKeys, sparePacked, 0],
    [spareKeys, sparePacked, keys, packed, 8],
  ] as const) {
    counts.fill(0, 0, 256);
    for (let i = from; i < to; i++) {
      const digit = ((k[i] ?? 0) >>> shift) & 0xff;
      counts[digit] = (counts[digit] ?? 0) + 1;
    }
    let sum = from;
    for (let d = 0; d < 256; d++) {
      const c = counts[d] ?? 0;
      counts[d] = sum;
      sum += c;
    }
    for (let i = from; i < to; i++) {
      const key = k[i] ?? 0;
      const digit = (key >>> shift) & 0xff;
      const at = counts[digit] ?? 0;
      counts[digit] = at + 1;
      tk[at] = key;
      tp[at] = p[i] ?? 0;
    }
  }
}

/**
 * Writes one doc's entry of a pair list (see postings.ts): the doc's gap, the byte count of its
 * positions, then the positions (the low bits of words[from, to), as masked) as gaps. The hottest
 * loop of sealing a segment, so it writes into the buffer directly: one byte is kept for the
 * count, and the positions are moved over when it needs more.
 */
function writePairEntry(out: ByteWriter, gap: number, words: Words, from: number, to: number, mask: number): void {
  out.varint(gap);
  out.room(1 + 5 * (to - from));
  const bytes = out.bytes;
  const sizeAt = out.length;
  let n = sizeAt + 1;
  let last = 0;
  for (let k = from; k < to; k++) {
    const position = ((words[k] ?? 0) & mask) >>> 0;
    let v = position - last;
    last = position;
    while (v >= 0x80) {
      bytes[n++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    bytes[n++] = v;
  }
  out.length = n;
  out.fixSize(sizeAt);
}

/**
 * Collects the tokens of stories as they are stored and turns them into segments, each token's
 * list in order. Pages of a county paper hold a few hundred thousand distinct pairs, so a hash
 * per token (what FTS5 does) misses the CPU's caches at nearly every token; sorting reads and
 * writes memory in order instead: units by a counting sort, pairs by their first unit and then,
 * bucket by bucket, by their second. Stories dropped before sealing (a page stored twice in one
 * group) are left out. Its arrays are kept between segments.
 */
export class SegmentBuilder implements TokenSink {
  private stories: number[] = [];
  private ends: number[] = [];
  private doc = 0;
  /** Whether the pending story has a segment of its own (its positions fill the whole word). */
  private alone = false;
  private pairKeys: Words = words(1 << 16);
  private pairWords: Words = words(1 << 16);
  private pairCount = 0;
  private unitKeys: Words = words(1 << 12);
  private unitDocs: Words = words(1 << 12);
  private unitCount = 0;
  /** What sorting moves entries into, kept as large as the entries. */
  private secondUnits: Halves = halves(0);
  private sortedWords: Words = words(0);
  private spareUnits: Halves = halves(0);
  private spareWords: Words = words(0);
  private unitScratch: Words = words(0);
  private readonly counts = new Int32Array(UNITS + 1);
  private readonly out = new ByteWriter();
  /** Segments cut before the pending stories: a segment was full, or a story needed one of its own. */
  private cut: SealedSegment[] = [];

  pair(key: number, position: number): void {
    const at = this.pairCount++;
    this.pairKeys[at] = key;
    this.pairWords[at] = this.alone ? position : this.doc * (MAX_POSITION + 1) + position;
  }

  unit(value: number): void {
    const at = this.unitCount++;
    // The unit (the value without its headline bit) sorts; the bit rides along with the doc.
    this.unitKeys[at] = value >>> 1;
    this.unitDocs[at] = this.doc * 2 + (value & 1);
  }

  add(storyId: number, columns: Readonly<Record<Column, readonly string[]>>): void {
    const room = tokenRoom(columns);
    const alone = room > MAX_POSITION;
    if (this.stories.length >= MAX_DOCS || (alone && this.stories.length > 0)) this.cutPending();
    this.pairKeys = grown(this.pairKeys, this.pairCount + room, words);
    this.pairWords = grown(this.pairWords, this.pairCount + room, words);
    this.unitKeys = grown(this.unitKeys, this.unitCount + room, words);
    this.unitDocs = grown(this.unitDocs, this.unitCount + room, words);
    this.doc = this.stories.length;
    this.alone = alone;
    this.stories.push(storyId);
    this.ends.push(...writeStoryTokens(columns, this));
    if (alone) this.cutPending();
  }

  /**
   * Leaves out the pending stories with these ids. A segment already cut keeps them: it is
   * written before the pending one, so a story added again is current in the newer segment.
   */
  drop(storyIds: ReadonlySet<number>): void {
    this.stories = this.stories.map((id) => (storyIds.has(id) ? -1 : id));
  }

  clear(): void {
    this.stories = [];
    this.ends = [];
    this.pairCount = 0;
    this.unitCount = 0;
    this.alone = false;
    this.cut = [];
  }

  /** The segments of the stories added since the last seal (none when none is left), and starts over. */
  seal(): SealedSegment[] {
    this.cutPending();
    const sealed = this.cut;
    this.cut = [];
    return sealed;
  }

  private cutPending(): void {
    const segment = this.sealPending();
    if (segment) this.cut.push(segment);
    this.stories = [];
    this.ends = [];
    this.pairCount = 0;
    this.unitCount = 0;
    this.alone = false;
  }

  /** Turns counts of each unit's entries (at unit + 1) into where each unit's entries begin; the last is the total. */
  private static starts(counts: Int32Array): Int32Array {
    for (let u = 0; u < UNITS; u++) counts[u + 1] = (counts[u + 1] ?? 0) + (counts[u] ?? 0);
    return counts.slice();
  }

  private sealPending(): SealedSegment | null {
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
    if (stories.length === 0) return null;
    const lists = new ListWriter(this.out);
    this.writeUnitLists(renumber, lists);
    this.writePairLists(renumber, lists);
    const { tokens, offsets, bytes } = lists.done();
    // Copied out of the builder's buffer: a seal may cut several segments before they are written.
    return { stories: Int32Array.from(stories), ends: Uint32Array.from(ends), tokens, offsets, bytes: bytes.slice() };
  }

  /** Units: a counting sort of the docs by unit. Their keys are −(unit + 1), so the highest unit comes first. */
  private writeUnitLists(renumber: Int32Array, lists: ListWriter): void {
    const counts = this.counts;
    counts.fill(0);
    for (let i = 0; i < this.unitCount; i++) {
      const unit = this.unitKeys[i] ?? 0;
      counts[unit + 1] = (counts[unit + 1] ?? 0) + 1;
    }
    const unitStart = SegmentBuilder.starts(counts);
    this.unitScratch = grown(this.unitScratch, this.unitCount, words);
    for (let i = 0; i < this.unitCount; i++) {
      const unit = this.unitKeys[i] ?? 0;
      const at = counts[unit] ?? 0;
      counts[unit] = at + 1;
      this.unitScratch[at] = this.unitDocs[i] ?? 0;
    }
    const out = lists.out;
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
      lists.end(-(unit + 1), start);
    }
  }

  /** Pairs: into buckets by their first unit, then each bucket sorted by the second and written. */
  private writePairLists(renumber: Int32Array, lists: ListWriter): void {
    const n = this.pairCount;
    const counts = this.counts;
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const first = (this.pairKeys[i] ?? 0) >>> 16;
      counts[first + 1] = (counts[first + 1] ?? 0) + 1;
    }
    const bucket = SegmentBuilder.starts(counts);
    this.secondUnits = grown(this.secondUnits, n, halves);
    this.sortedWords = grown(this.sortedWords, n, words);
    this.spareUnits = grown(this.spareUnits, n, halves);
    this.spareWords = grown(this.spareWords, n, words);
    const { secondUnits: seconds, sortedWords: packed } = this;
    for (let i = 0; i < n; i++) {
      const key = this.pairKeys[i] ?? 0;
      const first = key >>> 16;
      const at = counts[first] ?? 0;
      counts[first] = at + 1;
      seconds[at] = key & 0xffff;
      packed[at] = this.pairWords[i] ?? 0;
    }
    for (let first = 0; first < UNITS; first++) {
      const from = bucket[first] ?? 0;
      const to = bucket[first + 1] ?? 0;
      if (from === to) continue;
      sortBySecondUnit(seconds, packed, this.spareUnits, this.spareWords, from, to, counts);
      writeBucket(first, seconds, packed, from, to, renumber, this.alone, lists);
    }
  }
}

/** Writes the lists of the pairs whose first unit is `first`, sorted by their second in [from, to). */
function writeBucket(first: number, seconds: Halves, packed: Words, from: number, to: number, renumber: Int32Array, alone: boolean, lists: ListWriter): void {
  const out = lists.out;
  for (let i = from; i < to; ) {
    const second = seconds[i] ?? 0;
    const start = out.length;
    let previous = -1;
    while (i < to && seconds[i] === second) {
      const stored = alone ? 0 : (packed[i] ?? 0) >>> POSITION_BITS;
      const docFrom = i;
      while (i < to && seconds[i] === second && (alone || (packed[i] ?? 0) >>> POSITION_BITS === stored)) i++;
      const doc = renumber[stored] ?? -1;
      if (doc < 0) continue;
      writePairEntry(out, doc - previous, packed, docFrom, i, alone ? 0xffffffff : MAX_POSITION);
      previous = doc;
    }
    lists.end(first * 0x10000 + second, start);
  }
}
