/**
 * Word evidence between pieces of one page: character bigrams weighted by how rare they are on
 * the page, so that shared names and places (江海洋, 大云镇) count and shared function words do not.
 * A piece of text is given as the list of its paragraphs, whose bigrams are read once and reused
 * (repair compares the same paragraphs in many combinations).
 *
 * Repair asks for thousands of comparisons on a busy page, so each text's bigrams become small
 * per-page ids (a span of one array for the page), and weights a typed array by id: comparisons
 * mark one side's ids and look the other side's up, instead of set and map lookups.
 */
import { grown } from '../typed-arrays';

export type Piece = readonly string[];

/**
 * Position of a Han character among the unified ideographs (U+3400–U+9FFF) and the compatibility
 * ones (U+F900–U+FAFF), or -1. Two positions make a bigram key small enough to stay a small
 * integer in the engine.
 */
const HAN_SPAN = 0x9fff - 0x3400 + 1 + 0x200;
function hanIndex(code: number): number {
  if (code >= 0x3400 && code <= 0x9fff) return code - 0x3400;
  if (code >= 0xf900 && code <= 0xfaff) return 0x9fff - 0x3400 + 1 + (code - 0xf900);
  return -1;
}
const isWordChar = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

const int32s = (length: number) => new Int32Array(length);
const uint32s = (length: number) => new Uint32Array(length);

/**
 * Small ids for bigram keys, in an open-addressing table of typed arrays: looked up once per
 * character of every text on the page, where a Map was the cost of the whole comparison.
 */
class KeyIds {
  private bits = 13;
  private keys = new Int32Array(1 << this.bits);
  /** Id + 1 per slot; 0 is an empty slot. */
  private slots = new Int32Array(1 << this.bits);
  size = 0;

  /** Empties the table, keeping its size: a page is as busy as the last, give or take. */
  clear(): void {
    this.slots.fill(0);
    this.size = 0;
  }

  private slotOf(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> (32 - this.bits);
  }

  idOf(key: number): number {
    const mask = this.keys.length - 1;
    let slot = this.slotOf(key);
    for (let taken = this.slots[slot] ?? 0; taken !== 0; taken = this.slots[slot] ?? 0) {
      if (this.keys[slot] === key) return taken - 1;
      slot = (slot + 1) & mask;
    }
    const id = this.size++;
    this.keys[slot] = key;
    this.slots[slot] = id + 1;
    if (this.size * 2 > this.keys.length) this.grow();
    return id;
  }

  private grow(): void {
    const { keys, slots } = this;
    this.bits++;
    this.keys = new Int32Array(1 << this.bits);
    this.slots = new Int32Array(1 << this.bits);
    const mask = this.keys.length - 1;
    slots.forEach((taken, old) => {
      if (taken === 0) return;
      const key = keys[old] ?? 0;
      let slot = this.slotOf(key);
      while ((this.slots[slot] ?? 0) !== 0) slot = (slot + 1) & mask;
      this.keys[slot] = key;
      this.slots[slot] = taken;
    });
  }
}

/** Membership marks by id: a new generation clears them all at once. */
class Marks {
  private stamps = new Uint32Array(1 << 12);
  private generation = 0;

  next(): void {
    if (this.generation === 0xffffffff) {
      this.stamps.fill(0);
      this.generation = 0;
    }
    this.generation++;
  }

  /** Marks `id`; false when it was already marked in this generation. */
  mark(id: number): boolean {
    this.stamps = grown(this.stamps, id + 1, uint32s);
    if (this.stamps[id] === this.generation) return false;
    this.stamps[id] = this.generation;
    return true;
  }

  has(id: number): boolean {
    return this.stamps[id] === this.generation;
  }
}

/**
 * The tables behind a page's vocabulary, reused from page to page (allocating them afresh was a
 * tenth of a megabyte per page, all of it for the garbage collector). A thread reads one page at
 * a time (parsePage is synchronous), so a new PageVocabulary takes them over from the last one.
 */
const shared = { ids: new KeyIds(), marks: new Marks(), otherMarks: new Marks(), grams: new Int32Array(1 << 16), spans: new Int32Array(1 << 10) };

export class PageVocabulary {
  private readonly ids = shared.ids;
  private readonly words = new Map<string, number>();
  /**
   * Each text's ids, read once, as a span of `shared.grams`: text → span k, whose ids are
   * grams[spans[2k]] up to grams[spans[2k + 1]]. One array for the page, as a typed array per text
   * cost more to allocate than its ids cost to read.
   */
  private readonly spanOf = new Map<string, number>();
  private used = 0;
  private readonly marks = shared.marks;
  private readonly otherMarks = shared.otherMarks;
  /** Weight of each bigram id printed in two blocks or more; read on first use, as most pages need no repair. */
  private weights: Float64Array | null = null;

  /** Valid until the next PageVocabulary is made (see `shared`). */
  constructor(private readonly texts: readonly string[]) {
    this.ids.clear();
  }

  /** The span of the text's Han bigrams (of each run of Han characters) and Latin/digit words, as distinct page ids. */
  private gramsOf(text: string): number {
    const known = this.spanOf.get(text);
    if (known !== undefined) return known;
    const out = (shared.grams = grown(shared.grams, this.used + text.length, int32s));
    const marks = this.marks;
    marks.next();
    const start = this.used;
    let n = start;
    let wordStart = -1;
    // Each character is read once: the one after `code` is `next`, with its Han position.
    let next = text.length > 0 ? text.charCodeAt(0) : 0;
    let nextHan = hanIndex(next);
    for (let i = 0; i <= text.length; i++) {
      const code = next;
      const first = nextHan;
      next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      nextHan = i + 1 < text.length ? hanIndex(next) : -1;
      if (isWordChar(code)) {
        if (wordStart < 0) wordStart = i;
        continue;
      }
      if (wordStart >= 0) {
        const id = this.ids.idOf(this.wordKey(text.slice(wordStart, i)));
        wordStart = -1;
        if (marks.mark(id)) out[n++] = id;
      }
      if (first < 0 || nextHan < 0) continue;
      const id = this.ids.idOf(first * HAN_SPAN + nextHan);
      if (marks.mark(id)) out[n++] = id;
    }
    this.used = n;
    const span = this.spanOf.size;
    shared.spans = grown(shared.spans, 2 * span + 2, int32s);
    shared.spans[2 * span] = start;
    shared.spans[2 * span + 1] = n;
    this.spanOf.set(text, span);
    return span;
  }

  /** A negative key per Latin/digit word, any case. */
  private wordKey(word: string): number {
    const lower = word.toLowerCase();
    let key = this.words.get(lower);
    if (key === undefined) {
      key = -(this.words.size + 1);
      this.words.set(lower, key);
    }
    return key;
  }

  /**
   * Rarer is weightier; a bigram printed in one block only weighs nothing, since it cannot be
   * shared between two pieces of the page and would only dilute the rest.
   */
  private weightTable(): Float64Array {
    if (this.weights) return this.weights;
    const textSpans = this.texts.map((text) => this.gramsOf(text));
    const { grams, spans } = shared;
    const df = new Int32Array(this.ids.size);
    for (const span of textSpans) {
      for (let k = spans[2 * span] ?? 0, end = spans[2 * span + 1] ?? 0; k < end; k++) {
        const id = grams[k] ?? 0;
        df[id] = (df[id] ?? 0) + 1;
      }
    }
    const weights = new Float64Array(this.ids.size);
    // A weight depends on its count alone, and most counts are small: each is worked out once.
    const byCount = new Float64Array(this.texts.length + 1).fill(NaN);
    for (let id = 0; id < df.length; id++) {
      const n = df[id] ?? 0;
      if (n < 2) continue;
      let weight = byCount[n] ?? NaN;
      if (Number.isNaN(weight)) weight = byCount[n] = Math.log((this.texts.length + 1) / (n + 0.5));
      weights[id] = weight;
    }
    this.weights = weights;
    return weights;
  }

  /** Share of `key`'s weight found in `text`: how much of a headline a paragraph speaks of. */
  coverage(key: string, text: string): number {
    const weights = this.weightTable();
    const keySpan = this.gramsOf(key);
    this.markAll(this.gramsOf(text));
    const { grams, spans } = shared;
    let total = 0;
    let found = 0;
    for (let k = spans[2 * keySpan] ?? 0, end = spans[2 * keySpan + 1] ?? 0; k < end; k++) {
      const id = grams[k] ?? 0;
      const weight = weights[id] ?? 0;
      total += weight;
      if (this.marks.has(id)) found += weight;
    }
    return total === 0 ? 0 : found / total;
  }

  private markAll(span: number): void {
    const { grams, spans } = shared;
    this.marks.next();
    for (let k = spans[2 * span] ?? 0, end = spans[2 * span + 1] ?? 0; k < end; k++) this.marks.mark(grams[k] ?? 0);
  }

  /**
   * Cosine similarity of the two pieces' weighted bigram sets, in one pass over each piece's
   * texts: pieces are made afresh for each comparison, so there is nothing to keep between calls.
   */
  cosine(a: Piece, b: Piece): number {
    const weights = this.weightTable();
    // Every text is read before marking starts: reading one marks its own ids.
    const spansA = a.map((text) => this.gramsOf(text));
    const spansB = b.map((text) => this.gramsOf(text));
    const { grams, spans } = shared;
    const inB = this.marks;
    const inA = this.otherMarks;
    inB.next();
    let nb = 0;
    for (const span of spansB) {
      for (let k = spans[2 * span] ?? 0, end = spans[2 * span + 1] ?? 0; k < end; k++) {
        const id = grams[k] ?? 0;
        if (inB.mark(id)) nb += (weights[id] ?? 0) ** 2;
      }
    }
    inA.next();
    let na = 0;
    let dot = 0;
    for (const span of spansA) {
      for (let k = spans[2 * span] ?? 0, end = spans[2 * span + 1] ?? 0; k < end; k++) {
        const id = grams[k] ?? 0;
        if (!inA.mark(id)) continue;
        const square = (weights[id] ?? 0) ** 2;
        na += square;
        if (inB.has(id)) dot += square;
      }
    }
    return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
  }
}
