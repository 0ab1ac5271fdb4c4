import type { StoryDetail } from '../../electron/shared/library';
import { formatDate, storyTitle } from '../format';
import { TOPIC_LABELS } from '../topic-labels';
import { BookmarkToggle } from './bookmark-toggle';
import { Byline } from './byline';

interface Props {
  story: StoryDetail | null;
  loading: boolean;
  error: string | null;
  bookmarkBusy: boolean;
  onToggleBookmark: () => void;
}

/** The right column: one story set as the paper printed it, headline block, byline, body with subheads. */
export function Reader({ story, loading, error, bookmarkBusy, onToggleBookmark }: Props) {
  if (error) {
    return (
      <section className="reader" aria-label="正文">
        <p className="error" role="alert">
          {error}
        </p>
      </section>
    );
  }
  if (!story) {
    return (
      <section className="reader reader-empty" aria-label="正文" aria-busy={loading}>
        <p>{loading ? '正在打开…' : '在左侧列表中选择一篇报道阅读。'}</p>
      </section>
    );
  }
  const { article, edition } = story;
  const subheads = new Set(article.subheads);
  // Photo news often prints its caption as the only paragraph; show it once, as the caption.
  const body = article.paragraphs.map((text, i) => ({ text, i })).filter(({ text }) => text !== article.caption);
  const place = [story.region.city, story.region.county, story.region.town].filter(Boolean).join(' · ');
  return (
    <section className="reader" aria-label="正文" aria-busy={loading}>
      <article className={`story story-${article.kind}`} aria-labelledby="story-title">
        <div className="story-toolbar">
          <p className="edition-line">{[edition.paper, edition.name, story.date && formatDate(story.date)].filter(Boolean).join(' · ') || '报纸与日期不详'}</p>
          <BookmarkToggle on={story.bookmarked} busy={bookmarkBusy} onToggle={onToggleBookmark} />
        </div>
        <header className="story-head">
          {article.section && <p className="story-section">{article.section}</p>}
          {article.kicker && <p className="story-kicker">{article.kicker}</p>}
          <h1 id="story-title" className="story-title">
            {storyTitle(article)}
          </h1>
          {article.subtitle && <p className="story-subtitle">{article.subtitle}</p>}
          <Byline authors={article.authors} />
          <p className="story-facts">
            {place && <span>{place}</span>}
            {article.topics.map((t) => (
              <span key={t} className="chip chip-topic">
                {TOPIC_LABELS[t]}
              </span>
            ))}
          </p>
        </header>
        {article.incomplete.start && <p className="continuation">(本文开头不在此版面)</p>}
        <div className="story-body">
          {body.map(({ text, i }) =>
            subheads.has(i) ? (
              <h2 key={i} className="story-subhead">
                {text}
              </h2>
            ) : (
              <p key={i}>{text}</p>
            ),
          )}
        </div>
        {article.caption && (
          <figure className="photo">
            <figcaption>
              <span className="photo-label">图片说明</span>
              {article.caption}
            </figcaption>
          </figure>
        )}
        {article.incomplete.end && <p className="continuation">(本文在其他版面继续)</p>}
        <footer className="story-source">来源:{story.source.split(/[\\/]/).at(-1)}</footer>
      </article>
    </section>
  );
}
