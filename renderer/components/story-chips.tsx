import type { Region } from '../../electron/shared/model';
import type { TopicId } from '../../electron/shared/topics';
import { TOPIC_LABELS } from '../topic-labels';

/** The most specific place name of a region: 西塘镇 rather than 嘉善县. */
export const placeName = (r: Region): string | null => r.village ?? r.town ?? r.county ?? r.city ?? r.province;

/** A story's place and topics as small labels. */
export function StoryChips({ region, topics }: { region: Region; topics: readonly TopicId[] }) {
  const place = placeName(region);
  return (
    <ul className="chips" aria-label="地区与主题">
      {place && <li className="chip chip-place">{place}</li>}
      {topics.map((t) => (
        <li key={t} className="chip chip-topic">
          {TOPIC_LABELS[t]}
        </li>
      ))}
    </ul>
  );
}
