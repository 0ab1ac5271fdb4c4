import type { Clipping } from '../../electron/shared/library';
import { useI18n } from '../i18n';

interface Props {
  clippings: readonly Clipping[];
  onOpenStory: (id: number) => void;
  onExport: () => void;
}

const QUOTE_CHARS = 40;

/** Every passage the reader has clipped, newest first, each leading back to its story; exportable as a book of clippings. */
export function ClippingsSection({ clippings, onOpenStory, onExport }: Props) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="sidebar-clippings">
      <h2 id="sidebar-clippings">{t('clippings.heading')}</h2>
      {clippings.length === 0 ? (
        <p className="empty-note">{t('clippings.empty')}</p>
      ) : (
        <>
          <ul className="clipping-list" aria-label={t('clippings.heading')} role="list">
            {clippings.map((c) => {
              const quote = c.quote.length > QUOTE_CHARS ? `${c.quote.slice(0, QUOTE_CHARS)}…` : c.quote;
              return (
                <li key={c.id}>
                  {c.storyId === null ? (
                    <span className="bookmark-gone" title={t('sidebar.gone')}>
                      {quote}
                    </span>
                  ) : (
                    <button type="button" className="bookmark-link" onClick={() => c.storyId !== null && onOpenStory(c.storyId)}>
                      <q>{quote}</q>
                      {c.note && <span className="clipping-note">{c.note}</span>}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
          <button type="button" className="facet" onClick={onExport}>
            <span className="facet-name">{t('clippings.export')}</span>
          </button>
        </>
      )}
    </section>
  );
}
