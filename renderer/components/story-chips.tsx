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
