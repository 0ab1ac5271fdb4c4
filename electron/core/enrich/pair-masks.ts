import { grown } from '../typed-arrays';
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

/**
 * Words of two or more characters, found by their first two with one PairMasks lookup and then
 * compared unit by unit from a flat array: scanners ask at nearly every position of every story,
 * and a call to startsWith per candidate was the larger part of the cost where a pair matched.
 */
export class PairWords {
  private readonly index: PairMasks;
  /** 1 for a unit some word starts with: most positions of a text start none, and cost one load. */
  private readonly firstUnits = new Uint8Array(0x10000);
  /** Word ids by their first two characters, longest first. */
  private readonly lists: number[][] = [];
  private readonly words: string[] = [];
  /** Word id's units are units[starts[id], starts[id + 1]). */
  private units = new Uint16Array(256);
  private readonly starts: number[] = [0];

  /** `filterBits`: see PairMasks; 12 to 14 for a few hundred to a few thousand words. */
  constructor(filterBits?: number) {
    this.index = new PairMasks(filterBits);
  }

  /** Adds a word of two characters or more; returns its id, numbered from 0 in the order added. */
  add(word: string): number {
    if (word.length < 2) throw new RangeError(`a word of two characters or more, not "${word}"`);
    const id = this.words.length;
    this.words.push(word);
    const start = this.starts[id] ?? 0;
    this.units = grown(this.units, start + word.length, (length) => new Uint16Array(length));
    for (let k = 0; k < word.length; k++) this.units[start + k] = word.charCodeAt(k);
    this.starts.push(start + word.length);
    this.firstUnits[word.charCodeAt(0)] = 1;
    const key = pairKey(word, 0);
    let list = this.index.get(key);
    if (list === 0) {
      this.lists.push([]);
      list = this.lists.length;
      this.index.add(key, list);
    }
    const ids = this.lists[list - 1] ?? [];
    // After the words as long or longer, so that of two words of one length the first added wins.
    const at = ids.findIndex((other) => (this.words[other] ?? '').length < word.length);
    ids.splice(at < 0 ? ids.length : at, 0, id);
    return id;
  }

  word(id: number): string {
    return this.words[id] ?? '';
  }

  /** The id of the longest word starting at `at` in `text`, or -1. */
  longestAt(text: string, at: number): number {
    if (at + 1 >= text.length || this.firstUnits[text.charCodeAt(at)] === 0) return -1;
    const list = this.index.get(pairKey(text, at));
    if (list === 0) return -1;
    const ids = this.lists[list - 1] ?? [];
    const { units, starts } = this;
    candidates: for (let k = 0; k < ids.length; k++) {
      const id = ids[k] ?? 0;
      const start = starts[id] ?? 0;
      const end = starts[id + 1] ?? 0;
      if (at + end - start > text.length) continue;
      // The first two units are the pair just found.
      for (let u = start + 2, t = at + 2; u < end; u++, t++) if (text.charCodeAt(t) !== units[u]) continue candidates;
      return id;
    }
    return -1;
  }
}
