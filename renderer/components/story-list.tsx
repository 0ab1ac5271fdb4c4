import type { SearchHit, StorySummary } from '../../electron/shared/library';
import { StoryListItem } from './story-list-item';

interface Props {
  heading: string;
  total: number;
  stories: readonly (StorySummary | SearchHit)[];
  selectedId: number | null;
  loading: boolean;
  error: string | null;
  onOpen: (id: number) => void;
  onMore: () => void;
}

/** The middle column: the stories the sidebar and search box select, newest or best first. */
export function StoryList({ heading, total, stories, selectedId, loading, error, onOpen, onMore }: Props) {
  return (
    <section className="story-list" aria-labelledby="story-list-heading" aria-busy={loading}>
      <header className="story-list-header">
        <h2 id="story-list-heading">{heading}</h2>
        <p className="story-count" role="status">
          共 {total} 篇
        </p>
      </header>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {!loading && !error && stories.length === 0 && <p className="empty-note">没有符合条件的报道。</p>}
      <ol className="stories" aria-label="报道列表">
        {stories.map((s) => (
          <StoryListItem key={s.id} story={s} selected={s.id === selectedId} onOpen={onOpen} />
        ))}
      </ol>
      {stories.length < total && (
        <button type="button" className="more" onClick={onMore} disabled={loading}>
          加载更多(还有 {total - stories.length} 篇)
        </button>
      )}
    </section>
  );
}
