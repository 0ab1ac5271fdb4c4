import { citeAs, type CitationFormat } from '../../shared/citation';
import { displayTitle } from './document';
import type { ExportSelection } from './options';
import { resolveSelection, type ExportLibrary, type ResolveRun } from './resolve-selection';

export interface ReferenceList {
  /** One entry per story (a GB/T 7714 reference or an RIS record), in the order an export of the same selection prints them. */
  references: string[];
  /** Entries that have no story to cite any more, for the user. */
  skipped: string[];
}

/**
 * The bibliography of a selection: the stories an export would hold, each as citeAs writes it in
 * the form asked for. Clippings whose story has left the library keep only a remembered title,
 * which is not a reference a reader could follow, so they are skipped and said so.
 */
export async function referencesOf(library: ExportLibrary, selection: ExportSelection, format: CitationFormat = 'gbt7714', run: ResolveRun = {}): Promise<ReferenceList> {
  const { items, skipped } = await resolveSelection(library, selection, run);
  const references: string[] = [];
  for (const item of items) {
    if (!item.article || !item.edition || item.source === null) {
      skipped.push(`"${displayTitle(item)}": the story is no longer in the library`);
      continue;
    }
    references.push(citeAs({ title: displayTitle(item), authors: item.article.authors, edition: item.edition, date: item.date, source: item.source }, format));
  }
  return { references, skipped };
}
