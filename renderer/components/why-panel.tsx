import type { ApiOutput } from '../../electron/shared/api';
import { getApi } from '../api';
import { useAsync } from '../hooks/use-async';
import { useI18n } from '../i18n';

type Explanation = NonNullable<ApiOutput<'explainStory'>>;

/** Why the story is filed under its places and topics: the words that were found, and how often. */
export function WhyPanel({ storyId, filedUnder }: { storyId: number; filedUnder: readonly string[] }) {
  const { t, topic, date } = useI18n();
  const why = useAsync(() => getApi().explainStory({ id: storyId }), [storyId]);
  const data: Explanation | null = why.data;
  const list = (items: string[]) => (items.length ? items.join('、') : t('why.none'));
  return (
    <aside className="why-panel" aria-labelledby="why-heading" aria-busy={why.loading}>
      <h2 id="why-heading">{t('why.heading')}</h2>
      {why.error && (
        <p className="error" role="alert">
          {why.error}
        </p>
      )}
      {data && (
        <dl>
          <dt>{t('why.places')}</dt>
          {data.places.length === 0 && <dd>{t('why.none')}</dd>}
          {data.places.map((p) => (
            <dd key={p.name}>
              <strong>{p.name}</strong> ×{p.count}
              <span className="evidence">{t('why.mentions', { list: list(p.mentions.map((m) => `${m.text} ×${m.count}`)) })}</span>
            </dd>
          ))}
          <dt>{t('why.topics')}</dt>
          {data.topics.map((tp) => (
            <dd key={tp.id}>
              <strong>{topic(tp.id)}</strong>
              {filedUnder.includes(tp.id) && <span className="filed"> {t('why.filed')}</span>} <span className="score">{t('why.score', { score: Math.round(tp.score * 10) / 10 })}</span>
              {tp.rule && <span className="evidence">{tp.rule}</span>}
              <span className="evidence">{t('why.terms', { list: list(tp.terms.slice(0, 8).map((term) => `${term.term} ×${term.count}`)) })}</span>
            </dd>
          ))}
          {data.people.length > 0 && (
            <>
              <dt>{t('why.people')}</dt>
              <dd>{list(data.people.map((p) => (p.cues.length ? `${p.name}(${p.cues.join('、')})` : p.name)))}</dd>
            </>
          )}
          <dt>{t('why.date')}</dt>
          <dd>
            {!data.date
              ? t('why.none')
              : 'inferred' in data.date
                ? t('why.dateInferred', { value: date(data.date.value), evidence: data.date.evidence })
                : t('why.dateFile', { value: date(data.date.value) })}
          </dd>
        </dl>
      )}
    </aside>
  );
}
