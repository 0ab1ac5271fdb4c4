import type { LastView } from '../electron/shared/api';
import { choicesKey } from '../electron/shared/library';

/**
 * What the story list shows: the sidebar's choices, which combine (a place and a topic and an
 * edition…), plus the search box. Each choice is one of the library's filters; the last view
 * keeps them all, so its schema says which they are.
 */
export type Scope = LastView['scope'];

export const EVERYTHING: Scope = {};

/** Picking the choice already made takes it back; picking another of the same kind replaces it. */
export function toggle<K extends keyof Scope>(scope: Scope, key: K, value: Scope[K]): Scope {
  return scope[key] === value ? without(scope, key) : { ...scope, [key]: value };
}

/** The scope without some of its choices: a facet's counts show what picking another value would give. */
export function without(scope: Scope, ...keys: readonly (keyof Scope)[]): Scope {
  return Object.fromEntries(Object.entries(scope).filter(([k]) => !keys.includes(k as keyof Scope))) as Scope;
}

export const isEverything = (scope: Scope): boolean => Object.keys(scope).length === 0;

/** Whether two scopes make the same choices, whatever order their keys came in. */
export const sameChoices = (a: Scope, b: Scope): boolean => choicesKey(a) === choicesKey(b);

/** The range of days that is the whole of `year`. */
export const yearRange = (year: string): { dateFrom: string; dateTo: string } => ({ dateFrom: `${year}-01-01`, dateTo: `${year}-12-31` });

/** The range of days that is the whole of `month` (YYYY-MM). */
export function monthRange(month: string): { dateFrom: string; dateTo: string } {
  const [year, m] = month.split('-').map(Number);
  const lastDay = new Date(Date.UTC(year ?? 0, m ?? 1, 0)).getUTCDate();
  return { dateFrom: `${month}-01`, dateTo: `${month}-${String(lastDay).padStart(2, '0')}` };
}

/** The month (YYYY-MM) a range of days covers exactly, or null when it is not one whole month. */
export function wholeMonthOf({ dateFrom, dateTo }: Pick<Scope, 'dateFrom' | 'dateTo'>): string | null {
  const month = dateFrom?.slice(0, 7) ?? '';
  if (!/^\d{4}-\d{2}$/.test(month)) return null;
  const whole = monthRange(month);
  return dateFrom === whole.dateFrom && dateTo === whole.dateTo ? month : null;
}

/** The year a range of days covers exactly, or null when it is not one whole year. */
export function wholeYearOf({ dateFrom, dateTo }: Pick<Scope, 'dateFrom' | 'dateTo'>): string | null {
  const year = dateFrom?.slice(0, 4) ?? '';
  const whole = yearRange(year);
  return dateFrom === whole.dateFrom && dateTo === whole.dateTo ? year : null;
}

/** The scope with no range of dates. */
const withoutDates = (scope: Scope): Scope => without(scope, 'dateFrom', 'dateTo');

/** The sidebar's counted facets, each with the choices it leaves out when counting. */
const FACET_CHOICES = { regions: ['region'], topics: ['topic'], years: ['dateFrom', 'dateTo'], months: ['dateFrom', 'dateTo'], people: ['person'] } as const satisfies Record<string, readonly (keyof Scope)[]>;
export type FacetKind = keyof typeof FACET_CHOICES;
export const FACET_KINDS = Object.keys(FACET_CHOICES) as FacetKind[];

/**
 * What each facet counts: everything chosen but its own choice, so its counts say what picking
 * another of its values would give. Facets whose scopes are the same share one request (`requests`).
 */
export function facetScopes(scope: Scope): { scopeOf: Record<FacetKind, string>; requests: Scope[] } {
  const scopeOf = Object.fromEntries(
    FACET_KINDS.map((kind) => [kind, JSON.stringify(without(scope, ...FACET_CHOICES[kind]))]),
  ) as Record<FacetKind, string>;
  return { scopeOf, requests: [...new Set(Object.values(scopeOf))].map((json) => JSON.parse(json) as Scope) };
}

/**
 * The scope limited to stories dated from `from` to `to` (ISO days, both kept in the range; either
 * may be left open). A bound set past the other one moves the other along, so the range is never
 * empty by mistake.
 */
export function withDates(scope: Scope, from: string | undefined, to: string | undefined, changed: 'from' | 'to'): Scope {
  let [lo, hi] = [from || undefined, to || undefined];
  if (lo !== undefined && hi !== undefined && lo > hi) {
    if (changed === 'from') hi = lo;
    else lo = hi;
  }
  return { ...withoutDates(scope), ...(lo !== undefined ? { dateFrom: lo } : {}), ...(hi !== undefined ? { dateTo: hi } : {}) };
}
