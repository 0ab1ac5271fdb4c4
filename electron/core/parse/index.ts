import type { ParsedPage } from '../../shared/model';

/** Turns one printed page's raw text into its stories (DESIGN.md §3–4). */
export function parsePage(text: string, source: string): ParsedPage {
  return { source, edition: { paper: null, name: null, county: null, date: null }, articles: [], unplaced: text.trim() ? [text.trim()] : [] };
}
