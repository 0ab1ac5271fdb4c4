import { fold } from './fold';
import { phraseFor, runsOf } from './tokens';

/**
 * The query language: whitespace separates terms that must all occur, `"…"` keeps a phrase
 * (spaces included) together, a leading `-` excludes a term. Every term is folded like the text
 * and matches as an exact substring of one searchable field.
 */
export interface ParsedQuery {
  include: string[];
  exclude: string[];
}

export function parseQuery(raw: string): ParsedQuery {
  const text = fold(raw);
  const include: string[] = [];
  const exclude: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (/\s/u.test(text.charAt(i))) {
      i++;
      continue;
    }
    let negate = false;
    if (text[i] === '-' && i + 1 < text.length && !/\s/u.test(text.charAt(i + 1))) {
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
      const rest = text.slice(i);
      const m = /^\S+/u.exec(rest);
      term = m ? m[0] : '';
      i += term.length;
    }
    // A phrase keeps single spaces between its runs: the index cannot tell one space from several.
    term = runsOf(term).join(' ');
    if (term.length === 0) continue;
    (negate ? exclude : include).push(term);
  }
  return { include: dedupe(include), exclude: dedupe(exclude) };
}

function dedupe(terms: string[]): string[] {
  return [...new Set(terms)];
}

export function isEmptyQuery(q: ParsedQuery): boolean {
  return q.include.length === 0 && q.exclude.length === 0;
}

/** FTS5 MATCH expression for the terms that must occur (null when there are none). */
export function includeExpression(q: ParsedQuery): string | null {
  return q.include.length ? q.include.map(phraseFor).join(' AND ') : null;
}

/** FTS5 MATCH expression for stories to leave out (null when there are none). */
export function excludeExpression(q: ParsedQuery): string | null {
  return q.exclude.length ? q.exclude.map(phraseFor).join(' OR ') : null;
}

/** True when every included term occurs in one of the folded field texts and no excluded term does. */
export function matchesFolded(q: ParsedQuery, foldedFields: readonly string[]): boolean {
  const has = (term: string) => foldedFields.some((f) => f.includes(term));
  return q.include.every(has) && !q.exclude.some(has);
}
