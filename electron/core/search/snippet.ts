import type { Highlights } from '../../shared/library';
import { foldInPlace, foldWithOffsets } from './fold';

const SNIPPET_CHARS = 96;
const LEAD_CHARS = 24;

/** Where the folded terms occur in the original text, as merged [start, end) ranges. */
export function highlightRanges(text: string, foldedTerms: readonly string[]): Highlights {
  if (foldedTerms.length === 0 || text.length === 0) return [];
  const inPlace = foldInPlace(text);
  if (inPlace !== null && !foldedTerms.some((t) => inPlace.includes(t))) return [];
  const ranges: Highlights = [];
  if (inPlace !== null) {
    for (const term of foldedTerms) {
      for (let at = inPlace.indexOf(term); at !== -1; at = inPlace.indexOf(term, at + 1)) ranges.push([at, at + term.length]);
    }
  } else {
    const { folded, origin } = foldWithOffsets(text);
    for (const term of foldedTerms) {
      for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
        const start = origin[at] ?? 0;
        const endOrigin = origin[at + term.length - 1] ?? start;
        // The end is the original character after the last matched folded unit.
        let end = endOrigin + 1;
        const cp = text.codePointAt(endOrigin) ?? 0;
        if (cp > 0xffff) end++;
        ranges.push([start, end]);
      }
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Highlights = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/**
 * A window of about SNIPPET_CHARS characters from the first text (in the order given) that
 * holds a match, starting a little before the first match; without matches, the opening of the
 * first non-empty text.
 */
export function makeSnippet(texts: readonly string[], foldedTerms: readonly string[]): { text: string; highlights: Highlights } {
  for (const text of texts) {
    const ranges = highlightRanges(text, foldedTerms);
    const first = ranges[0];
    if (!first) continue;
    const start = first[0] <= LEAD_CHARS ? 0 : first[0] - LEAD_CHARS;
    const end = Math.min(text.length, start + SNIPPET_CHARS);
    const prefix = start > 0 ? '…' : '';
    const suffix = end < text.length ? '…' : '';
    const shift = prefix.length - start;
    const highlights: Highlights = ranges
      .filter(([s]) => s < end)
      .map(([s, e]) => [s + shift, Math.min(e, end) + shift]);
    return { text: prefix + text.slice(start, end) + suffix, highlights };
  }
  const opening = texts.find((t) => t.length > 0) ?? '';
  return { text: opening.length > SNIPPET_CHARS ? `${opening.slice(0, SNIPPET_CHARS)}…` : opening, highlights: [] };
}

/** The snippet as one string with matches in 【】, for the command line. */
export function markedSnippet(s: { text: string; highlights: Highlights }): string {
  let out = '';
  let at = 0;
  for (const [start, end] of s.highlights) {
    out += `${s.text.slice(at, start)}【${s.text.slice(start, end)}】`;
    at = end;
  }
  return out + s.text.slice(at);
}
