/**
 * Dates are ISO days or months (DESIGN.md §4). For sorting and range filters they become integers
 * YYYYMMDD, a month counting as day 00, so `2024-01` sorts before `2024-01-01`; 0 means unknown.
 */
export function dateKey(date: string | null): number {
  if (!date) return 0;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date);
  if (!m) return 0;
  return Number(m[1]) * 10000 + Number(m[2] ?? 0) * 100 + Number(m[3] ?? 0);
}

/** Inclusive upper bound of a range ending at `date`: the whole month or year when only those are given. */
export function dateKeyUpTo(date: string): number {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return 0;
  return Number(m[1]) * 10000 + (m[2] ? Number(m[2]) : 99) * 100 + (m[3] ? Number(m[3]) : 99);
}

export const ISO_DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** A date key as a count of days, months taken as 31 days long: near enough to tell which of two dates is closer to a third. */
export const dayNumber = (key: number): number => Math.floor(key / 10000) * 372 + (Math.floor(key / 100) % 100) * 31 + (key % 100);
