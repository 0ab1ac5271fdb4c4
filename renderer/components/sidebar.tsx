import type { Bookmark, Facets } from '../../electron/shared/library';
import type { RegionNode } from '../../electron/shared/api';
import type { Browse } from '../filters';
import { TOPIC_LABELS } from '../topic-labels';
import { RegionTree } from './region-tree';

interface Props {
  total: number | null;
  regions: readonly RegionNode[];
  topics: Facets['topics'];
  bookmarks: readonly Bookmark[];
  browse: Browse;
  onBrowse: (browse: Browse) => void;
  onOpenStory: (id: number) => void;
}

/** The library's ways in: everything, by place, by topic, and the reader's bookmarks. */
export function Sidebar({ total, regions, topics, bookmarks, browse, onBrowse, onOpenStory }: Props) {
  return (
    <nav className="sidebar" aria-label="资料库">
      <button type="button" className="facet facet-all" aria-pressed={browse.kind === 'all'} onClick={() => onBrowse({ kind: 'all' })}>
        <span className="facet-name">全部报道</span>
        {total !== null && <span className="count">{total}</span>}
      </button>

      <section aria-labelledby="sidebar-regions">
        <h2 id="sidebar-regions">地区</h2>
        <RegionTree nodes={regions} selected={browse.kind === 'region' ? browse.name : null} onSelect={(name) => onBrowse({ kind: 'region', name })} />
      </section>

      <section aria-labelledby="sidebar-topics">
        <h2 id="sidebar-topics">主题</h2>
        <ul className="facet-list" role="list">
          {topics.map((t) => (
            <li key={t.id}>
              <button type="button" className="facet" aria-pressed={browse.kind === 'topic' && browse.topic === t.id} onClick={() => onBrowse({ kind: 'topic', topic: t.id })}>
                <span className="facet-name">{TOPIC_LABELS[t.id]}</span>
                <span className="count">{t.count}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="sidebar-bookmarks">
        <h2 id="sidebar-bookmarks">收藏</h2>
        <button type="button" className="facet" aria-pressed={browse.kind === 'bookmarks'} onClick={() => onBrowse({ kind: 'bookmarks' })}>
          <span className="facet-name">全部收藏</span>
          <span className="count">{bookmarks.length}</span>
        </button>
        {bookmarks.length === 0 ? (
          <p className="empty-note">还没有收藏的报道。</p>
        ) : (
          <ul className="bookmark-list" aria-label="收藏的报道" role="list">
            {bookmarks.map(({ storyKey, storyId, title }) => (
              <li key={storyKey}>
                {storyId === null ? (
                  <span className="bookmark-gone" title="这篇报道已不在资料库中">{title || '(无标题)'}</span>
                ) : (
                  <button type="button" className="bookmark-link" onClick={() => onOpenStory(storyId)}>
                    {title || '(无标题图片新闻)'}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </nav>
  );
}
