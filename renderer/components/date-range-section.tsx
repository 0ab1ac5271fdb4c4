import { useMemo } from 'react';
import type { EditionSummary, Facets } from '../../electron/shared/library';
import { monthRange, wholeMonthOf, wholeYearOf, yearRange } from '../filters';
import { useI18n } from '../i18n';

interface Props {
  editions: readonly EditionSummary[];
  /** Stories per year with every other choice applied; null until counted. */
  years: Facets['years'] | null;
  /** Stories per month, counted alike. */
  months: Facets['months'] | null;
  from: string | undefined;
  to: string | undefined;
  onRange: (from: string | undefined, to: string | undefined, changed: 'from' | 'to') => void;
}

/** The years the archive's editions span, oldest first, with its first and last day. */
function archiveSpan(editions: readonly EditionSummary[]) {
  const days = editions.map((e) => e.date).filter((d): d is string => d !== null && /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
  const years = [...new Set(days.map((d) => d.slice(0, 4)))];
  return { years, first: days[0], last: days.at(-1) };
}

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** A year or a month as a button: its name, a bar as long as its share of the most in the list, and its count (null until counted). */
function CountedSpan({ name, count, most, chosen, onChoose }: { name: string; count: number | null; most: number; chosen: boolean; onChoose: () => void }) {
  return (
    <button type="button" className={`year${count === 0 ? ' empty' : ''}`} aria-pressed={chosen} onClick={onChoose}>
      <span className="year-name">{name}</span>
      <span className="year-bar" aria-hidden="true">
        <span style={{ width: `${(100 * (count ?? 0)) / most}%` }} />
      </span>
      {count !== null && <span className="count">{count}</span>}
    </button>
  );
}

/**
 * Stories from one day to another, typed or picked, or a whole year of the archive at a click,
 * and then one of its months. Each year and month shows how many stories it holds with the other
 * choices, as a count and a bar, so a search shows when a subject was written about.
 */
export function DateRangeSection({ editions, years: counted, months: countedMonths, from, to, onRange }: Props) {
  const { t, date, month: monthName } = useI18n();
  const { years, first, last } = useMemo(() => archiveSpan(editions), [editions]);
  const chosenYear = wholeYearOf({ dateFrom: from, dateTo: to });
  const chosenMonth = wholeMonthOf({ dateFrom: from, dateTo: to });
  // The months of the year chosen, or of the month chosen, are shown under it.
  const openYear = chosenYear ?? chosenMonth?.slice(0, 4) ?? null;
  const monthCounts = new Map((countedMonths ?? []).map((m) => [m.month, m.count]));
  const mostInYear = Math.max(1, ...MONTHS.map((n) => monthCounts.get(`${openYear}-${String(n).padStart(2, '0')}`) ?? 0));
  const counts = new Map((counted ?? []).map((y) => [String(y.year), y.count]));
  const most = Math.max(1, ...counts.values());
  // A story may carry a year no edition of the archive is dated in (a reprint, a misdated page).
  const shown = [...new Set([...years, ...counts.keys()])].sort();
  return (
    <section aria-labelledby="sidebar-dates">
      <h2 id="sidebar-dates">{t('dates.heading')}</h2>
      {shown.length > 1 && (
        <ul className="year-list" aria-label={t('dates.years')} role="list">
          {shown.map((year) => (
            <li key={year}>
              <CountedSpan
                name={year}
                count={counted ? (counts.get(year) ?? 0) : null}
                most={most}
                chosen={chosenYear === year}
                onChoose={() => {
                  const { dateFrom, dateTo } = yearRange(year);
                  if (chosenYear === year) onRange(undefined, undefined, 'from');
                  else onRange(dateFrom, dateTo, 'from');
                }}
              />
              {openYear === year && (
                <ul className="month-list" aria-label={t('dates.months', { year: date(year) })} role="list">
                  {MONTHS.map((n) => {
                    const month = `${year}-${String(n).padStart(2, '0')}`;
                    return (
                      <li key={month}>
                        <CountedSpan
                          name={monthName(n)}
                          count={countedMonths ? (monthCounts.get(month) ?? 0) : null}
                          most={mostInYear}
                          chosen={chosenMonth === month}
                          onChoose={() => {
                            const { dateFrom, dateTo } = chosenMonth === month ? yearRange(year) : monthRange(month);
                            onRange(dateFrom, dateTo, 'from');
                          }}
                        />
                      </li>
                    );
                  })}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="date-range">
        <label>
          <span>{t('dates.from')}</span>
          <input type="date" value={from ?? ''} min={first} max={last} onChange={(e) => onRange(e.target.value, to, 'from')} />
        </label>
        <label>
          <span>{t('dates.to')}</span>
          <input type="date" value={to ?? ''} min={first} max={last} onChange={(e) => onRange(from, e.target.value, 'to')} />
        </label>
      </div>
      {(from !== undefined || to !== undefined) && (
        <button type="button" className="facet" onClick={() => onRange(undefined, undefined, 'from')}>
          {t('dates.any')}
        </button>
      )}
    </section>
  );
}
