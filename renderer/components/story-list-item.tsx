import { useEffect, useRef } from 'react';
import type { SearchHit, StorySummary } from '../../electron/shared/library';
import { formatDate, storyTitle } from '../format';
import { HighlightedText } from './highlighted-text';
import { StoryChips } from './story-chips';

interface Props {
  story: StorySummary | SearchHit;
  selected: boolean;
  onOpen: (id: number) => void;
}

const isHit = (s: StorySummary | SearchHit): s is SearchHit => 'snippet' in s;

/** One story in the list: title (the button that opens it), date, place and topics, and where the search matched. */
export function StoryListItem({ story, selected, onOpen }: Props) {
  const hit = isHit(story) ? story : null;
  const item = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (selected) item.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  return (
    <li ref={item} className={`story-item${selected ? ' selected' : ''}${story.read ? ' read' : ''}`} onClick={() => onOpen(story.id)}>
      {story.kicker && <p className="story-item-kicker">{story.kicker}</p>}
      <h3 className="story-item-title">
        <button type="button" aria-current={selected ? 'true' : undefined} onClick={(e) => (e.stopPropagation(), onOpen(story.id))}>
          {hit ? <HighlightedText text={storyTitle(story)} highlights={hit.titleHighlights} /> : storyTitle(story)}
        </button>
      </h3>
      <div className="story-item-meta">
        {story.date && <time dateTime={story.date}>{formatDate(story.date)}</time>}
        {story.kind === 'photo' && <span className="kind-label">图片新闻</span>}
        {story.bookmarked && <span className="bookmarked-mark" aria-label="已收藏">★</span>}
      </div>
      <StoryChips region={story.region} topics={story.topics} />
      {hit && hit.snippet.text && (
        <p className="snippet">
          <HighlightedText text={hit.snippet.text} highlights={hit.snippet.highlights} />
        </p>
      )}
    </li>
  );
}
