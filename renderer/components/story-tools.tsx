import type { Collection, StoryDetail } from '../../electron/shared/library';
import { getApi } from '../api';
import { useI18n } from '../i18n';

interface Props {
  story: StoryDetail;
  collections: readonly Collection[];
  onChanged: () => void;
  onError: (message: string) => void;
}

/** The collections a story is in, and a menu to add it to another. */
export function StoryCollections({ story, collections, onChanged, onError }: Props) {
  const { t } = useI18n();
  const inIt = new Set(story.collections.map((c) => c.id));
  const fail = (err: unknown) => onError(err instanceof Error ? err.message : String(err));
  const others = collections.filter((c) => !inIt.has(c.id));
  return (
    <div className="story-collections">
      {story.collections.length > 0 && (
        <ul className="chips" aria-label={t('reader.inCollections')}>
          {story.collections.map((c) => (
            <li key={c.id} className="chip chip-collection">
              {c.name}
              <button
                type="button"
                className="chip-remove"
                aria-label={t('collections.delete', { name: c.name })}
                onClick={() => getApi().removeFromCollection({ collectionId: c.id, storyId: story.id }).then(onChanged, fail)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {others.length > 0 && (
        <select
          aria-label={t('reader.collections')}
          value=""
          onChange={(e) => {
            const collectionId = Number(e.target.value);
            if (collectionId) getApi().addToCollection({ collectionId, storyId: story.id }).then(onChanged, fail);
          }}
        >
          <option value="">{t('reader.collections')}…</option>
          {others.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}
