import { foldCodePoint } from './fold';

/**
 * Index tokens (DESIGN.md §6, widened): every whitespace-separated run of the folded text — Han,
 * Latin, digits and punctuation alike — becomes its overlapping bigrams plus its last character.
 * Treating every non-space character the same is what makes any query substring exact: a term of
 * n ≥ 2 characters is the phrase of its n−1 bigrams, a single character is the prefix query `c*`
 * (each occurrence of c starts a bigram or is a run's last character). Han-only bigrams would miss
 * `024` inside `2024` or `“双` across a quote.
 *
 * FTS5's ascii tokenizer then splits our token stream on spaces only, provided no token holds
 * ASCII punctuation; we shift those characters to their full-width forms, which folded text
 * never contains (NFKC maps them to ASCII), so the encoding stays one-to-one.
 */

/** Exactly the characters of JavaScript's \s. */
export function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** A folded character as it appears inside a token. */
function encodeChar(ch: string): string {
  if (ch.length !== 1) return ch;
  const code = ch.charCodeAt(0);
  const isAsciiPunct = code > 0x20 && code < 0x7f && !((code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a));
  return isAsciiPunct ? String.fromCharCode(code - 0x21 + 0xff01) : ch;
}

/** Whitespace-separated runs of a folded text. */
export function runsOf(folded: string): string[] {
  return folded.split(/\s+/u).filter((run) => run.length > 0);
}

/**
 * Per BMP code unit, what it is inside a token once folded and encoded: a code unit (> 0), a
 * separator (SPACE), or something that needs the general path (COMPLEX: folds to several units
 * or is a surrogate). 0 means not computed yet.
 */
const SPACE = -1;
const COMPLEX = -2;
const unitClass = new Int32Array(0x10000);

function classify(code: number): number {
  if (code >= 0xd800 && code <= 0xdfff) return COMPLEX;
  const folded = foldCodePoint(code);
  if (folded.length !== 1) return folded.length === 0 ? SPACE : COMPLEX;
  const f = folded.charCodeAt(0);
  return isSpace(f) ? SPACE : encodeChar(folded).charCodeAt(0);
}

/**
 * A token between two values of a column (paragraphs, headline fields), so that a phrase with a
 * space cannot match the end of one paragraph and the start of the next. No query can produce
 * it or a prefix of it: folded text never holds U+FF5F (NFKC maps it away) and our encoding of
 * ASCII punctuation stops at U+FF5E.
 */
const VALUE_SEPARATOR = 0xff5f;

let buffer = new Uint16Array(1 << 16);
const utf16 = new TextDecoder('utf-16le');

/**
 * Tokens of a list of field values (each searched on its own), folding as it goes. This is the
 * hot loop of an import, so it writes code units into one reusable buffer instead of making a
 * string per token. Returns the space-separated stream FTS5 stores.
 */
export function indexTokensOfValues(values: readonly string[]): string {
  let total = 0;
  for (const v of values) total += v.length;
  // Worst case: every character of every value becomes a bigram token of 4 units plus a space.
  const needed = total * 5 + values.length * 2 + 16;
  if (buffer.length < needed) buffer = new Uint16Array(needed);
  const buf = buffer;
  let n = 0;
  // The previous character of the current run: one or two code units, or none (a < 0).
  let a = -1;
  let b = -1;
  const add = (c: number, d: number) => {
    if (a >= 0) {
      buf[n++] = a;
      if (b >= 0) buf[n++] = b;
      buf[n++] = c;
      if (d >= 0) buf[n++] = d;
      buf[n++] = 0x20;
    }
    a = c;
    b = d;
  };
  const endRun = () => {
    if (a >= 0) {
      buf[n++] = a;
      if (b >= 0) buf[n++] = b;
      buf[n++] = 0x20;
    }
    a = -1;
    b = -1;
  };
  const addFolded = (folded: string) => {
    for (let k = 0; k < folded.length; k++) {
      const code = folded.charCodeAt(k);
      if (code >= 0xd800 && code <= 0xdbff && k + 1 < folded.length) {
        add(code, folded.charCodeAt(++k));
      } else if (isSpace(code)) endRun();
      else add(encodeChar(folded.charAt(k)).charCodeAt(0), -1);
    }
  };
  values.forEach((value, v) => {
    if (v > 0) {
      buf[n++] = VALUE_SEPARATOR;
      buf[n++] = 0x20;
    }
    for (let i = 0; i < value.length; i++) {
      const code = value.charCodeAt(i);
      let cls = unitClass[code] ?? 0;
      if (cls === 0) {
        cls = classify(code);
        unitClass[code] = cls;
      }
      if (cls > 0) add(cls, -1);
      else if (cls === SPACE) endRun();
      else {
        const cp = value.codePointAt(i) ?? code;
        if (cp > 0xffff) i++;
        addFolded(foldCodePoint(cp));
      }
    }
    endRun();
  });
  return utf16.decode(buf.subarray(0, n > 0 ? n - 1 : 0));
}

/** The token stream of one folded text. */
export function indexTokens(folded: string): string {
  return indexTokensOfValues([folded]);
}

/** Overlapping bigrams of a run's characters. */
function bigrams(cs: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < cs.length; i++) out.push(`${cs[i - 1]}${cs[i]}`);
  return out;
}

/** The FTS5 phrase (with a trailing `*` when its last token is a prefix) matching a folded term exactly. */
export function phraseFor(folded: string): string {
  const runs = runsOf(folded);
  const tokens: string[] = [];
  let prefix = false;
  runs.forEach((run, r) => {
    const cs = [...run].map(encodeChar);
    const lastChar = cs[cs.length - 1] ?? '';
    tokens.push(...bigrams(cs));
    // Earlier runs must end where the text's run ends, so they keep their last-character token;
    // the final run may continue in the text, so a lone final character is a prefix.
    if (r < runs.length - 1) tokens.push(lastChar);
    else if (cs.length === 1) {
      tokens.push(lastChar);
      prefix = true;
    }
  });
  return `"${tokens.join(' ')}"${prefix ? '*' : ''}`;
}
