import type { ParsedPage } from '../shared/model';
import { enrichPage, enrichPageWithoutTopics, type PageWithoutTopics } from './enrich';
import { parsePage } from './parse';

/**
 * The version of what readPage makes of a page. Raise it when parsing or enrichment change their
 * output: an import fingerprints each file together with it (import-files), so the next import of
 * a folder reads its unchanged files again with the better code. 2: 王女士 and 李师傅 are not people.
 */
export const READER_VERSION = 2;

/** The one way a page's text becomes stored data: parse, then enrich. Used by the CLI and import alike. */
export function readPage(text: string, source: string): ParsedPage {
  return enrichPage(parsePage(text, source));
}

/** readPage but for filing the stories under topics, which fileTopics does: an import does that on whichever thread has time. */
export function readPageWithoutTopics(text: string, source: string): PageWithoutTopics {
  return enrichPageWithoutTopics(parsePage(text, source));
}
