import { wholeYearOf } from './filters';
import type { MessageKey } from './i18n/messages';

/** A story's title for lists and the reader; untitled photo news is named as such. */
export const storyTitle = (s: { title: string; kind: 'article' | 'photo' }, t: (key: MessageKey) => string): string =>
  s.title || t(s.kind === 'photo' ? 'story.untitledPhoto' : 'story.untitled');

type Say = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** A date range as the list's heading names it: a whole year as the year, else both ends or the one that is set; null when open. */
export function dateRangeLabel(range: { dateFrom?: string; dateTo?: string }, t: Say, date: (iso: string) => string): string | null {
  const { dateFrom: from, dateTo: to } = range;
  const year = wholeYearOf(range);
  if (year !== null) return date(year);
  if (from !== undefined && to !== undefined) return t('dates.range', { from: date(from), to: date(to) });
  if (from !== undefined) return t('dates.since', { from: date(from) });
  if (to !== undefined) return t('dates.until', { to: date(to) });
  return null;
}
