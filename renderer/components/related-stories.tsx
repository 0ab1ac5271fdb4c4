import { getApi } from '../api';
import { storyTitle } from '../format';
import { useAsync } from '../hooks/use-async';
import { useI18n } from '../i18n';

/** How many: enough to find the story before and after, few enough to read at a glance. */
const SHOWN = 5;

/** Under the open story, the stories on the same thread: those naming the same people (relatedStories). */
export function RelatedStories({ storyId, version, onOpen }: { storyId: number; version: number; onOpen: (id: number) => void }) {
  const { t, date } = useI18n();
  const related = useAsync(() => getApi().relatedStories({ id: storyId, limit: SHOWN }), [storyId, version]);
  const stories = related.data ?? [];
  if (stories.length === 0) return null;
  return (
    <section className="related-stories" aria-labelledby="related-heading">
      <h2 id="related-heading">{t('reader.related')}</h2>
      <ul role="list">
        {stories.map((s) => (
          <li key={s.id}>
            <button type="button" onClick={() => onOpen(s.id)}>
              {storyTitle(s, t)}
            </button>
            {s.date && <time dateTime={s.date}>{date(s.date)}</time>}
          </li>
        ))}
      </ul>
    </section>
  );
}
