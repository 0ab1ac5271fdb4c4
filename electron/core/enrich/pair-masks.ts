/** Two characters as one number: the key of a PairMasks table. */
export const pairKey = (text: string, at: number): number => (text.charCodeAt(at) << 16) | text.charCodeAt(at + 1);
/** Marks free slots; no word holds two NUL characters. */
const EMPTY_KEY = 0;

/** Bits of a table's filter: 2¹⁹ (64 KB) for the gazetteer's names; a few hundred words need far fewer. */
const FILTER_BITS = 19;

/**
 * Bit sets keyed by two characters (see pairKey), in an open-addressing table of typed arrays:
 * scanners ask at nearly every position of every story, a two-character key exceeds V8's small
 * integers, and a Map keyed by such numbers would hash a heap number at each of those positions.
 */
export class PairMasks {
  /**
   * A bit per hash of the keys present (at most 64 KB, so it stays in cache where the table, a
   * megabyte for the gazetteer's names, does not): most positions start no word, and are turned
   * away here. A table of a few hundred words keeps a filter small enough for the first-level cache.
   */
  private filter: Int32Array;
  private readonly filterShift: number;
  private keys = new Int32Array(1024);
  private masks = new Int32Array(1024);
  private shift = 22;
  private size = 0;

  constructor(filterBits = FILTER_BITS) {
    this.filter = new Int32Array(1 << (filterBits - 5));
    this.filterShift = 32 - filterBits;
  }

  private filterBit(key: number): number {
    return Math.imul(key, 0x85ebca6b) >>> this.filterShift;
  }

  private slot(key: number): number {
    const capacity = this.keys.length;
    let at = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (this.keys[at] !== key && this.keys[at] !== EMPTY_KEY) at = (at + 1) & (capacity - 1);
    return at;
  }

  private grow(): void {
    const { keys, masks } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.masks = new Int32Array(keys.length * 2);
    this.shift -= 1;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] ?? EMPTY_KEY;
      if (key === EMPTY_KEY) continue;
      const at = this.slot(key);
      this.keys[at] = key;
      this.masks[at] = masks[i] ?? 0;
    }
  }

  /** Adds bits to the set of `key`. */
  add(key: number, bits: number): void {
    if (key === EMPTY_KEY) return;
    const bit = this.filterBit(key);
    this.filter[bit >>> 5] = (this.filter[bit >>> 5] ?? 0) | (1 << (bit & 31));
    let at = this.slot(key);
    if (this.keys[at] === EMPTY_KEY) {
      if ((this.size + 1) * 2 > this.keys.length) {
        this.grow();
        at = this.slot(key);
      }
      this.keys[at] = key;
      this.size += 1;
    }
    this.masks[at] = (this.masks[at] ?? 0) | bits;
  }

  /** The bits of `key`, 0 when it has none. */
  get(key: number): number {
    const bit = this.filterBit(key);
    if (((this.filter[bit >>> 5] ?? 0) & (1 << (bit & 31))) === 0 || key === EMPTY_KEY) return 0;
    return this.masks[this.slot(key)] ?? 0;
  }

  copy(): PairMasks {
    const copy = new PairMasks(32 - this.filterShift);
    copy.filter = this.filter.slice();
    copy.keys = this.keys.slice();
    copy.masks = this.masks.slice();
    copy.shift = this.shift;
    copy.size = this.size;
    return copy;
  }
}

/** Lists of items (words, or their ids) by their first two characters, found with one PairMasks lookup. */
export class PairLists<T> {
  private readonly index: PairMasks;
  private readonly lists: T[][] = [];

  /** `filterBits`: see PairMasks; 12 to 14 for a few hundred to a few thousand words. */
  constructor(filterBits?: number) {
    this.index = new PairMasks(filterBits);
  }

  add(key: number, item: T): void {
    let list = this.index.get(key);
    if (list === 0) {
      this.lists.push([]);
      list = this.lists.length;
      this.index.add(key, list);
    }
    this.lists[list - 1]?.push(item);
  }

  /** The items whose first two characters are those of `text` at `at`. */
  at(text: string, at: number): readonly T[] | undefined {
    if (at + 1 >= text.length) return undefined;
    const list = this.index.get(pairKey(text, at));
    return list === 0 ? undefined : this.lists[list - 1];
  }

  /** Orders every list. */
  sortEach(compare: (a: T, b: T) => number): void {
    for (const list of this.lists) list.sort(compare);
  }
}
