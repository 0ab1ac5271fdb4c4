import { foldCodePoint } from './fold';

/**
 * What the index keeps of a story's searchable text (DESIGN.md §6, widened), read off its folded
 * UTF-16 units: every pair of neighbouring units within a whitespace-separated run — Han, Latin,
 * digits and punctuation alike — with its position, and every unit the story holds. That makes
 * any query substring exact: a term of n ≥ 2 units is the n − 1 pairs at consecutive positions,
 * a single unit is a lookup of the units. A character beyond the BMP is two units, so it is a
 * pair of its own and needs nothing special.
 *
 * The story's fields are laid out one after another, headline fields first (each column's end is
 * kept, for ranking), with a position left empty after every value so that no pair, and so no
 * phrase, spans two paragraphs or two fields.
 */
/** The four columns in the order a story's text is laid out. */
export const COLUMNS = ['head', 'body', 'caption', 'byline'] as const;
export type Column = (typeof COLUMNS)[number];

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

/** Whitespace-separated runs of a folded text. */
export function runsOf(folded: string): string[] {
  return folded.split(/\s+/u).filter((run) => run.length > 0);
}

/**
 * Per BMP code unit, its folded form when that is one unit, a separator (SPACE), or something
 * that needs the general path (COMPLEX: folds to several units, is a surrogate, or folds to NUL
 * or to one of these two noncharacters). 0 means not computed yet. Two bytes a unit, where four
 * made the table's Han characters alone twice as many cache lines, read at every character.
 */
const SPACE = 0xffff;
const COMPLEX = 0xfffe;
const unitClass = new Uint16Array(0x10000);

function classify(code: number): number {
  if (code >= 0xd800 && code <= 0xdfff) return COMPLEX;
  const folded = foldCodePoint(code);
  if (folded.length !== 1) return folded.length === 0 ? SPACE : COMPLEX;
  const f = folded.charCodeAt(0);
  if (isSpace(f)) return SPACE;
  return f === 0 || f >= COMPLEX ? COMPLEX : f;
}

/** Where a story's tokens go as they are read (SegmentBuilder writes them straight into its arrays). */
export interface TokenSink {
  /** A pair, as first unit × 65536 + second unit, starting at `position`; in text order. */
  pair(key: number, position: number): void;
  /** A unit met for the first time in the story: unit × 2, + 1 in a headline field. */
  unit(value: number): void;
}

/** Units at most a story's values fold to, with a position left after each value: the room its tokens need. */
export function tokenRoom(columns: Readonly<Record<Column, readonly string[]>>): number {
  let room = 0;
  // Folding can lengthen a unit (ﬁ → fi, ㎞ → km); three units each is more than any fold makes.
  for (const column of COLUMNS) for (const value of columns[column]) room += value.length * 3 + 1;
  return room;
}

/**
 * The story (a counter that starts over after 255) each unit was last met in: a unit is given to
 * the sink once per story. A byte a unit keeps the table small in the cache; clearing it every
 * 255 stories costs next to nothing.
 */
const metIn = new Uint8Array(0x10000);
let story = 0;

/**
 * Reads a story's tokens from its searchable values by column, folding as it goes, into `sink`;
 * returns where the head, body, caption and byline columns end. This is the hot loop of an
 * import, so it works on code units and writes no strings.
 */
export function writeStoryTokens(columns: Readonly<Record<Column, readonly string[]>>, sink: TokenSink): Uint32Array {
  story = story === 0xff ? 1 : story + 1;
  if (story === 1) metIn.fill(0);
  const ends = new Uint32Array(COLUMNS.length);
  let position = 0;
  let inHead = 1;
  /** The previous unit of the current run, or -1 at a run's start. */
  let previous = -1;
  const add = (unit: number) => {
    // Headline fields come first, so a unit met there for the first time is met in a headline.
    if (metIn[unit] !== story) {
      metIn[unit] = story;
      sink.unit(unit * 2 + inHead);
    }
    if (previous >= 0) sink.pair(previous * 0x10000 + unit, position - 1);
    previous = unit;
    position++;
  };
  const gap = () => {
    previous = -1;
    position++;
  };
  COLUMNS.forEach((column, c) => {
    inHead = column === 'head' ? 1 : 0;
    for (const value of columns[column]) {
      for (let i = 0; i < value.length; i++) {
        const code = value.charCodeAt(i);
        let cls = unitClass[code] ?? 0;
        if (cls === 0) {
          cls = classify(code);
          unitClass[code] = cls;
        }
        if (cls < COMPLEX) add(cls);
        else if (cls === SPACE) gap();
        else {
          const cp = value.codePointAt(i) ?? code;
          if (cp > 0xffff) i++;
          const folded = foldCodePoint(cp);
          for (let k = 0; k < folded.length; k++) {
            const unit = folded.charCodeAt(k);
            if (isSpace(unit)) gap();
            else add(unit);
          }
        }
      }
      gap();
    }
    ends[c] = position;
  });
  return ends;
}

/** A term's pair keys: each pair of neighbouring units of a folded run of two or more units. */
export function pairKeysOf(run: string): number[] {
  const keys: number[] = [];
  for (let i = 1; i < run.length; i++) keys.push(run.charCodeAt(i - 1) * 0x10000 + run.charCodeAt(i));
  return keys;
}
