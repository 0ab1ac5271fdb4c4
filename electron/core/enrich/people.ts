import type { Article } from '../../shared/model';
import type { TextPiece } from './article-text';
import { PairWords } from './pair-masks';
import {
  AFTER_NAME,
  AFTER_VERB,
  COMPOUND_SURNAMES,
  FORMS_OF_ADDRESS,
  GROUP_TITLES,
  HEADLINE_VERBS,
  NOT_A_NAME,
  NOT_IN_GIVEN_NAME,
  ORGANISATION_ENDINGS,
  SINGLE_SURNAMES,
  SPEECH_VERBS,
  TITLES,
  TITLES_AFTER_NAME,
} from './person-words';

const SURNAMES = new Set(SINGLE_SURNAMES);
const HAN = /\p{Script=Han}/u;
const CLAUSE_BREAK = /[，,。；;：:！？!?\s]/u;

export interface PersonEvidence {
  name: string;
  /** How the name was recognised: the title before it (县委书记), or the verb after it (说). */
  cues: string[];
}

/**
 * Names are tried at nearly every position of every story, so what can start one is looked up by
 * character code, before any string is sliced: bit 1 a single surname, bit 2 a compound one's first character.
 */
const SURNAME_START = new Uint8Array(0x10000);
for (const surname of SURNAMES) SURNAME_START[surname.charCodeAt(0)] = 1;
for (const surname of COMPOUND_SURNAMES) SURNAME_START[surname.charCodeAt(0)] = (SURNAME_START[surname.charCodeAt(0)] ?? 0) | 2;

/** Loops rather than array callbacks: these run at most positions of every story, where a closure per call is most of the cost. */
function startsWithOneOf(text: string, at: number, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) if (text.startsWith(words[i] ?? '', at)) return true;
  return false;
}

/** Compound surnames start with common characters (上, 东, 公, 西, 南): they are found by their pair. */
const COMPOUND_SURNAME_PAIRS = new PairWords(8);
for (const surname of COMPOUND_SURNAMES) COMPOUND_SURNAME_PAIRS.add(surname);

function surnameLength(text: string, at: number): number {
  const start = SURNAME_START[text.charCodeAt(at)] ?? 0;
  if (start === 0) return 0;
  if ((start & 2) !== 0 && COMPOUND_SURNAME_PAIRS.longestAt(text, at) >= 0) return 2;
  return start & 1;
}

/** Word lists indexed by the code of their first character: they are tried at most positions of every story. */
const byFirst = new WeakMap<readonly string[], Map<number, string[]>>();

function startsWithAny(text: string, at: number, words: readonly string[]): boolean {
  let index = byFirst.get(words);
  if (!index) {
    index = new Map();
    for (const word of words) index.set(word.charCodeAt(0), [...(index.get(word.charCodeAt(0)) ?? []), word]);
    byFirst.set(words, index);
  }
  const candidates = index.get(text.charCodeAt(at));
  return candidates !== undefined && startsWithOneOf(text, at, candidates);
}

function isBoundary(text: string, at: number): boolean {
  const char = text[at];
  return char === undefined || !HAN.test(char) || startsWithAny(text, at, AFTER_NAME);
}

function plausible(name: string, surname: number): boolean {
  const given = name.slice(surname);
  if (NOT_A_NAME.has(name) || FORMS_OF_ADDRESS.has(given)) return false;
  for (const char of given) if (!HAN.test(char) || NOT_IN_GIVEN_NAME.has(char)) return false;
  return true;
}

/**
 * The name starting at `at`, if one does: surname plus one or two characters. The shorter reading
 * wins when a word that can end a name follows it (张斌介绍); the longer one needs such a word too,
 * unless `lax` (after a title, where a name is expected: 校长欧阳雪茹先进事迹). A longer reading
 * followed by a verb's particle is refused: in 王瑛淋着雨 the 淋 is a verb.
 */
function nameAt(text: string, at: number, endsOk: (end: number) => boolean, lax = false): string | null {
  const surname = surnameLength(text, at);
  if (surname === 0) return null;
  const short = text.slice(at, at + surname + 1);
  const long = text.slice(at, at + surname + 2);
  if (short.length === surname + 1 && plausible(short, surname) && endsOk(at + short.length)) return short;
  const next = at + long.length;
  const verbFollows = AFTER_VERB.has(text[next] ?? '') && !startsWithAny(text, next, AFTER_NAME);
  const longOk = long.length === surname + 2 && plausible(long, surname) && !verbFollows;
  return longOk && (lax || endsOk(next)) ? long : null;
}

interface Found {
  cues: Set<string>;
  /** Read only by the lax rule after a title; dropped if a shorter reading is confirmed elsewhere. */
  weak: boolean;
}

function add(found: Map<string, Found>, name: string, cue: string, weak = false): void {
  const entry = found.get(name) ?? { cues: new Set<string>(), weak };
  entry.cues.add(cue);
  entry.weak &&= weak;
  found.set(name, entry);
}

/**
 * The titles by their first two characters (every title has two or more), longest first: a title
 * can start at most positions' first character (书, 主, 局, 县...), far fewer start with its pair.
 */
const TITLES_BY_PAIR = new PairWords(12);
for (const title of new Set(TITLES)) TITLES_BY_PAIR.add(title);

/** The longest title starting at `at`, if one does. */
function titleAt(text: string, at: number): string | undefined {
  const id = TITLES_BY_PAIR.longestAt(text, at);
  return id < 0 ? undefined : TITLES_BY_PAIR.word(id);
}

/** Names after a title, and the names listed after it: 副主席许建嘉、邵晓凡、杭新江参加. */
function titledNames(text: string, found: Map<string, Found>): void {
  const endsOk = (end: number): boolean => text[end] === '、' || isBoundary(text, end);
  for (let i = 0; i < text.length; i++) {
    const title = titleAt(text, i);
    if (!title) continue;
    let at = i + title.length;
    for (;;) {
      const name = nameAt(text, at, endsOk, !GROUP_TITLES.has(title));
      if (!name) break;
      add(found, name, title, !endsOk(at + name.length));
      at += name.length;
      if (text[at] !== '、') break;
      at += 1;
    }
    i = at - 1;
  }
}

/**
 * 1 for a character after which a speaker's name can start (a clause break or an organisation's
 * last character), 2 for a closing quotation mark. Built from the same rules, so it says exactly
 * what they say, without a regular expression at every surname in the text.
 */
const SPEAKER_AFTER = new Uint8Array(0x10000);
for (let code = 0; code < 0x10000; code++) {
  const char = String.fromCharCode(code);
  if (char === '”' || char === '"' || char === '」') SPEAKER_AFTER[code] = 2;
  else if (CLAUSE_BREAK.test(char) || ORGANISATION_ENDINGS.has(char)) SPEAKER_AFTER[code] = 1;
}

/**
 * Names before a verb of speech, opening a clause, following a quotation or an organisation:
 * “……”陈惠雪说, 海宁市公安局钮震山说. After a quotation a list also ends a name: “全国优秀农民工”车建国、….
 */
function speakingNames(text: string, found: Map<string, Found>): void {
  const speaks = (end: number): boolean => startsWithAny(text, end, SPEECH_VERBS);
  const speaksOrListed = (end: number): boolean => speaks(end) || text[end] === '、' || text[end] === '等';
  for (let i = 0; i < text.length; i++) {
    // A speaker's name follows a clause break, a quotation or an organisation: most positions
    // end here, on one load, before the surname is looked up.
    const before = i === 0 ? 1 : (SPEAKER_AFTER[text.charCodeAt(i - 1)] ?? 0);
    if (before === 0 || surnameLength(text, i) === 0) continue;
    const afterQuote = before === 2;
    const name = nameAt(text, i, afterQuote ? speaksOrListed : speaks);
    if (name) add(found, name, speechVerbAt(text, i + name.length) ?? '引号');
  }
}

/**
 * The verb of speech at `at`, if any. Not a callback in speakingNames' loop: a closure there that
 * reads the loop's index makes the engine allocate the index anew at every position of the text.
 */
function speechVerbAt(text: string, at: number): string | undefined {
  for (const verb of SPEECH_VERBS) if (text.startsWith(verb, at)) return verb;
  return undefined;
}

/** Names written before their title: 习近平总书记, 王明同志. */
function namesBeforeTitle(text: string, found: Map<string, Found>): void {
  for (const title of TITLES_AFTER_NAME) {
    for (let at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + 1)) {
      for (const length of [3, 2]) {
        const start = at - length;
        if (start < 0 || surnameLength(text, start) === 0) continue;
        const name = text.slice(start, at);
        if (plausible(name, surnameLength(text, start))) {
          add(found, name, title);
          break;
        }
      }
    }
  }
}

/** A headline opening with an official's name and what they did: 江海洋赴大云镇调研时强调. */
function headlineName(text: string, found: Map<string, Found>): void {
  const name = nameAt(text, 0, (end) => startsWithAny(text, end, HEADLINE_VERBS));
  if (name) add(found, name, '标题');
}

/**
 * Named people in a story other than its bylines, in order of first appearance, with the cues
 * that found them. Places and organisations are not people: a candidate that is a place name is
 * dropped by `isPlace`.
 */
export function findPeople(
  article: Pick<Article, 'authors'>,
  pieces: readonly TextPiece[],
  isPlace: (word: string) => boolean,
): PersonEvidence[] {
  const found = new Map<string, Found>();
  for (const { zone, text } of pieces) {
    if (zone === 'headline') headlineName(text, found);
    titledNames(text, found);
    namesBeforeTitle(text, found);
    speakingNames(text, found);
  }
  const bylines = new Set(article.authors.map((author) => author.name.replace(/\s+/g, '')));
  const all = pieces.map((piece) => piece.text).join('\n');
  const misread = (name: string, entry: Found): boolean => entry.weak && name.length === 3 && found.has(name.slice(0, 2));
  return [...found.entries()]
    .filter(([name, entry]) => !bylines.has(name) && !isPlace(name) && !misread(name, entry))
    .sort((a, b) => all.indexOf(a[0]) - all.indexOf(b[0]))
    .map(([name, entry]) => ({ name, cues: [...entry.cues] }));
}
