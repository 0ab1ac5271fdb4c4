import { captionStart } from '../electron/shared/citation';
import { wholeMonthOf, wholeYearOf } from './filters';
import type { MessageKey } from './i18n/messages';

type Say = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** A story's title among others (a list, a page), never empty: untitled photo news is named by the start of its caption, as it is cited. */
export function storyTitle(s: { title: string; kind: 'article' | 'photo'; caption: string | null }, t: Say): string {
  if (s.title) return s.title;
  if (s.kind !== 'photo') return t('story.untitled');
  const caption = captionStart(s.caption);
  return caption ? t('story.photoNamed', { caption }) : t('story.untitledPhoto');
}

/** The open story's headline: untitled photo news is headed as photo news, its whole caption right below. */
export const headlineOf = (s: { title: string; kind: 'article' | 'photo' }, t: Say): string => s.title || t(s.kind === 'photo' ? 'list.photo' : 'story.untitled');

/** A date range as the list's heading names it: a whole year or month as such, else both ends or the one that is set; null when open. */
export function dateRangeLabel(range: { dateFrom?: string; dateTo?: string }, t: Say, date: (iso: string) => string): string | null {
  const { dateFrom: from, dateTo: to } = range;
  const whole = wholeYearOf(range) ?? wholeMonthOf(range);
  if (whole !== null) return date(whole);
  if (from !== undefined && to !== undefined) return t('dates.range', { from: date(from), to: date(to) });
  if (from !== undefined) return t('dates.since', { from: date(from) });
  if (to !== undefined) return t('dates.until', { to: date(to) });
  return null;
}
