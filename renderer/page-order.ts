import { pageNumberOf } from '../electron/shared/citation';

interface Page {
  id: number;
  source: string;
}

/** An edition's pages in print order: by the number in the file name, pages without one after, by name. */
export function inPrintOrder<P extends Page>(pages: readonly P[]): P[] {
  const rank = (p: P) => pageNumberOf(p.source) ?? Number.POSITIVE_INFINITY;
  return [...pages].sort((a, b) => rank(a) - rank(b) || a.source.localeCompare(b.source));
}

/** The pages before and after `pageId` in print order, skipping numbers the archive lacks (第1版, 第3版: 第2版 is missing). */
export function neighbourPages<P extends Page>(pages: readonly P[], pageId: number): { previous: P | null; next: P | null } {
  const ordered = inPrintOrder(pages);
  const at = ordered.findIndex((p) => p.id === pageId);
  if (at < 0) return { previous: null, next: null };
  return { previous: ordered[at - 1] ?? null, next: ordered[at + 1] ?? null };
}
