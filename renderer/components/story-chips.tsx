import type { Region } from '../../electron/shared/model';
import type { TopicId } from '../../electron/shared/topics';
import { useI18n } from '../i18n';

/** The most specific place name of a region: 西塘镇 rather than 嘉善县. */
export const placeName = (r: Region): string | null => r.village ?? r.town ?? r.county ?? r.city ?? r.province;

/** A story's place and topics as small labels. */
export function StoryChips({ region, topics }: { region: Region; topics: readonly TopicId[] }) {
  const { t, topic } = useI18n();
  const place = placeName(region);
  return (
    <ul className="chips" aria-label={t('list.chips')}>
      {place && <li className="chip chip-place">{place}</li>}
      {topics.map((id) => (
        <li key={id} className="chip chip-topic">
          {topic(id)}
        </li>
      ))}
    </ul>
  );
}

/** A story's own choices in the sidebar's terms: its place, a topic, a person it names. */
export type StoryFact = { key: 'region'; value: string } | { key: 'topic'; value: TopicId } | { key: 'person'; value: string };

/** Under the open story's headline: its place, topics and the people it names, each a way to the stories that share it. */
export function StoryFacts({ region, topics, people, onPick }: { region: Region; topics: readonly TopicId[]; people: readonly string[]; onPick: (fact: StoryFact) => void }) {
  const { t, topic } = useI18n();
  const place = placeName(region);
  const facts: (StoryFact & { label: string; className: string })[] = [
    ...(place ? [{ key: 'region' as const, value: place, label: place, className: 'chip-place' }] : []),
    ...topics.map((id) => ({ key: 'topic' as const, value: id, label: topic(id), className: 'chip-topic' })),
    ...people.map((name) => ({ key: 'person' as const, value: name, label: name, className: 'chip-person' })),
  ];
  return (
    <ul className="chips story-facts" aria-label={t('reader.facts')}>
      {facts.map(({ label, className, ...fact }) => (
        <li key={`${fact.key}:${fact.value}`}>
          <button type="button" className={`chip ${className}`} title={t('reader.factPick', { name: label })} onClick={() => onPick(fact)}>
            {label}
          </button>
        </li>
      ))}
    </ul>
  );
}
