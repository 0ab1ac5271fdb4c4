import { useState } from 'react';
import type { Facets } from '../../electron/shared/library';
import { useI18n } from '../i18n';

/** People listed before "more": enough to see who a subject is about without pushing the dates out of sight. */
const FIRST_SHOWN = 10;

interface Props {
  /** The people named most by the list's stories (counted without the person chosen); null until counted. */
  people: Facets['people'] | null;
  selected: string | null;
  onSelect: (name: string) => void;
}

/** Who the stories name: picking a person keeps the stories that name them, with every other choice. */
export function PeopleSection({ people, selected, onSelect }: Props) {
  const { t } = useI18n();
  const [expanded, setExpanded] = useState(false);
  const counted = people ?? [];
  const shown = expanded ? counted : counted.slice(0, FIRST_SHOWN);
  // A person picked from a story may be named too rarely to be among those counted; the choice stays in sight.
  const listed = selected !== null && !shown.some((p) => p.name === selected) ? [{ name: selected, count: null }, ...shown] : shown;
  return (
    <section aria-labelledby="sidebar-people">
      <h2 id="sidebar-people">{t('sidebar.people')}</h2>
      {people !== null && listed.length === 0 ? (
        <p className="empty-note">{t('sidebar.noPeople')}</p>
      ) : (
        <ul className="facet-list" role="list">
          {listed.map((p) => (
            <li key={p.name}>
              <button type="button" className="facet" aria-pressed={selected === p.name} onClick={() => onSelect(p.name)}>
                <span className="facet-name">{p.name}</span>
                {p.count !== null && <span className="count">{p.count}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      {counted.length > FIRST_SHOWN && (
        <button type="button" className="facet-more" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? t('sidebar.fewerPeople') : t('sidebar.morePeople', { n: counted.length - FIRST_SHOWN })}
        </button>
      )}
    </section>
  );
}
