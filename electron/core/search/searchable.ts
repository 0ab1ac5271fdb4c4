import type { Article } from '../../shared/model';
import { fold } from './fold';
import { indexTokensOfValues } from './tokens';

/**
 * What search covers, by FTS column: headline fields, body, caption, byline names. Each value is
 * searched on its own (a term never spans two paragraphs or two fields), which is why the index
 * joins them with newlines.
 */
export interface SearchableFields {
  head: string[];
  body: string[];
  caption: string[];
  byline: string[];
}

/**
 * The full-text index's columns, in the order of the table (migration 5). The body comes first:
 * FTS5 marks a token's positions in any column but the first with two more bytes, and nearly
 * every token of a story occurs in its body alone. With the headline first, those bytes were
 * about 30 % of the index.
 */
export const FTS_COLUMNS = ['body', 'head', 'caption', 'byline'] as const;

/** What searchableFields reads of an article. */
export type SearchableArticle = Pick<Article, 'section' | 'kicker' | 'title' | 'subtitle' | 'paragraphs' | 'caption' | 'authors'>;

export function searchableFields(a: SearchableArticle): SearchableFields {
  const present = (xs: (string | null)[]) => xs.filter((x): x is string => x !== null && x.length > 0);
  return {
    head: present([a.section, a.kicker, a.title, a.subtitle]),
    body: a.paragraphs.filter((p) => p.length > 0),
    caption: present([a.caption]),
    byline: a.authors.map((au) => au.name).filter((n) => n.length > 0),
  };
}

/** The statement that adds a story's row (rowid, then `columns`) to the full-text index. */
export function insertIndexRowSql(columns: readonly (keyof SearchableFields)[] = FTS_COLUMNS): string {
  return `INSERT INTO story_fts (rowid, ${columns.join(', ')}) VALUES (?, ${columns.map(() => '?').join(', ')})`;
}

/** A story's row of the full-text index: each column's values as index tokens, in the columns' order. */
export function indexRowOf(a: SearchableArticle, columns: readonly (keyof SearchableFields)[] = FTS_COLUMNS): string[] {
  const f = searchableFields(a);
  return columns.map((column) => indexTokensOfValues(f[column]));
}

/** All searchable values of an article, folded: what a brute-force scan compares terms against. */
export function foldedSearchText(a: Article): string[] {
  const f = searchableFields(a);
  return [...f.head, ...f.body, ...f.caption, ...f.byline].map(fold);
}
