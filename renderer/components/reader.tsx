import { useEffect, useMemo, useRef, useState } from 'react';
import type { Highlights, Collection, StoryDetail } from '../../electron/shared/library';
import { getApi } from '../api';
import { baseName, pageNumberOf } from '../../electron/shared/citation';
import { headlineOf } from '../format';
import { findRanges } from '../highlight';
import { useI18n } from '../i18n';
import { BookmarkToggle } from './bookmark-toggle';
import { Byline } from './byline';
import { ClipDraft, ClippingList } from './clippings';
import { FindBar } from './find-bar';
import { HighlightedText } from './highlighted-text';
import { selectionInParagraph, StoryBody, type BodyMarks } from './story-body';
import { StoryCollections } from './story-tools';
import { RelatedStories } from './related-stories';
import { StoryFacts, type StoryFact } from './story-chips';
import { WhyPanel } from './why-panel';

interface Props {
  story: StoryDetail | null;
  loading: boolean;
  error: string | null;
  collections: readonly Collection[];
  bookmarkBusy: boolean;
  findOpen: boolean;
  onFindOpen: (open: boolean) => void;
  onToggleBookmark: () => void;
  /** Marks the open story unread (to come back to it; it counts as new again) or read again. */
  onToggleRead: () => void;
  onOpenPage: (pageId: number) => void;
  onChanged: () => void;
  onError: (message: string) => void;
  /** Copies the story's reference for a bibliography (GB/T 7714), or a clipped passage of it with the reference. */
  onCite: (quote?: string) => void;
  /** Lists the stories that share the story's place, a topic or a person. */
  onPick: (fact: StoryFact) => void;
  onOpenStory: (id: number) => void;
  /** Changes when the library's content does: related stories are asked for again. */
  contentVersion: number;
  /** Where the story the reader started with was left (a share of what scrolls); it opens there. */
  restoredScroll: { id: number; share: number } | null;
  /** How far down the story the reader is, to the hundredth. */
  onScrolled: (share: number) => void;
}

const PHOTO_ROLES = /摄|摄影/;

/** The right column: one story set as the paper printed it, with find, the why-panel, clipping and collections. */
export function Reader(props: Props) {
  const { story, loading, error } = props;
  const { t } = useI18n();
  if (error) {
    return (
      <section className="reader" aria-label={t('reader.label')}>
        <p className="error" role="alert">
          {error}
        </p>
      </section>
    );
  }
  if (!story) {
    return (
      <section className="reader reader-empty" aria-label={t('reader.label')} aria-busy={loading}>
        <p>{loading ? t('reader.opening') : t('reader.empty')}</p>
      </section>
    );
  }
  return <StoryReader {...props} story={story} />;
}

function StoryReader({ story, loading, collections, bookmarkBusy, findOpen, onFindOpen, onToggleBookmark, onToggleRead, onOpenPage, onChanged, onError, onCite, onPick, onOpenStory, contentVersion, restoredScroll, onScrolled }: Props & { story: StoryDetail }) {
  const { t, date } = useI18n();
  const [why, setWhy] = useState(false);
  const [find, setFind] = useState('');
  const [current, setCurrent] = useState(0);
  const [clip, setClip] = useState<ReturnType<typeof selectionInParagraph>>(null);
  const findInput = useRef<HTMLInputElement>(null);
  const scroller = useRef<HTMLElement>(null);
  const { article, edition } = story;

  useEffect(() => {
    setClip(null);
    setCurrent(0);
    const el = scroller.current;
    const share = restoredScroll?.id === story.id ? restoredScroll.share : 0;
    el?.scrollTo({ top: share * (el.scrollHeight - el.clientHeight) });
  }, [story.id]);
  const reportScroll = () => {
    const el = scroller.current;
    if (!el) return;
    const room = el.scrollHeight - el.clientHeight;
    onScrolled(room > 0 ? Math.round((el.scrollTop / room) * 100) / 100 : 0);
  };
  useEffect(() => {
    if (findOpen) findInput.current?.focus();
  }, [findOpen]);

  const marks: BodyMarks = useMemo(() => {
    const hits = new Map<number, Highlights>();
    const found = new Map<number, { ranges: Highlights; offset: number }>();
    let offset = 0;
    article.paragraphs.forEach((text, i) => {
      const matches = story.matches.paragraphs[i];
      if (matches?.length) hits.set(i, matches);
      if (findOpen && find.trim()) {
        const ranges = findRanges(text, [find.trim()]);
        found.set(i, { ranges, offset });
        offset += ranges.length;
      }
    });
    return { hits, found, current: offset ? ((current % offset) + offset) % offset : -1 };
  }, [article, story.matches, find, findOpen, current]);
  const foundTotal = [...marks.found.values()].reduce((n, f) => n + f.ranges.length, 0);

  useEffect(() => {
    scroller.current?.querySelector('mark.current')?.scrollIntoView({ block: 'center', inline: 'center' });
  }, [marks.current]);

  const page = pageNumberOf(story.source);
  const citation = [
    edition.paper ?? t('reader.unknownPaper'),
    edition.name,
    story.date ? date(story.date) : t('reader.undated'),
    page !== null && t('reader.page', { n: page }),
    baseName(story.source),
  ]
    .filter(Boolean)
    .join(' · ');
  const photoCredit = article.authors.filter((a) => a.role && PHOTO_ROLES.test(a.role)).map((a) => a.name);
  const fail = (err: unknown) => onError(err instanceof Error ? err.message : String(err));

  return (
    <section className="reader" aria-label={t('reader.label')} aria-busy={loading} ref={scroller} onScroll={reportScroll}>
      <div className="story-toolbar" role="toolbar" aria-label={t('reader.label')}>
        <BookmarkToggle on={story.bookmarked} busy={bookmarkBusy} onToggle={onToggleBookmark} />
        <button type="button" onClick={onToggleRead} aria-keyshortcuts="Shift+U">
          {story.read ? t('reader.markUnread') : t('reader.markRead')}
        </button>
        <button type="button" aria-pressed={findOpen} onClick={() => onFindOpen(!findOpen)}>
          {t('reader.find')}
        </button>
        <button type="button" aria-pressed={why} aria-expanded={why} onClick={() => setWhy(!why)}>
          {t('reader.why')}
        </button>
        <button type="button" onClick={() => onOpenPage(story.pageId)} aria-keyshortcuts="p">
          {t('reader.pageView')}
        </button>
        <button type="button" onClick={() => onCite()} aria-keyshortcuts="c">
          {t('reader.cite')}
        </button>
        <StoryCollections story={story} collections={collections} onChanged={onChanged} onError={onError} />
      </div>
      {findOpen && (
        <FindBar
          ref={findInput}
          value={find}
          total={foundTotal}
          current={marks.current}
          onChange={(v) => (setFind(v), setCurrent(0))}
          onStep={(by) => setCurrent((c) => c + by)}
          onClose={() => onFindOpen(false)}
        />
      )}
      {why && <WhyPanel storyId={story.id} filedUnder={article.topics} />}
      <article
        className={`story story-${article.kind}`}
        aria-labelledby="story-title"
        onMouseUp={() => setClip(selectionInParagraph(window.getSelection()))}
        onKeyUp={(e) => e.shiftKey && setClip(selectionInParagraph(window.getSelection()))}
      >
        <header className="story-head">
          {article.section && <p className="story-section">{article.section}</p>}
          {article.kicker && <p className="story-kicker">{article.kicker}</p>}
          <h1 id="story-title" className="story-title">
            <HighlightedText text={headlineOf(article, t)} highlights={article.title ? story.matches.title : []} />
          </h1>
          {article.subtitle && <p className="story-subtitle">{article.subtitle}</p>}
          <Byline authors={article.kind === 'photo' ? article.authors.filter((a) => !photoCredit.includes(a.name)) : article.authors} />
          <StoryFacts region={story.region} topics={article.topics} people={article.people} onPick={onPick} />
        </header>
        {article.incomplete.start && (
          <p className="continuation" role="note">
            {t('reader.startMissing')}
          </p>
        )}
        {article.caption && (
          <figure className="photo">
            <div className="photo-frame" aria-hidden="true">
              ▣
            </div>
            <figcaption>
              <span className="photo-label">{t('reader.photoCaption')}</span>
              <HighlightedText text={article.caption} highlights={story.matches.caption} />
              {photoCredit.length > 0 && <span className="photo-credit">{`${photoCredit.join(' ')} ${t('reader.photoCredit')}`}</span>}
            </figcaption>
          </figure>
        )}
        <StoryBody article={article} marks={marks} />
        {article.incomplete.end && (
          <p className="continuation" role="note">
            {t('reader.endMissing')}
          </p>
        )}
        <footer className="story-source">
          {t('reader.citation')}:{citation}
        </footer>
      </article>
      <RelatedStories storyId={story.id} version={contentVersion} onOpen={onOpenStory} />
      {clip && (
        <ClipDraft
          key={`${clip.paragraph}:${clip.start}:${clip.end}`}
          quote={clip.text}
          onCancel={() => setClip(null)}
          onSave={(note) =>
            getApi()
              .addClipping({ storyId: story.id, paragraph: clip.paragraph, start: clip.start, end: clip.end, note })
              .then(() => (setClip(null), window.getSelection()?.removeAllRanges(), onChanged()), fail)
          }
        />
      )}
      {!clip && <p className="hint">{t('reader.clipHint')}</p>}
      <ClippingList clippings={story.clippings} onChanged={onChanged} onError={onError} onQuote={onCite} />
    </section>
  );
}
