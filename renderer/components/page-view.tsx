import { useEffect } from 'react';
import { baseName, pageNumberOf } from '../../electron/shared/citation';
import type { PageSummary, RemovedPages, StoryDetail } from '../../electron/shared/library';
import { getApi } from '../api';
import { storyTitle } from '../format';
import { useAsync } from '../hooks/use-async';
import { useI18n } from '../i18n';
import { neighbourPages } from '../page-order';
import { editionLabel } from './edition-calendar';
import { RemovalConfirmation, usePageRemoval } from './removal-confirmation';

/** The pages before and after the one shown, in print order, for turning with [ and ]. */
export interface PageTurns {
  previous: number | null;
  next: number | null;
}

interface Props {
  pageId: number;
  onOpen: (id: number) => void;
  onBack: (() => void) | null;
  /** Shows another page of the same edition. */
  onPage: (pageId: number) => void;
  /** Told the neighbours of the page once they are known, and that there are none while it loads. */
  onTurns: (turns: PageTurns) => void;
  /** The page is not in the library (any more): a re-import replaced it, or a remembered view outlived it. */
  onGone: () => void;
  /** The reader took the page out of the library (移出书库). */
  onRemoved: (removed: RemovedPages) => void;
  onError: (message: string) => void;
}

const LEAD_CHARS = 140;

/** The opening of a story's text for the page layout: enough to recognise it, cut at a sentence where one ends nearby. */
function opening(story: StoryDetail): string {
  const text = story.article.paragraphs.filter((p) => p !== story.article.caption).join('');
  if (text.length <= LEAD_CHARS) return text;
  const cut = text.slice(0, LEAD_CHARS);
  const stop = cut.lastIndexOf('。');
  return stop > LEAD_CHARS / 2 ? cut.slice(0, stop + 1) : `${cut}…`;
}

/**
 * 版面: one printed page laid out as a newspaper page, the lead story across the top in large
 * type, the others in columns, photo news as boxes. Clicking a headline opens the story.
 */
export function PageView({ pageId, onOpen, onBack, onPage, onTurns, onGone, onRemoved, onError }: Props) {
  const { t, date } = useI18n();
  // A page read badly, or one that does not belong, can be taken out; its file stays.
  const removal = usePageRemoval(onRemoved, onError);
  const page = useAsync(async () => {
    const api = getApi();
    const summaries = await api.pageStories({ pageId });
    const stories = (await Promise.all(summaries.map((s) => api.getStory({ id: s.id })))).filter((s): s is StoryDetail => s !== null);
    const editionPages = summaries[0] ? await api.listPages({ editionId: summaries[0].editionId }) : [];
    const source = editionPages.find((p) => p.id === pageId) ?? null;
    return { pageId, stories, source, ...neighbourPages(editionPages, pageId) };
  }, [pageId]);
  const shown = page.data?.pageId === pageId ? page.data : null;
  const { previous = null, next = null } = shown ?? {};
  useEffect(() => {
    onTurns({ previous: previous?.id ?? null, next: next?.id ?? null });
  }, [previous, next, onTurns]);
  const gone = shown !== null && shown.source === null;
  useEffect(() => {
    if (gone) onGone();
  }, [gone]);
  const pageName = (p: PageSummary) => {
    const n = pageNumberOf(p.source);
    return n !== null ? t('editions.page', { n }) : baseName(p.source);
  };
  const stories = page.data?.stories ?? [];
  const lead = stories.find((s) => s.kind === 'article') ?? null;
  const rest = stories.filter((s) => s !== lead);
  const first = stories[0];
  const heading = [
    first ? editionLabel(first.edition, t) : null,
    first?.date ? date(first.date) : null,
    page.data?.source ? pageName(page.data.source) : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <section className="reader page-view" aria-labelledby="page-heading" aria-busy={page.loading}>
      <div className="story-toolbar">
        {onBack && (
          <button type="button" onClick={onBack}>
            ← {t('page.back')}
          </button>
        )}
        <nav className="page-turns" aria-label={t('page.turns')}>
          <button type="button" disabled={!previous} aria-keyshortcuts="[" onClick={() => previous && onPage(previous.id)}>
            {previous ? t('page.previous', { page: pageName(previous) }) : t('page.first')}
          </button>
          <button type="button" disabled={!next} aria-keyshortcuts="]" onClick={() => next && onPage(next.id)}>
            {next ? t('page.next', { page: pageName(next) }) : t('page.last')}
          </button>
        </nav>
        {shown?.source &&
          (removal.confirming === shown.source.source ? (
            <RemovalConfirmation className="page-remove" label={t('page.remove')} busy={removal.removing} onConfirm={() => shown.source && removal.remove(shown.source.source)} onCancel={removal.cancel}>
              {t('page.removeQuestion', { n: shown.source.stories })}
            </RemovalConfirmation>
          ) : (
            <button type="button" className="page-remove-start" onClick={() => shown.source && removal.ask(shown.source.source)}>
              {t('page.remove')}
            </button>
          ))}
      </div>
      <header className="masthead">
        <p className="masthead-paper">{first?.edition.paper ?? t('page.heading')}</p>
        <h1 id="page-heading">{heading || t('page.heading')}</h1>
      </header>
      {page.error && (
        <p className="error" role="alert">
          {page.error}
        </p>
      )}
      {lead && (
        <article className="page-lead">
          {lead.article.kicker && <p className="story-kicker">{lead.article.kicker}</p>}
          <h2>
            <button type="button" className="headline-link" onClick={() => onOpen(lead.id)}>
              {storyTitle(lead.article, t)}
            </button>
          </h2>
          {lead.article.subtitle && <p className="story-subtitle">{lead.article.subtitle}</p>}
          <p className="page-opening">{opening(lead)}</p>
        </article>
      )}
      <div className="page-columns">
        {rest.map((s) => (
          <article key={s.id} className={s.kind === 'photo' ? 'page-photo' : 'page-story'}>
            {s.article.kicker && <p className="story-kicker">{s.article.kicker}</p>}
            <h3>
              <button type="button" className="headline-link" onClick={() => onOpen(s.id)}>
                {storyTitle(s.article, t)}
              </button>
            </h3>
            {s.kind === 'photo' && (
              <div className="photo-frame" aria-hidden="true">
                ▣
              </div>
            )}
            <p className="page-opening">{opening(s)}</p>
          </article>
        ))}
      </div>
      {page.data?.source && page.data.source.unplaced.length > 0 && (
        <details className="unplaced">
          <summary>{t('page.unplaced')}</summary>
          {page.data.source.unplaced.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </details>
      )}
    </section>
  );
}
