import { useMemo } from 'react';
import type { EditionSummary, Facets } from '../../electron/shared/library';
import { wholeYearOf, yearRange } from '../filters';
import { useI18n } from '../i18n';

interface Props {
  editions: readonly EditionSummary[];
  /** Stories per year with every other choice applied; null until counted. */
  years: Facets['years'] | null;
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

/**
 * Stories from one day to another, typed or picked, or a whole year of the archive at a click.
 * Each year shows how many stories it holds with the other choices, as a count and a bar, so a
 * search shows when a subject was written about.
 */
export function DateRangeSection({ editions, years: counted, from, to, onRange }: Props) {
  const { t } = useI18n();
  const { years, first, last } = useMemo(() => archiveSpan(editions), [editions]);
  const chosenYear = wholeYearOf({ dateFrom: from, dateTo: to });
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
              <button
                type="button"
                className={`year${counted && !counts.get(year) ? ' empty' : ''}`}
                aria-pressed={chosenYear === year}
                onClick={() => {
                  const { dateFrom, dateTo } = yearRange(year);
                  if (chosenYear === year) onRange(undefined, undefined, 'from');
                  else onRange(dateFrom, dateTo, 'from');
                }}
              >
                <span className="year-name">{year}</span>
                <span className="year-bar" aria-hidden="true">
                  <span style={{ width: `${(100 * (counts.get(year) ?? 0)) / most}%` }} />
                </span>
                {counted && <span className="count">{counts.get(year) ?? 0}</span>}
              </button>
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
