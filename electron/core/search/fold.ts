import * as OpenCC from 'opencc-js';

/**
 * Folding shared by the index, the query and every brute-force check: NFKC (full-width → half-width),
 * traditional → simplified (OpenCC), lower case. It works one code point at a time, so a folded
 * string maps back onto the original text position by position; that is what lets snippets
 * highlight the original characters. Control characters fold to a space so they separate tokens.
 */
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const cache = new Map<number, string>();
const CONTROL = /\p{Cc}/u;

function foldCodePoint(cp: number): string {
  let folded = cache.get(cp);
  if (folded === undefined) {
    const ch = String.fromCodePoint(cp);
    folded = CONTROL.test(ch) && !/\s/u.test(ch) ? ' ' : toSimplified(ch.normalize('NFKC')).toLowerCase();
    cache.set(cp, folded);
  }
  return folded;
}

/** The folded form of a text. */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // ASCII letters and digits dominate Latin runs; skip the cache for them.
    if (code < 0x80 && code >= 0x20) {
      out += code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : text[i];
      continue;
    }
    const cp = text.codePointAt(i) ?? code;
    if (cp > 0xffff) i++;
    out += foldCodePoint(cp);
  }
  return out;
}

/** The folded text plus, for each of its UTF-16 units, the index in the original text it came from. */
export function foldWithOffsets(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const start = i;
    const cp = text.codePointAt(i) ?? 0;
    if (cp > 0xffff) i++;
    const piece = foldCodePoint(cp);
    folded += piece;
    for (let k = 0; k < piece.length; k++) origin.push(start);
  }
  origin.push(text.length);
  return { folded, origin };
}
