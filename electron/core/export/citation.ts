import type { ExportItem } from './document';

const PAGE_IN_NAME = /第\s*0*(\d{1,3})\s*版|(?:^|[^\d])0*(\d{1,3})版/;

const baseName = (path: string): string => path.replace(/\\/g, '/').split('/').filter(Boolean).at(-1) ?? path;

/**
 * The page (版) of the paper a story was printed on, when its file name says so (第3版, 03版).
 * The page texts carry no page number the importer keeps, so the file name is the only witness.
 */
export function pageNumberOf(source: string | null): number | null {
  if (!source) return null;
  const m = PAGE_IN_NAME.exec(baseName(source));
  const digits = m?.[1] ?? m?.[2];
  return digits === undefined ? null : Number(digits);
}

/**
 * How a reader cites the story: 《嘉兴日报》嘉善版 2023-12-29 第3版. When the date or the page is
 * unknown, the source file is named so the citation still leads back to the original.
 */
export function citationOf(item: ExportItem): string {
  if (!item.article && !item.source) return '原报道已不在资料库中';
  const parts: string[] = [];
  const paper = item.edition?.paper;
  if (paper) parts.push(`《${paper}》${item.edition?.name ?? ''}`);
  else if (item.edition?.name) parts.push(item.edition.name);
  if (item.date) parts.push(item.date);
  const page = pageNumberOf(item.source);
  if (page !== null) parts.push(`第${page}版`);
  const cited = parts.join(' ');
  if (item.date && page !== null) return cited;
  const file = item.source ? `来源文件 ${baseName(item.source)}` : '';
  return [cited, file].filter(Boolean).join(' · ');
}
