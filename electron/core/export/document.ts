import { citedTitle, UNTITLED } from '../../shared/citation';
import type { Clipping } from '../../shared/library';
import type { Article, Edition } from '../../shared/model';

/** One entry of an exported book: a story, or the passages clipped from it. */
export interface ExportItem {
  /** Anchor of the entry in the HTML (`s1`, `s2`…); the PDF's named destinations carry it too. */
  anchor: string;
  /** null when only clippings of a story that has left the library remain. */
  storyId: number | null;
  /** The story as stored; null when it has left the library. */
  article: Article | null;
  edition: Edition | null;
  source: string | null;
  /** Publication date (the story's, else its edition's), ISO. */
  date: string | null;
  /** The story's clippings, in reading order. */
  clippings: Clipping[];
  /** Show only the clipped passages, not the full text. */
  passagesOnly: boolean;
  /** Title as clippings remember it, for stories that left the library. */
  rememberedTitle: string;
}

export interface ExportDocument {
  title: string;
  /** YYYY-MM-DD */
  exportedOn: string;
  items: ExportItem[];
}

/** The title shown in the table of contents, the outline and the headline: never empty. */
export function displayTitle(item: ExportItem): string {
  if (item.article) return citedTitle(item.article);
  return item.rememberedTitle.trim() || UNTITLED;
}

/** Earliest and latest known publication dates of the entries, or null when none is known. */
export function dateRange(items: readonly ExportItem[]): { from: string; to: string } | null {
  const dates = items.map((i) => i.date).filter((d): d is string => d !== null).sort();
  const from = dates[0];
  const to = dates.at(-1);
  return from !== undefined && to !== undefined ? { from, to } : null;
}
