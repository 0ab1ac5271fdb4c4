import { parsePage } from '../../../electron/core/parse';
import type { Article, ParsedPage } from '../../../electron/shared/model';

/** A block of a test page; `PICTURE` leaves the gap a printed photo leaves in the text. */
export const PICTURE = '\n\n';

/** Builds page text the way the seeds are laid out: blocks separated by one blank line. */
export function pageText(...blocks: string[]): string {
  return blocks.join('\n\n');
}

export function parse(...blocks: string[]): ParsedPage {
  return parsePage(pageText(...blocks), 'test.txt');
}

export function byTitle(page: ParsedPage, title: string): Article {
  const found = page.articles.find((a) => a.title === title);
  if (!found) throw new Error(`no article titled ${title}; titles: ${page.articles.map((a) => a.title).join(' | ')}`);
  return found;
}

export const names = (article: Article) => article.authors.map((a) => a.name);
