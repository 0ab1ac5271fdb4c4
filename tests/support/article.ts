import { EMPTY_REGION, type Article } from '../../electron/shared/model';

/** An article with every field empty but the ones a test sets. */
export function blankArticle(fields: Partial<Article> = {}): Article {
  return {
    kind: 'article',
    section: null,
    kicker: null,
    title: '',
    subtitle: null,
    authors: [],
    paragraphs: [],
    subheads: [],
    caption: null,
    incomplete: { start: false, end: false },
    region: { ...EMPTY_REGION },
    places: [],
    topics: [],
    people: [],
    date: null,
    ...fields,
  };
}
