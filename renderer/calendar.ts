const pad = (n: number) => String(n).padStart(2, '0');

/** Every month from the first dated edition to the last, so gaps in the archive show. */
export function monthsBetween(dates: readonly string[]): string[] {
  const sorted = [...dates].sort();
  const first = sorted[0];
  const last = sorted.at(-1);
  if (!first || !last) return [];
  const months: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  const [ly, lm] = last.split('-').map(Number) as [number, number];
  while ((y < ly || (y === ly && m <= lm)) && months.length < 240) {
    months.push(`${y}-${pad(m)}`);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return months.reverse();
}

/**
 * A month as weeks starting on Monday, as Chinese calendars print them: each cell the ISO date of
 * a day of the month, or null before the first and after the last.
 */
export function daysOfMonth(month: string): (string | null)[][] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const lead = (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7;
  return Array.from({ length: Math.ceil((lead + days) / 7) }, (_, week) =>
    Array.from({ length: 7 }, (_, weekday) => {
      const day = week * 7 + weekday - lead + 1;
      return day >= 1 && day <= days ? `${month}-${pad(day)}` : null;
    }),
  );
}
