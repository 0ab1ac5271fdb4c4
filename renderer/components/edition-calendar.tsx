import { memo, useCallback, useMemo, useRef } from 'react';
import type { EditionSummary, PageSummary } from '../../electron/shared/library';
import { daysOfMonth, monthsBetween } from '../calendar';
import { pageNumberOf } from '../../electron/shared/citation';
import { useI18n, type Translator } from '../i18n';

interface Props {
  editions: readonly EditionSummary[];
  pages: readonly PageSummary[];
  selectedEdition: number | null;
  /** The page the page view shows, marked in the list of pages. */
  shownPage: number | null;
  onEdition: (id: number) => void;
  onPage: (pageId: number) => void;
}

/** An edition by its printed name (嘉兴日报 嘉善版); one that printed none by its county, said to be an edition so it is not taken for the place. */
export const editionLabel = (e: Pick<EditionSummary, 'paper' | 'name' | 'county'>, t: Translator['t']): string =>
  e.paper || e.name
    ? t('editions.edition', { paper: e.paper ?? '', name: e.name ?? '' }).trim()
    : e.county
      ? t('editions.countyEdition', { county: e.county })
      : t('editions.unknown');

/** Editions with a full date, grouped by day, and the others. */
function editionsByDay(editions: readonly EditionSummary[]) {
  const dated: EditionSummary[] = [];
  const undated: EditionSummary[] = [];
  const byDay = new Map<string, EditionSummary[]>();
  for (const e of editions) {
    if (e.date && /^\d{4}-\d{2}-\d{2}$/.test(e.date)) {
      dated.push(e);
      const day = byDay.get(e.date);
      if (day) day.push(e);
      else byDay.set(e.date, [e]);
    } else undated.push(e);
  }
  return { dated, undated, byDay };
}

/**
 * Editions by date: a month calendar where days with a paper are buttons and days without one are
 * greyed (the archive's gaps), editions with no date in a list below, and the chosen edition's
 * pages, with page numbers missing from the archive marked.
 */
export function EditionCalendar({ editions, pages, selectedEdition, shownPage, onEdition, onPage }: Props) {
  const { t, date } = useI18n();
  const { dated, undated, byDay } = useMemo(() => editionsByDay(editions), [editions]);
  const selected = editions.find((e) => e.id === selectedEdition) ?? null;
  const editionPages = pages.filter((p) => p.editionId === selectedEdition);
  const numbered = new Map(editionPages.map((p) => [pageNumberOf(p.source), p] as const));
  const highest = Math.max(0, ...[...numbered.keys()].filter((n): n is number => n !== null));
  // The sidebar hands a new function at every render; the month tables keep one that calls the latest.
  const latestOnEdition = useRef(onEdition);
  latestOnEdition.current = onEdition;
  const pickEdition = useCallback((id: number) => latestOnEdition.current(id), []);

  return (
    <div className="editions">
      <Months byDay={byDay} selectedEdition={selectedEdition} onEdition={pickEdition} />
      {dated.length > 0 && selected?.date && (byDay.get(selected.date)?.length ?? 0) > 1 && (
        <EditionList editions={byDay.get(selected.date) ?? []} selectedEdition={selectedEdition} onEdition={onEdition} />
      )}
      {selected && editionPages.length > 0 && (
        <ul className="page-list" aria-label={t('editions.pages', { edition: `${selected.date ? date(selected.date) : ''}${editionLabel(selected, t)}` })}>
          {highest > 0
            ? Array.from({ length: highest }, (_, i) => i + 1).map((n) => {
                const page = numbered.get(n);
                return (
                  <li key={n}>
                    {page ? (
                      <button type="button" aria-current={page.id === shownPage ? 'page' : undefined} onClick={() => onPage(page.id)}>
                        {t('editions.page', { n })}
                      </button>
                    ) : (
                      <span className="page-missing">{t('editions.pageMissing', { n })}</span>
                    )}
                  </li>
                );
              })
            : editionPages.map((p, i) => (
                <li key={p.id}>
                  <button type="button" aria-current={p.id === shownPage ? 'page' : undefined} onClick={() => onPage(p.id)}>
                    {t('editions.pageOf', { n: i + 1 })}
                  </button>
                </li>
              ))}
        </ul>
      )}
      {undated.length > 0 && (
        <>
          <h3 className="subheading">{t('editions.undated')}</h3>
          <EditionList editions={undated} selectedEdition={selectedEdition} onEdition={onEdition} />
        </>
      )}
    </div>
  );
}

/**
 * The month tables of every month the archive covers: thousands of cells in a library of years,
 * so they are drawn again only when the editions or the chosen one change, not with every step
 * through the story list.
 */
interface MonthsProps {
  byDay: ReadonlyMap<string, EditionSummary[]>;
  selectedEdition: number | null;
  onEdition: (id: number) => void;
}

const Months = memo(function Months({ byDay, selectedEdition, onEdition }: MonthsProps) {
  const { t, date, lang } = useI18n();
  const weekdays = lang === 'zh' ? ['一', '二', '三', '四', '五', '六', '日'] : ['M', 'T', 'W', 'T', 'F', 'S', 'S'];
  return (
    <>
      {monthsBetween([...byDay.keys()]).map((month) => (
        <div key={month} className="calendar-month">
          <table className="calendar">
            <caption>{date(month)}</caption>
            <thead>
              <tr>
                {weekdays.map((d, i) => (
                  <th key={i} scope="col" abbr={d}>
                    {d}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {daysOfMonth(month).map((week, w) => (
                <tr key={w}>
                  {week.map((iso, wd) => {
                    if (iso === null) return <td key={wd} />;
                    const day = Number(iso.slice(8));
                    const here = byDay.get(iso);
                    if (!here) {
                      return (
                        <td key={wd} className="no-paper" title={t('editions.missingDay', { date: date(iso) })}>
                          {day}
                        </td>
                      );
                    }
                    const count = here.reduce((n, e) => n + e.stories, 0);
                    const first = here[0] as EditionSummary;
                    return (
                      <td key={wd}>
                        <button
                          type="button"
                          className="day"
                          aria-pressed={here.some((e) => e.id === selectedEdition)}
                          aria-label={t('editions.day', { date: date(iso), count })}
                          onClick={() => onEdition(first.id)}
                        >
                          {day}
                        </button>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </>
  );
});

/** Editions as pickable rows with their story counts: several on one day, or those with no date. */
function EditionList({ editions, selectedEdition, onEdition }: Pick<Props, 'editions' | 'selectedEdition' | 'onEdition'>) {
  const { t } = useI18n();
  return (
    <ul className="facet-list" role="list">
      {editions.map((e) => (
        <li key={e.id}>
          <button type="button" className="facet" aria-pressed={e.id === selectedEdition} onClick={() => onEdition(e.id)}>
            <span className="facet-name">{editionLabel(e, t)}</span>
            <span className="count">{e.stories}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
