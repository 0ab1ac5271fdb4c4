import * as OpenCC from 'opencc-js';

/**
 * Folding shared by the index, the query and every brute-force check: NFKC (full-width → half-width),
 * traditional → simplified (OpenCC), lower case. It works one code point at a time, so a folded
 * string maps back onto the original text position by position; that is what lets snippets
 * highlight the original characters. Control characters fold to a space so they separate tokens.
 */
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const CONTROL = /\p{Cc}/u;
const SPACE = /\s/u;
/** Folded forms of BMP characters, filled on first use; an array index is much cheaper than a Map. */
const bmp: (string | undefined)[] = new Array<string | undefined>(0x10000);
const astral = new Map<number, string>();

function computeFold(cp: number): string {
  const ch = String.fromCodePoint(cp);
  return CONTROL.test(ch) && !SPACE.test(ch) ? ' ' : toSimplified(ch.normalize('NFKC')).toLowerCase();
}

/** The folded form of one code point. */
export function foldCodePoint(cp: number): string {
  if (cp < 0x10000) {
    let folded = bmp[cp];
    if (folded === undefined) {
      folded = computeFold(cp);
      bmp[cp] = folded;
    }
    return folded;
  }
  let folded = astral.get(cp);
  if (folded === undefined) {
    folded = computeFold(cp);
    astral.set(cp, folded);
  }
  return folded;
}

/** The folded form of a text. */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const cp = text.codePointAt(i) ?? code;
      if (cp > 0xffff) i++;
      out += foldCodePoint(cp);
    } else out += foldCodePoint(code);
  }
  return out;
}

/**
 * The folded text when every UTF-16 unit of `text` folds to exactly one unit (then positions in
 * both are the same), otherwise null. Nearly all newspaper text qualifies.
 */
export function foldInPlace(text: string): string | null {
  // Simplified Chinese text is mostly its own folded form: find the first unit that is not, and
  // return the text itself when there is none.
  let i = 0;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return null;
    if (foldCodePoint(code) !== text[i]) break;
  }
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return null;
    const piece = foldCodePoint(code);
    if (piece.length !== 1) return null;
    out += piece;
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
