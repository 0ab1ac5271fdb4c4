/**
 * Word evidence between pieces of one page: character bigrams weighted by how rare they are on
 * the page, so that shared names and places (江海洋, 大云镇) count and shared function words do not.
 * A piece of text is given as the list of its paragraphs, whose bigrams are read once and reused
 * (repair compares the same paragraphs in many combinations).
 */
export type Piece = readonly string[];

const isHan = (code: number) => (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
const isWordChar = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/**
 * Han bigrams of each run of Han characters, as numbers (two UTF-16 units side by side), and
 * each Latin/digit word, as a negative number from `words`.
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
    const next = text.charCodeAt(i + 1);
    if (isHan(code) && isHan(next)) grams.add(code * 0x10000 + next);
  }
  if (wordStart >= 0) addWord(wordStart, text.length);
  return grams;
}

export class PageVocabulary {
  private readonly df = new Map<number, number>();
  private readonly docs: number;
  private readonly words = new Map<string, number>();
  private readonly grams = new Map<string, Set<number>>();
  private readonly unions = new WeakMap<Piece, Set<number>>();

  constructor(texts: string[]) {
    this.docs = texts.length;
    for (const text of texts) for (const gram of this.gramsOf(text)) this.df.set(gram, (this.df.get(gram) ?? 0) + 1);
  }

  /**
   * Rarer is weightier; a bigram printed in one block only weighs nothing, since it cannot be
   * shared between two pieces of the page and would only dilute the rest.
   */
  private idf(gram: number): number {
    const df = this.df.get(gram) ?? 0;
    return df < 2 ? 0 : Math.log((this.docs + 1) / (df + 0.5));
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
      const weight = this.idf(gram);
      total += weight;
      if (textGrams.has(gram)) found += weight;
    }
    return total === 0 ? 0 : found / total;
  }

  /** Cosine similarity of the two pieces' weighted bigram sets. */
  cosine(a: Piece, b: Piece): number {
    const ga = this.union(a);
    const gb = this.union(b);
    let dot = 0;
    let na = 0;
    let nb = 0;
    for (const gram of ga) {
      const w = this.idf(gram) ** 2;
      na += w;
      if (gb.has(gram)) dot += w;
    }
    for (const gram of gb) nb += this.idf(gram) ** 2;
    return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
  }
}
