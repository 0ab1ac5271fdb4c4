/**
 * Word evidence between pieces of one page: character bigrams weighted by how rare they are on
 * the page, so that shared names and places (江海洋, 大云镇) count and shared function words do not.
 * A piece of text is given as the list of its paragraphs, whose bigrams are read once and reused
 * (repair compares the same paragraphs in many combinations).
 */
export type Piece = readonly string[];

/**
 * Position of a Han character among the unified ideographs (U+3400–U+9FFF) and the compatibility
 * ones (U+F900–U+FAFF), or -1. Two positions make a bigram key small enough to stay a small
 * integer in the engine, which keeps the maps below fast.
 */
const HAN_SPAN = 0x9fff - 0x3400 + 1 + 0x200;
function hanIndex(code: number): number {
  if (code >= 0x3400 && code <= 0x9fff) return code - 0x3400;
  if (code >= 0xf900 && code <= 0xfaff) return 0x9fff - 0x3400 + 1 + (code - 0xf900);
  return -1;
}
const isWordChar = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/**
 * Han bigrams of each run of Han characters, as numbers (from the two characters' positions),
 * and each Latin/digit word, as a negative number from `words`.
 */
function bigrams(text: string, words: Map<string, number>): Set<number> {
  const grams = new Set<number>();
  const addWord = (start: number, end: number) => {
    const word = text.slice(start, end).toLowerCase();
    let id = words.get(word);
    if (id === undefined) {
      id = -(words.size + 1);
      words.set(word, id);
    }
    grams.add(id);
  };
  let wordStart = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isWordChar(code)) {
      if (wordStart < 0) wordStart = i;
      continue;
    }
    if (wordStart >= 0) {
      addWord(wordStart, i);
      wordStart = -1;
    }
    const first = hanIndex(code);
    const second = first < 0 ? -1 : hanIndex(text.charCodeAt(i + 1));
    if (second >= 0) grams.add(first * HAN_SPAN + second);
  }
  if (wordStart >= 0) addWord(wordStart, text.length);
  return grams;
}

export class PageVocabulary {
  private readonly words = new Map<string, number>();
  private readonly grams = new Map<string, Set<number>>();
  private readonly unions = new WeakMap<Piece, Set<number>>();
  private readonly norms = new WeakMap<Set<number>, number>();
  /** Weight of each bigram printed in two blocks or more; read on first use, as most pages need no repair. */
  private weights: Map<number, number> | null = null;

  constructor(private readonly texts: readonly string[]) {}

  /**
   * Rarer is weightier; a bigram printed in one block only weighs nothing, since it cannot be
   * shared between two pieces of the page and would only dilute the rest.
   */
  private weight(gram: number): number {
    if (!this.weights) {
      const df = new Map<number, number>();
      for (const text of this.texts) for (const g of this.gramsOf(text)) df.set(g, (df.get(g) ?? 0) + 1);
      this.weights = new Map();
      for (const [g, n] of df) if (n >= 2) this.weights.set(g, Math.log((this.texts.length + 1) / (n + 0.5)));
    }
    return this.weights.get(gram) ?? 0;
  }

  private gramsOf(text: string): Set<number> {
    let grams = this.grams.get(text);
    if (!grams) {
      grams = bigrams(text, this.words);
      this.grams.set(text, grams);
    }
    return grams;
  }

  private union(piece: Piece): Set<number> {
    if (piece.length === 1) return this.gramsOf(piece[0] ?? '');
    let all = this.unions.get(piece);
    if (!all) {
      all = new Set<number>();
      for (const text of piece) for (const gram of this.gramsOf(text)) all.add(gram);
      this.unions.set(piece, all);
    }
    return all;
  }

  /** Share of `key`'s weight found in `text`: how much of a headline a paragraph speaks of. */
  coverage(key: string, text: string): number {
    const textGrams = this.gramsOf(text);
    let total = 0;
    let found = 0;
    for (const gram of this.gramsOf(key)) {
      const weight = this.weight(gram);
      total += weight;
      if (textGrams.has(gram)) found += weight;
    }
    return total === 0 ? 0 : found / total;
  }

  private norm(grams: Set<number>): number {
    let norm = this.norms.get(grams);
    if (norm === undefined) {
      norm = 0;
      for (const gram of grams) norm += this.weight(gram) ** 2;
      this.norms.set(grams, norm);
    }
    return norm;
  }

  /** Cosine similarity of the two pieces' weighted bigram sets. */
  cosine(a: Piece, b: Piece): number {
    const ga = this.union(a);
    const gb = this.union(b);
    const na = this.norm(ga);
    const nb = this.norm(gb);
    if (na === 0 || nb === 0) return 0;
    const [small, large] = ga.size <= gb.size ? [ga, gb] : [gb, ga];
    let dot = 0;
    for (const gram of small) if (large.has(gram)) dot += this.weight(gram) ** 2;
    return dot / Math.sqrt(na * nb);
  }
}
