/**
 * The byte layout of the index's posting lists (one per token and segment), and the reading of
 * it. A segment numbers its stories 0, 1, 2… ("docs"); lists hold docs in ascending order.
 *
 *   pair list:  per doc  varint(doc − previous doc)  varint(bytes of positions)  positions
 *               positions: varint(first), then varint(each − the one before)
 *   unit list:  per doc  varint((doc − previous doc) × 2 + 1 if the unit is in a headline field)
 *
 * The previous doc of the first is −1. Keeping each doc's position bytes counted lets a reader
 * step over the positions of docs it does not need.
 */

/** A growing byte buffer that varints are written to. */
export class ByteWriter {
  bytes: Uint8Array;
  length = 0;

  constructor(capacity = 1 << 16) {
    this.bytes = new Uint8Array(capacity);
  }

  /** Makes room for `n` more bytes. */
  room(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    const bigger = new Uint8Array(Math.max(this.bytes.length * 2, this.length + n));
    bigger.set(this.bytes.subarray(0, this.length));
    this.bytes = bigger;
  }

  /** Writes a whole number below 2⁵³ (token keys of a chunk's directory run past 2³²). */
  varint(value: number): void {
    this.room(8);
    let v = value;
    while (v >= 0x80000000) {
      this.bytes[this.length++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    while (v >= 0x80) {
      this.bytes[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.bytes[this.length++] = v;
  }

  /**
   * Writes, in the one byte left at `at` (a varint of 0), the count of the bytes written after it,
   * moving them over when the count needs more than one byte.
   */
  fixSize(at: number): void {
    const size = this.length - at - 1;
    const extra = varintLength(size) - 1;
    if (extra > 0) {
      this.room(extra);
      this.bytes.copyWithin(at + 1 + extra, at + 1, this.length);
    }
    const end = this.length + extra;
    this.length = at;
    this.varint(size);
    this.length = end;
  }

  copy(from: Uint8Array, start: number, end: number): void {
    this.room(end - start);
    this.bytes.set(from.subarray(start, end), this.length);
    this.length += end - start;
  }
}

/** Bytes a varint of `value` takes. */
function varintLength(value: number): number {
  let n = 1;
  for (let v = value; v >= 0x80; v >>>= 7) n++;
  return n;
}

/** The docs of a pair list, with where each doc's positions lie in its bytes. */
export interface PairDocs {
  count: number;
  docs: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
}

/**
 * Reads varints one after another. The decoders step through lists with it rather than return a
 * value and a position per varint, which would be an allocation at every doc of long lists.
 */
export class VarintReader {
  constructor(
    readonly bytes: Uint8Array,
    public at = 0,
  ) {}

  get done(): boolean {
    return this.at >= this.bytes.length;
  }

  /** The next varint; values may reach 2⁵³ (token keys of a chunk's directory). */
  next(): number {
    let v = 0;
    let scale = 1;
    let b: number;
    do {
      b = this.bytes[this.at++] ?? 0;
      v += (b & 0x7f) * scale;
      scale *= 128;
    } while (b & 0x80);
    return v;
  }
}

export function readPairDocs(bytes: Uint8Array): PairDocs {
  // Each doc takes at least three bytes.
  const capacity = Math.ceil(bytes.length / 3) + 1;
  const docs = new Int32Array(capacity);
  const starts = new Int32Array(capacity);
  const ends = new Int32Array(capacity);
  let count = 0;
  let doc = -1;
  const reader = new VarintReader(bytes);
  while (!reader.done) {
    doc += reader.next();
    const size = reader.next();
    docs[count] = doc;
    starts[count] = reader.at;
    ends[count] = reader.at + size;
    count++;
    reader.at += size;
  }
  return { count, docs, starts, ends };
}

/** Where the last smallVarint ended: a second result, as a tuple would be an allocation per position read. */
let after = 0;

/** The varint at bytes[at], below 2³¹ (a position or a gap); sets `after`. */
function smallVarint(bytes: Uint8Array, at: number): number {
  let v = 0;
  let shift = 0;
  let i = at;
  let b: number;
  do {
    b = bytes[i++] ?? 0;
    v |= (b & 0x7f) << shift;
    shift += 7;
  } while (b & 0x80);
  after = i;
  return v;
}

/**
 * Decodes the positions in bytes[start, end) into `out` (which must be long enough); returns how
 * many. Called for every candidate doc of a phrase, so it allocates nothing.
 */
export function readPositions(bytes: Uint8Array, start: number, end: number, out: Int32Array): number {
  let n = 0;
  let position = 0;
  for (let i = start; i < end; i = after) {
    position += smallVarint(bytes, i);
    out[n++] = position;
  }
  return n;
}

/** The first position in bytes[start, …): whether a hit is a headline hit, for every doc of a term. */
export function readFirstPosition(bytes: Uint8Array, start: number): number {
  return smallVarint(bytes, start);
}

/** The docs of a unit list, and whether the unit is in a headline field of each. */
export interface UnitDocs {
  count: number;
  docs: Int32Array;
  head: Uint8Array;
}

export function readUnitDocs(bytes: Uint8Array): UnitDocs {
  const docs = new Int32Array(bytes.length);
  const head = new Uint8Array(bytes.length);
  let count = 0;
  let doc = -1;
  const reader = new VarintReader(bytes);
  while (!reader.done) {
    const value = reader.next();
    doc += Math.floor(value / 2);
    docs[count] = doc;
    head[count] = value % 2;
    count++;
  }
  return { count, docs, head };
}

/**
 * Lists are stored a few thousand bytes together ("chunks"), so that a segment is a few hundred
 * rows rather than one per token: a chunk is varint(count), then per list varint(key − the key
 * before) and varint(its length), then the lists one after another. The key before the first is
 * the chunk's first key, which the row's id holds.
 */
const CHUNK_BYTES = 4096;

/** Gathers lists in ascending key order and hands on a chunk (with its first key) whenever enough are gathered. */
export class ChunkWriter {
  private keys: number[] = [];
  private lists: Uint8Array[] = [];
  private size = 0;
  private readonly out = new ByteWriter(CHUNK_BYTES * 2);

  constructor(private readonly emit: (firstKey: number, chunk: Uint8Array) => void) {}

  add(key: number, list: Uint8Array): void {
    this.keys.push(key);
    this.lists.push(list);
    this.size += list.length;
    if (this.size >= CHUNK_BYTES) this.finish();
  }

  finish(): void {
    const first = this.keys[0];
    if (first === undefined) return;
    const out = this.out;
    out.length = 0;
    out.varint(this.keys.length);
    let previous = first;
    this.keys.forEach((key, i) => {
      out.varint(key - previous);
      out.varint(this.lists[i]?.length ?? 0);
      previous = key;
    });
    for (const list of this.lists) out.copy(list, 0, list.length);
    this.emit(first, out.bytes.subarray(0, out.length));
    this.keys = [];
    this.lists = [];
    this.size = 0;
  }
}

/** The directory of a chunk whose first key is `first`: each list's key and length, and where the lists start. */
function directory(chunk: Uint8Array, first: number): { keys: number[]; lengths: number[]; start: number } {
  const reader = new VarintReader(chunk);
  const keys: number[] = [];
  const lengths: number[] = [];
  let key = first;
  for (let count = reader.next(); count > 0; count--) {
    key += reader.next();
    keys.push(key);
    lengths.push(reader.next());
  }
  return { keys, lengths, start: reader.at };
}

/** Every list of a chunk whose first key is `first`, in key order. */
export function* chunkLists(chunk: Uint8Array, first: number): Generator<[key: number, list: Uint8Array]> {
  const { keys, lengths, start } = directory(chunk, first);
  let at = start;
  for (let k = 0; k < keys.length; k++) {
    const length = lengths[k] ?? 0;
    yield [keys[k] ?? 0, chunk.subarray(at, at + length)];
    at += length;
  }
}

/** The list of `key` in a chunk whose first key is `first`, if it holds one. Read for every term in every segment, so it walks the directory without copying it. */
export function listInChunk(chunk: Uint8Array, first: number, key: number): Uint8Array | undefined {
  const reader = new VarintReader(chunk);
  let at = first;
  let offset = -1;
  let length = 0;
  let before = 0;
  for (let count = reader.next(); count > 0; count--) {
    at += reader.next();
    const size = reader.next();
    if (offset >= 0) continue;
    if (at === key) {
      offset = before;
      length = size;
    } else before += size;
  }
  return offset < 0 ? undefined : chunk.subarray(reader.at + offset, reader.at + offset + length);
}

/** Gathers a segment's lists in one buffer, with each list's token and start. */
export class ListWriter {
  private readonly tokens: number[] = [];
  private readonly offsets: number[] = [];

  constructor(readonly out: ByteWriter) {
    out.length = 0;
  }

  /** Ends the list of `token` that began at `start`; one that got no entries is left out. */
  end(token: number, start: number): void {
    if (this.out.length === start) return;
    this.tokens.push(token);
    this.offsets.push(start);
  }

  /** The lists' tokens, where each begins (and the end of the last), and the bytes: a view of `out`. */
  done(): { tokens: number[]; offsets: Uint32Array; bytes: Uint8Array } {
    return { tokens: this.tokens, offsets: Uint32Array.from([...this.offsets, this.out.length]), bytes: this.out.bytes.subarray(0, this.out.length) };
  }
}
