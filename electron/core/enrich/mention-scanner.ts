import { ZONE_WEIGHT, type TextPiece, type Zone } from './article-text';
import type { Lexicon, Surface } from './place-lexicon';
import { COUNTY_KINDS, NOT_DEICTIC_AFTER, type CountyKind } from './place-words';

/** One place name or county reference found in a story. */
export interface Mention {
  text: string;
  zone: Zone;
  weight: number;
  /** Position in the story's text, counted over all pieces: orders first mentions. */
  at: number;
  surfaces: readonly Surface[];
}

const HAN = /\p{Script=Han}/u;

/**
 * Tried at nearly every position of every story, so read by character code before any string is
 * made: 1 + the index of the county word in COUNTY_KINDS, 0 for any other character.
 */
const COUNTY_KIND_AT = new Uint8Array(0x10000);
COUNTY_KINDS.forEach((kind, i) => (COUNTY_KIND_AT[kind.charCodeAt(0)] = i + 1));

/** A lone 县/市/区 opening a clause: 县公安局天凝派出所, 市人大常委会召开座谈会. */
function clauseOpeningCounty(text: string, i: number): CountyKind | null {
  const at = COUNTY_KIND_AT[text.charCodeAt(i)] ?? 0;
  // Checked before indexing: COUNTY_KINDS[-1] is a property lookup, far slower than an element load.
  if (at === 0) return null;
  const kind = COUNTY_KINDS[at - 1];
  if (kind === undefined) return null;
  const before = i === 0 ? '' : (text[i - 1] ?? '');
  const after = text[i + 1] ?? '';
  if (HAN.test(before) || !HAN.test(after) || NOT_DEICTIC_AFTER[kind].has(after)) return null;
  return kind;
}

/** 全市场 is the whole market and 全区域 the whole area: a county word running into another word is not one. */
function runsIntoWord(surfaces: readonly Surface[], next: string): boolean {
  return surfaces.every((surface) => surface.kind === 'deictic' && NOT_DEICTIC_AFTER[surface.county].has(next));
}

/**
 * Finds place names left to right, always taking the longest name that starts at a position, so
 * that 西塘桥街道 is not read as 西塘 and 上海宁波 yields 上海 and 宁波, not 海宁.
 */
export function scanMentions(pieces: readonly TextPiece[], lexicon: Lexicon): Mention[] {
  const mentions: Mention[] = [];
  let offset = 0;
  for (const { zone, text } of pieces) {
    let i = 0;
    while (i < text.length) {
      const found = lexicon.longestAt(text, i);
      if (found && !runsIntoWord(found.surfaces, text[i + found.text.length] ?? '')) {
        mentions.push({ text: found.text, zone, weight: ZONE_WEIGHT[zone], at: offset + i, surfaces: found.surfaces });
        i += found.text.length;
        continue;
      }
      const county = clauseOpeningCounty(text, i);
      if (county) mentions.push({ text: county, zone, weight: ZONE_WEIGHT[zone], at: offset + i, surfaces: [{ kind: 'deictic', county, strong: false }] });
      i += 1;
    }
    offset += text.length + 1;
  }
  return mentions;
}

/**
 * The pieces with the people's names blotted out, so that 吴金华 does not name 金华 and a 王海宁
 * would not name 海宁. Positions are kept.
 */
export function withoutNames(pieces: readonly TextPiece[], names: readonly string[]): TextPiece[] {
  if (names.length === 0) return [...pieces];
  return pieces.map(({ zone, text }) => ({ zone, text: names.reduce((masked, name) => masked.replaceAll(name, '〇'.repeat(name.length)), text) }));
}
