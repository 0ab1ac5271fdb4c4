import type { Highlights } from '../electron/shared/library';

/**
 * The words of a search query as the reader highlights them: whitespace separates terms, "…"
 * keeps a phrase whole, and -词 excludes a word, so it is not highlighted.
 */
export function queryTerms(query: string): string[] {
  const terms: string[] = [];
  for (const match of query.matchAll(/(-?)"([^"]*)"?|(\S+)/g)) {
    const [, minus, phrase, word] = match;
    if (phrase !== undefined) {
      if (!minus && phrase.trim()) terms.push(phrase.trim().replace(/\s+/g, ' '));
    } else if (word && !word.startsWith('-')) terms.push(word);
  }
  return terms;
}

/** Where the terms occur in the text, ignoring letter case: sorted, overlapping matches merged. */
export function findRanges(text: string, terms: readonly string[]): Highlights {
  const haystack = text.toLowerCase();
  const ranges: Highlights = [];
  for (const term of terms) {
    const needle = term.toLowerCase();
    if (!needle) continue;
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) ranges.push([at, at + needle.length]);
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Highlights = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
