import { fold } from './fold';
import { runsOf } from './tokens';

/**
 * The query language: whitespace separates terms that must all occur, `"…"` keeps a phrase
 * (spaces included) together, a leading `-` excludes a term, and `OR` (or `|`) between terms
 * makes either do (`新冠 OR 疫情 防控`: 防控 and one of the other two). Every term is folded like
 * the text and matches as an exact substring of one searchable field.
 */
export interface ParsedQuery {
  /** Terms that must all occur. */
  include: string[];
  /** Groups of terms of which one must occur, each of two or more. */
  anyOf: string[][];
  exclude: string[];
}

/**
 * Stands for an `OR` typed between terms. The word is recognised before folding, which lower-cases
 * it, so that only the upper-case word is the operator; a private-use character survives folding.
 */
const OR_MARK = '\uE000';
const OR_WORD = /(?<=^|\s)OR(?=\s|$)/gu;

type Token = { kind: 'term'; text: string; negate: boolean } | { kind: 'or' };

export function parseQuery(raw: string): ParsedQuery {
  const include: string[] = [];
  const anyOf: string[][] = [];
  const exclude: string[] = [];
  // Each group of alternatives joined by OR, built while reading left to right.
  let group: string[] = [];
  let pendingOr = false;
  const closeGroup = () => {
    if (group.length === 1) include.push(...group);
    else if (group.length > 1) anyOf.push(dedupe(group));
    group = [];
  };
  for (const token of tokens(fold(raw.replace(OR_WORD, OR_MARK)))) {
    if (token.kind === 'or') {
      pendingOr = group.length > 0;
      continue;
    }
    if (token.negate) {
      exclude.push(token.text);
      pendingOr = false;
      continue;
    }
    if (!pendingOr) closeGroup();
    group.push(token.text);
    pendingOr = false;
  }
  closeGroup();
  return { include: dedupe(include), anyOf: dedupeGroups(anyOf), exclude: dedupe(exclude) };
}

/** The query's terms and OR marks, in order; `|` between or inside unquoted terms is an OR too. */
function* tokens(text: string): Generator<Token> {
  let i = 0;
  while (i < text.length) {
    const c = text.charAt(i);
    if (/\s/u.test(c)) {
      i++;
      continue;
    }
    if (c === OR_MARK || c === '|') {
      i++;
      yield { kind: 'or' };
      continue;
    }
    let negate = false;
    if (c === '-' && i + 1 < text.length && !/\s/u.test(text.charAt(i + 1))) {
      negate = true;
      i++;
    }
    let term: string;
    if (text[i] === '"') {
      const close = text.indexOf('"', i + 1);
      const end = close === -1 ? text.length : close;
      term = text.slice(i + 1, end).trim();
      i = end + 1;
    } else {
      term = /^[^\s|\uE000]*/u.exec(text.slice(i))?.[0] ?? '';
      i += term.length;
    }
    // A phrase keeps single spaces between its runs: the index cannot tell one space from several.
    term = runsOf(term).join(' ');
    if (term.length > 0) yield { kind: 'term', text: term, negate };
  }
}

function dedupe(terms: string[]): string[] {
  return [...new Set(terms)];
}

function dedupeGroups(groups: string[][]): string[][] {
  const seen = new Set<string>();
  return groups.filter((g) => {
    const key = JSON.stringify(g);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function isEmptyQuery(q: ParsedQuery): boolean {
  return q.include.length === 0 && q.anyOf.length === 0 && q.exclude.length === 0;
}

/** Every term the query looks for (not the excluded ones): what highlights mark. */
export function wantedTerms(q: ParsedQuery): string[] {
  return dedupe([...q.include, ...q.anyOf.flat()]);
}

/** True when every included term and one term of each OR group occurs in one of the folded field texts, and no excluded term does. */
export function matchesFolded(q: ParsedQuery, foldedFields: readonly string[]): boolean {
  const has = (term: string) => foldedFields.some((f) => f.includes(term));
  return q.include.every(has) && q.anyOf.every((g) => g.some(has)) && !q.exclude.some(has);
}
