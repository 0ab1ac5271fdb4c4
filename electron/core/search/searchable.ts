import type { Article } from '../../shared/model';
import { fold } from './fold';

/**
 * What search covers, by column of the index (tokens.ts): headline fields, body, caption, byline
 * names. Each value is searched on its own: a term never spans two paragraphs or two fields.
 */
export interface SearchableFields {
  head: string[];
  body: string[];
  caption: string[];
  byline: string[];
}

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

/** All searchable values of an article, folded: what a brute-force scan compares terms against. */
export function foldedSearchText(a: Article): string[] {
  const f = searchableFields(a);
  return [...f.head, ...f.body, ...f.caption, ...f.byline].map(fold);
}
