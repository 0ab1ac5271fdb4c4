import type { Author } from '../../shared/model';
import { looksLikePersonName } from './surnames';

/**
 * Bylines and photo credits. Printed bylines pad two-character names to the width of three
 * (`周 奕` is 周奕), so single characters are paired back into names; three-character names are
 * never glued to a neighbour.
 */

const MARKER = /^[■□●◆▲◇△]\s*/;
/** Role words, simplified and traditional (pages from Hong Kong or Taiwan archives use the latter). */
const STAFF = '(?:本报|本報|本刊)?(?:全媒体|全媒體|融媒体|融媒體|特约|特約|见习|見習|实习|實習|首席)?(?:记者|記者|通讯员|通訊員)';
const ROLE = new RegExp(`^(?:${STAFF}|摄影|攝影|摄像|攝像|摄|攝|文|图|圖|文\\/图|图\\/文|编辑|編輯|实习生|實習生|撰稿|整理|编译|編譯)$`);
const ROLE_PREFIX = new RegExp(`^(${STAFF}|摄影|攝影)(\\p{Script=Han}{2,3})$`, 'u');
/** Roles that are complete bylines by themselves: the paper's unnamed staff. */
const ANONYMOUS = /^(?:本报|本報|本刊)(?:全媒体|全媒體|融媒体|融媒體|特约|特約|见习|見習)?(?:记者|記者|通讯员|通訊員)$/;

export function hasMarker(line: string): boolean {
  return MARKER.test(line);
}

function isRole(token: string): boolean {
  return ROLE.test(token);
}

/** The line's first word, between spaces. */
function firstWord(line: string): string {
  let start = 0;
  while (line.charCodeAt(start) === 32) start++;
  const end = line.indexOf(' ', start);
  return line.slice(start, end < 0 ? line.length : end);
}

/** The first of a line's tokens (see splitTokens), without splitting the rest: most lines asked about are no byline. */
function firstToken(line: string): string {
  const word = firstWord(line.replace(MARKER, ''));
  const glued = ROLE_PREFIX.exec(word);
  return glued && glued[1] && glued[2] ? glued[1] : word;
}

function splitTokens(line: string): string[] {
  return line.replace(MARKER, '').split(' ').filter(Boolean).flatMap((token) => {
    const glued = ROLE_PREFIX.exec(token);
    return glued && glued[1] && glued[2] ? [glued[1], glued[2]] : [token];
  });
}

/** Pairs the padded single characters of one role's names: 周 奕 胡凌霄 徐 寻 → 周奕 胡凌霄 徐寻. */
function joinPaddedNames(tokens: string[]): string[] {
  const names: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    const next = tokens[i + 1];
    if (token.length === 1 && next !== undefined && next.length === 1) {
      names.push(token + next);
      i++;
    } else {
      names.push(token);
    }
  }
  return names;
}

function authorsOf(tokens: string[]): Author[] {
  const authors: Author[] = [];
  let role: string | null = null;
  let names: string[] = [];
  const flush = () => {
    if (role !== null && names.length === 0 && ANONYMOUS.test(role)) authors.push({ name: role, role: null });
    for (const name of joinPaddedNames(names)) authors.push({ name, role });
    names = [];
  };
  for (const token of tokens) {
    if (isRole(token)) {
      flush();
      role = token;
    } else {
      names.push(token);
    }
  }
  flush();
  return authors;
}

/**
 * A byline block: `■全媒体记者 周 奕 胡凌霄 徐 寻`, `■记者 华婷婷 通讯员 纪亚千`, `■本报通讯员`,
 * `■摄影 王强`, with later lines (`通讯员 沈跃军`) continuing the first. Null when it is not one.
 */
export function parseByline(lines: string[]): Author[] | null {
  const [first] = lines;
  if (first === undefined || !hasMarker(first)) return null;
  if (!lines.every((line) => isRole(firstToken(line)))) return null;
  return authorsOf(lines.flatMap(splitTokens));
}

/** A line that starts with a role but no ■, continuing a byline (`通讯员 沈跃军`). */
export function continuesByline(line: string): boolean {
  return !hasMarker(line) && isRole(firstToken(line));
}

const SLASH_CREDIT = /^(\p{Script=Han}{2,4})\/([文图圖摄攝]|摄影|攝影)$/u;
const CREDIT_TAIL = /\s((?:\p{Script=Han}{2,4}\/(?:[文图圖摄攝]|摄影|攝影)\s?)+|(?:\p{Script=Han}{2,4}\s)+[摄攝])$/u;

/** The longest word of a credit: a name of four characters and its role (`欧阳明月/摄影`). */
const LONGEST_CREDIT_WORD = 7;

/** A photo credit line: `徐佳雯 摄`, `陆佳妍/文 胡萍/摄`. Null when it is not one. */
export function parseCredit(line: string): Author[] | null {
  // Asked of every one-line block, paragraphs included: a first word too long for a credit ends it early.
  if (firstWord(line).length > LONGEST_CREDIT_WORD) return null;
  const tokens = line.split(' ').filter(Boolean);
  if (tokens.length === 0) return null;
  const last = tokens.at(-1);
  if ((last === '摄' || last === '攝') && tokens.length >= 2) {
    const names = joinPaddedNames(tokens.slice(0, -1));
    return names.every((n) => /^\p{Script=Han}{2,4}$/u.test(n)) ? names.map((name) => ({ name, role: last })) : null;
  }
  const authors: Author[] = [];
  for (const token of tokens) {
    const credit = SLASH_CREDIT.exec(token);
    if (!credit || !credit[1] || !credit[2]) return null;
    authors.push({ name: credit[1], role: credit[2] });
  }
  return authors;
}

/** Splits a credit printed at the end of a caption: `…听取村民意见。 陆佳妍/文 胡萍/摄`. */
export function splitTrailingCredit(text: string): { text: string; authors: Author[] } | null {
  const tail = CREDIT_TAIL.exec(text);
  if (!tail || tail[1] === undefined) return null;
  const authors = parseCredit(tail[1].trim());
  return authors ? { text: text.slice(0, tail.index).trimEnd(), authors } : null;
}

/** A line of bare personal names under a headline or a photo: `徐卉婷 吴颖娟`, `孙佳`. */
export function parseNamesLine(line: string): Author[] | null {
  const tokens = line.split(' ').filter(Boolean);
  if (tokens.length === 0 || tokens.length > 4) return null;
  const names = joinPaddedNames(tokens);
  if (!names.every(looksLikePersonName)) return null;
  return names.map((name) => ({ name, role: null }));
}
