import type { MessageKey } from './i18n/messages';

/** A story's title for lists and the reader; untitled photo news is named as such. */
export const storyTitle = (s: { title: string; kind: 'article' | 'photo' }, t: (key: MessageKey) => string): string =>
  s.title || t(s.kind === 'photo' ? 'story.untitledPhoto' : 'story.untitled');

/** The printed page number in a page file's name: 嘉善版第3版.txt → 3. */
export function pageNumber(source: string): number | null {
  const match = /第\s*(\d+)\s*版/.exec(source.split(/[\\/]/).at(-1) ?? '');
  return match ? Number(match[1]) : null;
}

/** The file name of a page's source path. */
export const fileName = (source: string): string => source.split(/[\\/]/).at(-1) ?? source;

type Say = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** A date range as the list's heading names it: a whole year as the year, else both ends or the one that is set; null when open. */
export function dateRangeLabel(range: { dateFrom?: string; dateTo?: string }, t: Say, date: (iso: string) => string): string | null {
  const { dateFrom: from, dateTo: to } = range;
  const year = from?.slice(0, 4);
  if (from === `${year}-01-01` && to === `${year}-12-31`) return date(year ?? '');
  if (from !== undefined && to !== undefined) return t('dates.range', { from: date(from), to: date(to) });
  if (from !== undefined) return t('dates.since', { from: date(from) });
  if (to !== undefined) return t('dates.until', { to: date(to) });
  return null;
}
