/**
 * Dates of stories. Article.date holds only what the file name or folder says (2024-01-02,
 * 20240102, 2024/01/02/…, or 2024-01 for a month folder): that is the publication date and is
 * certain. What the text suggests is an estimate; it is kept apart, from inferDateFromText, and
 * shown by the "why" panel as inferred, so stored dates never mix the two.
 */

export type DatePrecision = 'year' | 'month' | 'day';

export interface InferredDate {
  /** ISO 8601 at its precision: 2024, 2023-12 or 2023-12-31. */
  value: string;
  precision: DatePrecision;
  inferred: true;
  /** The words it was read from: 2023年12月12日. */
  evidence: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function validDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const NOT_ALNUM_BEFORE = '(?<![0-9A-Za-z])';
const NOT_ALNUM_AFTER = '(?![0-9A-Za-z])';
const FULL_DATE_IN_PATH = new RegExp(`${NOT_ALNUM_BEFORE}((?:19|20)\\d{2})([-_./]?)(\\d{2})\\2(\\d{2})${NOT_ALNUM_AFTER}`, 'g');
const MONTH_IN_PATH = new RegExp(`${NOT_ALNUM_BEFORE}((?:19|20)\\d{2})[-_./](\\d{2})${NOT_ALNUM_AFTER}(?![-_./]\\d)`, 'g');

/** The publication date in a page's file name or folders; the last one in the path wins (the file over its folder). */
export function dateFromSource(source: string): string | null {
  const path = source.replace(/\\/g, '/');
  const days = [...path.matchAll(FULL_DATE_IN_PATH)]
    .map((m) => ({ year: Number(m[1]), month: Number(m[3]), day: Number(m[4]) }))
    .filter(({ year, month, day }) => validDay(year, month, day));
  const day = days.at(-1);
  if (day) return `${day.year}-${pad(day.month)}-${pad(day.day)}`;
  const months = [...path.matchAll(MONTH_IN_PATH)].filter((m) => Number(m[2]) >= 1 && Number(m[2]) <= 12);
  const month = months.at(-1);
  return month ? `${month[1]}-${month[2]}` : null;
}

const DATE_IN_TEXT = /((?:19|20)\d{2})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?/g;

/**
 * An estimate of when a story was written from the dates it prints: the latest full date, else
 * the latest year and month, else the year it names most often. Null when the text names none.
 */
export function inferDateFromText(text: string): InferredDate | null {
  const found = [...text.matchAll(DATE_IN_TEXT)].map((m) => ({ year: Number(m[1]), month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null, evidence: m[0] }));
  const days = found.filter((d) => d.month !== null && d.day !== null && validDay(d.year, d.month, d.day));
  const latest = <T extends { year: number; month: number | null; day: number | null }>(list: T[]): T | undefined =>
    [...list].sort((a, b) => a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0)).at(-1);
  const day = latest(days);
  if (day) return { value: `${day.year}-${pad(day.month ?? 1)}-${pad(day.day ?? 1)}`, precision: 'day', inferred: true, evidence: day.evidence };
  const month = latest(found.filter((d) => d.month !== null && d.month >= 1 && d.month <= 12));
  if (month) return { value: `${month.year}-${pad(month.month ?? 1)}`, precision: 'month', inferred: true, evidence: month.evidence };
  const counts = new Map<number, number>();
  for (const { year } of found) counts.set(year, (counts.get(year) ?? 0) + 1);
  const year = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
  return year === undefined ? null : { value: String(year), precision: 'year', inferred: true, evidence: `${year}年` };
}
