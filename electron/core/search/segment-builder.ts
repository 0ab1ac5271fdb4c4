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

/** The entries themselves when their arrays hold `needed`, else larger copies. */
function withRoom(entries: Entries, needed: number): Entries {
  return { keys: grown(entries.keys, needed), docs: grown(entries.docs, needed), positions: entries.positions && grown(entries.positions, needed) };
}

/** Bits of the key sorted per pass: 2,048 counters stay in the first-level cache. */
const DIGIT_BITS = 11;
const DIGIT_MASK = (1 << DIGIT_BITS) - 1;

/** Entries in parallel arrays: a key, the doc, and (for pairs) the position. */
interface Entries {
  keys: Words;
  docs: Words;
  positions: Words | null;
}

/**
 * Sorts n entries by key, keeping the order of equal keys: a least-significant-digit radix sort
 * over the `bits` low bits of the keys, between `entries` and `spare`; returns which of the two
 * holds the result (the other is left as scratch). A county paper's pages hold a few hundred
 * thousand distinct pairs, so a hash per token (what FTS5 does) misses the CPU's caches at nearly
 * every token; these passes read and write memory in order.
 */
function radixSort(entries: Entries, spare: Entries, n: number, bits: number): [sorted: Entries, scratch: Entries] {
  let from = entries;
  let to = spare;
  const counts = new Int32Array(1 << DIGIT_BITS);
  for (let shift = 0; shift < bits; shift += DIGIT_BITS) {
    const { keys, docs, positions } = from;
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const digit = ((keys[i] ?? 0) >>> shift) & DIGIT_MASK;
      counts[digit] = (counts[digit] ?? 0) + 1;
    }
    // A digit all keys share moves nothing.
    if (counts.includes(n)) continue;
    let sum = 0;
    for (let d = 0; d < counts.length; d++) {
      const c = counts[d] ?? 0;
      counts[d] = sum;
      sum += c;
    }
    const toPositions = to.positions;
    for (let i = 0; i < n; i++) {
      const key = keys[i] ?? 0;
      const digit = (key >>> shift) & DIGIT_MASK;
      const at = counts[digit] ?? 0;
      counts[digit] = at + 1;
      to.keys[at] = key;
      to.docs[at] = docs[i] ?? 0;
      if (positions && toPositions) toPositions[at] = positions[i] ?? 0;
    }
    [from, to] = [to, from];
  }
  return [from, to];
}

/**
 * Collects the tokens of stories as they are stored and turns them into one segment: the tokens
 * of all its stories sorted by key, then each key's list written out. Stories dropped before
 * sealing (a page stored twice in one group) are left out. Its arrays are kept between segments.
 */
export class SegmentBuilder implements TokenSink {
  private stories: number[] = [];
  private ends: number[] = [];
  private doc = 0;
  private pairs: Entries = { keys: new Uint32Array(1 << 16), docs: new Uint32Array(1 << 16), positions: new Uint32Array(1 << 16) };
  private pairCount = 0;
  private units: Entries = { keys: new Uint32Array(1 << 12), docs: new Uint32Array(1 << 12), positions: null };
  private unitCount = 0;
  /** What sorting moves entries into, kept as large as the entries. */
  private pairScratch: Entries = { keys: new Uint32Array(0), docs: new Uint32Array(0), positions: new Uint32Array(0) };
  private unitScratch: Entries = { keys: new Uint32Array(0), docs: new Uint32Array(0), positions: null };
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
    if (positions) positions[at] = position;
  }

  unit(value: number): void {
    const at = this.unitCount++;
    // The unit (the value without its headline bit) sorts; the bit rides along with the doc.
    this.units.keys[at] = value >>> 1;
    this.units.docs[at] = this.doc * 2 + (value & 1);
  }

  add(storyId: number, columns: Readonly<Record<Column, readonly string[]>>): void {
    const room = tokenRoom(columns);
    this.pairs = withRoom(this.pairs, this.pairCount + room);
    this.units = withRoom(this.units, this.unitCount + room);
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

  /** The pairs (or units) sorted by key; the arrays they were sorted from become the scratch. */
  private sortPairs(): Entries {
    this.pairScratch = withRoom(this.pairScratch, this.pairs.keys.length);
    [this.pairs, this.pairScratch] = radixSort(this.pairs, this.pairScratch, this.pairCount, 32);
    return this.pairs;
  }

  private sortUnits(): Entries {
    this.unitScratch = withRoom(this.unitScratch, this.units.keys.length);
    [this.units, this.unitScratch] = radixSort(this.units, this.unitScratch, this.unitCount, 16);
    return this.units;
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

    const { keys: uKeys, docs: uDocs } = this.sortUnits();
    // Unit keys are negative, −(unit + 1): ascending keys are descending units.
    for (let end = this.unitCount; end > 0; ) {
      const unit = uKeys[end - 1] ?? 0;
      let start = end - 1;
      while (start > 0 && uKeys[start - 1] === unit) start--;
      const listStart = out.length;
      let previous = -1;
      for (let i = start; i < end; i++) {
        const packed = uDocs[i] ?? 0;
        const doc = renumber[packed >>> 1] ?? -1;
        if (doc < 0) continue;
        out.varint((doc - previous) * 2 + (packed & 1));
        previous = doc;
      }
      if (out.length > listStart) {
        tokens.push(-(unit + 1));
        offsets.push(listStart);
      }
      end = start;
    }
    const { keys: pKeys, docs: pDocs, positions: pPositions } = this.sortPairs();
    for (let i = 0; i < this.pairCount; ) {
      const key = pKeys[i] ?? 0;
      const listStart = out.length;
      let previous = -1;
      while (i < this.pairCount && pKeys[i] === key) {
        const doc = renumber[pDocs[i] ?? 0] ?? -1;
        const from = i;
        let size = 0;
        let last = 0;
        while (i < this.pairCount && pKeys[i] === key && pDocs[i] === pDocs[from]) {
          const position = pPositions?.[i] ?? 0;
          size += varintLength(position - last);
          last = position;
          i++;
        }
        if (doc < 0) continue;
        out.varint(doc - previous);
        out.varint(size);
        last = 0;
        for (let k = from; k < i; k++) {
          const position = pPositions?.[k] ?? 0;
          out.varint(position - last);
          last = position;
        }
        previous = doc;
      }
      if (out.length > listStart) {
        tokens.push(key);
        offsets.push(listStart);
      }
    }
    offsets.push(out.length);
    this.clear();
    return { stories: Int32Array.from(stories), ends: Uint32Array.from(ends), tokens, offsets: Uint32Array.from(offsets), bytes: out.bytes.subarray(0, out.length) };
  }
}
