import type { ParsedPage } from '../shared/model';
import { enrichPage } from './enrich';
import { parsePage } from './parse';

/** The one way a page's text becomes stored data: parse, then enrich. Used by the CLI and import alike. */
export function readPage(text: string, source: string): ParsedPage {
  return enrichPage(parsePage(text, source));
}
