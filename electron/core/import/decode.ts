import { isUtf8 } from 'node:buffer';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { UserFacingError } from '../user-facing-error';

/** Why a file's bytes are not a page's text; the message is shown to the user as is. */
export class UndecodableError extends UserFacingError {
  override name = 'UndecodableError';
}

export interface DecodedText {
  text: string;
  encoding: string;
}

const CHARDET_TO_ICONV: Record<string, string> = {
  'UTF-8': 'utf8',
  'UTF-16LE': 'utf16le',
  'UTF-16BE': 'utf16be',
  GB18030: 'gb18030',
  'Big5': 'big5',
};

/**
 * UTF-16 without a BOM shows itself by NULs in the high byte of its ASCII characters (digits,
 * punctuation, line ends), nearly all on one side of each byte pair; binary data has them on both.
 */
function utf16WithoutBom(bytes: Buffer): 'utf16le' | 'utf16be' | null {
  const n = Math.min(bytes.length, 65536) & ~1;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  // CJK code points like U+4E00 put a NUL on the other side now and then, hence a ratio.
  if (oddNul >= 4 && oddNul > evenNul * 8) return 'utf16le';
  if (evenNul >= 4 && evenNul > oddNul * 8) return 'utf16be';
  return null;
}

/** The text of valid UTF-8, or null: isUtf8 checks in native code (a fatal TextDecoder took about 3 % of reading a page). */
function strictUtf8(bytes: Buffer): string | null {
  return isUtf8(bytes) ? bytes.toString('utf8') : null;
}

/**
 * Decodes a page file: a BOM decides first, then valid UTF-8 is taken as UTF-8 (detectors guess
 * wrong on short texts), then chardet's guess among the encodings these archives use. Line ends
 * become LF. Binary files and text that decodes to garbage are refused.
 */
export function decodePageBytes(bytes: Buffer): DecodedText {
  let encoding: string;
  let body = bytes;
  /** Set when telling UTF-8 apart already decoded the whole file. */
  let utf8: string | null = null;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'utf8';
    body = bytes.subarray(3);
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf16le';
    body = bytes.subarray(2);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf16be';
    body = bytes.subarray(2);
  } else {
    // Found in native code; most files have none, and so need no look at their byte pairs.
    const hasNul = bytes.includes(0);
    const utf16 = hasNul ? utf16WithoutBom(bytes) : null;
    if (utf16) encoding = utf16;
    else if (hasNul) throw new UndecodableError('binary file (contains NUL bytes)');
    else if ((utf8 = strictUtf8(bytes)) !== null) encoding = 'utf8';
    else {
      const guess = chardet.detect(bytes);
      const mapped = guess ? CHARDET_TO_ICONV[guess] : undefined;
      // GBK is a subset of GB18030, and chardet reports some GBK text as EUC-KR/Shift_JIS on short samples.
      encoding = mapped ?? 'gb18030';
    }
  }
  const text = encoding === 'utf8' ? (utf8 ?? strictUtf8(body)) : iconv.decode(body, encoding);
  if (text === null) throw new UndecodableError('not valid UTF-8');
  const bad = countUndecodable(text);
  if (bad > Math.max(2, text.length * 0.001)) throw new UndecodableError(`cannot decode as ${encoding} (${bad} invalid characters)`);
  if (hasBinaryControls(text)) throw new UndecodableError('binary file (contains control characters)');
  return { text: text.replace(/\r\n?/g, '\n'), encoding };
}

function countUndecodable(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

/** Control characters other than tab, line ends and form feed do not occur in page text. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const BINARY_CONTROL = /[\u0000-\u0008\u000e-\u001f]/;
const hasBinaryControls = (text: string): boolean => BINARY_CONTROL.test(text);
