import { baseName, pageNumberOf } from '../../shared/citation';
import type { ExportItem } from './document';

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
