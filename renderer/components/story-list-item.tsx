import type { SearchHit } from '../../electron/shared/library';
import type { ListedStory } from '../hooks/use-story-window';
import { useI18n } from '../i18n';
import { storyTitle } from '../format';
import { HighlightedText } from './highlighted-text';
import { StoryChips } from './story-chips';

interface Props {
  story: ListedStory;
  /** The edition's name (嘉善版), when the library knows it. */
  edition: string | null;
  /** Say when the reader last opened it (the list is in that order). */
  showOpened: boolean;
  selected: boolean;
  checked: boolean;
  onOpen: (id: number) => void;
  onCheck: (id: number, shift: boolean) => void;
}

const isHit = (s: ListedStory): s is SearchHit => 'snippet' in s;

/** One story in the list: kicker, title (the button that opens it), date, place and topics, where the search matched, and its marks. */
export function StoryListItem({ story, edition, showOpened, selected, checked, onOpen, onCheck }: Props) {
  const { t, date, when } = useI18n();
  const hit = isHit(story) ? story : null;
  const title = storyTitle(story, t);
  return (
    <div className={`story-item${selected ? ' selected' : ''}${story.read ? ' read' : ''}`} onClick={() => onOpen(story.id)}>
      <input
        type="checkbox"
        className="story-check"
        checked={checked}
        aria-label={t('list.select', { title })}
        onClick={(e) => {
          e.stopPropagation();
          onCheck(story.id, e.shiftKey);
        }}
        onChange={() => undefined}
      />
      <div className="story-item-text">
        {story.kicker && <p className="story-item-kicker">{story.kicker}</p>}
        <h3 className="story-item-title">
          {!story.read && <span className="unread-dot" role="img" aria-label={t('list.unread')} />}
          <button type="button" aria-current={selected ? 'true' : undefined} onClick={(e) => (e.stopPropagation(), onOpen(story.id))}>
            {hit ? <HighlightedText text={title} highlights={hit.titleHighlights} /> : title}
          </button>
        </h3>
        <StoryChips region={story.region} topics={story.topics} />
        {hit && hit.snippet.text && (
          <p className="snippet">
            <HighlightedText text={hit.snippet.text} highlights={hit.snippet.highlights} />
          </p>
        )}
        <p className="story-item-meta">
          {edition && <span className="edition-name">{edition}</span>}
          {story.date && <time dateTime={story.date}>{date(story.date)}</time>}
          {story.kind === 'photo' && <span className="kind-label">{t('list.photo')}</span>}
          {showOpened && story.openedAt && (
            <time className="opened-at" dateTime={story.openedAt}>
              {t('history.openedAt', { when: when(story.openedAt, new Date()) })}
            </time>
          )}
          {story.bookmarked && (
            <span className="bookmarked-mark" role="img" aria-label={t('list.bookmarked')}>
              ★
            </span>
          )}
        </p>
      </div>
    </div>
  );
}
