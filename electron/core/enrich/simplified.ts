import * as OpenCC from 'opencc-js';
import type { TextPiece } from './article-text';

/**
 * Pages set in traditional characters (archives from Hong Kong, Taiwan or older scans) are read
 * in simplified form, because the gazetteer, the topic terms and the surnames are simplified:
 * 嘉善縣西塘鎮 is 嘉善县西塘镇. Conversion is character by character so positions do not move.
 */
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const converted = new Map<string, string>();

/** Frequent characters that exist only in traditional writing; a few of them mark a traditional text. */
const TRADITIONAL_MARKERS = new Uint8Array(0x10000);
for (const char of '縣區鎮們這個為與說會國時發來對經過還進關開業區農黨務員書長護醫學獎環傳統') TRADITIONAL_MARKERS[char.charCodeAt(0)] = 1;
const MIN_MARKERS = 3;

/** Every story's whole text passes here, so it is read as character codes (the markers are all in the BMP). */
function looksTraditionalFrom(texts: readonly string[]): boolean {
  let markers = 0;
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) {
      if (TRADITIONAL_MARKERS[text.charCodeAt(i)] === 1 && ++markers >= MIN_MARKERS) return true;
    }
  }
  return false;
}

export function looksTraditional(text: string): boolean {
  return looksTraditionalFrom([text]);
}

export function simplifiedText(text: string): string {
  let out = '';
  for (const char of text) {
    let simple = converted.get(char);
    if (simple === undefined) {
      const candidate = toSimplified(char);
      simple = [...candidate].length === 1 ? candidate : char;
      converted.set(char, simple);
    }
    out += simple;
  }
  return out;
}

/** Whether a story's pieces are set in traditional characters, and so are read in simplified ones. */
export function looksTraditionalPieces(pieces: readonly TextPiece[]): boolean {
  return looksTraditionalFrom(pieces.map((piece) => piece.text));
}

/** The pieces in simplified characters, position for position. */
export function piecesInSimplified(pieces: readonly TextPiece[]): TextPiece[] {
  return pieces.map(({ zone, text }) => ({ zone, text: simplifiedText(text) }));
}

export function simplifiedPieces(pieces: readonly TextPiece[]): TextPiece[] {
  return looksTraditionalPieces(pieces) ? piecesInSimplified(pieces) : [...pieces];
}
