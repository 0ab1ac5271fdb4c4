/**
 * Word evidence between pieces of one page: character bigrams weighted by how rare they are on
 * the page, so that shared names and places (江海洋, 大云镇) count and shared function words do not.
 */
const TOKEN = /\p{Script=Han}+|[0-9A-Za-z]+/gu;

export function bigrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (const [run] of text.matchAll(TOKEN)) {
    if (!/\p{Script=Han}/u.test(run)) {
      grams.add(run.toLowerCase());
      continue;
    }
    for (let i = 0; i + 1 < run.length; i++) grams.add(run.slice(i, i + 2));
  }
  return grams;
}

export class PageVocabulary {
  private readonly df = new Map<string, number>();
  private readonly docs: number;

  constructor(texts: string[]) {
    this.docs = texts.length;
    for (const text of texts) for (const gram of bigrams(text)) this.df.set(gram, (this.df.get(gram) ?? 0) + 1);
  }

  /**
   * Rarer is weightier; a bigram printed in one block only weighs nothing, since it cannot be
   * shared between two pieces of the page and would only dilute the rest.
   */
  idf(gram: string): number {
    const df = this.df.get(gram) ?? 0;
    return df < 2 ? 0 : Math.log((this.docs + 1) / (df + 0.5));
  }

  /** Share of `key`'s weight found in `text`: how much of a headline a paragraph speaks of. */
  coverage(key: string, text: string): number {
    const keyGrams = bigrams(key);
    const textGrams = bigrams(text);
    let total = 0;
    let found = 0;
    for (const gram of keyGrams) {
      const weight = this.idf(gram);
      total += weight;
      if (textGrams.has(gram)) found += weight;
    }
    return total === 0 ? 0 : found / total;
  }

  /** Cosine similarity of the two texts' weighted bigram sets. */
  cosine(a: string, b: string): number {
    const ga = bigrams(a);
    const gb = bigrams(b);
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
