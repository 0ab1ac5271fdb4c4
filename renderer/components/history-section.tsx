import { useState } from 'react';
import type { StorySummary } from '../../electron/shared/library';
import { storyTitle } from '../format';
import { useI18n } from '../i18n';
import { RemovalConfirmation } from './removal-confirmation';

interface Props {
  /** The stories opened last, the last first, and how many the history holds; null until listed. */
  recent: { total: number; items: readonly StorySummary[] } | null;
  /** Whether the list shows the reading history. */
  selected: boolean;
  onSelect: () => void;
  onOpenStory: (id: number) => void;
  /** Empties the history; settles when it is done. */
  onClear: () => Promise<void>;
}

/**
 * 阅读记录: the stories the reader opened, by when, so that one read a while ago is found again
 * without remembering what to search for. Clearing it (a shared computer in a reading room) is
 * asked once more; the stories stay read.
 */
export function HistorySection({ recent, selected, onSelect, onOpenStory, onClear }: Props) {
  const { t, when } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [clearing, setClearing] = useState(false);
  const now = new Date();
  const clear = () => {
    setClearing(true);
    onClear()
      .then(() => setConfirming(false))
      .finally(() => setClearing(false));
  };
  return (
    <section aria-labelledby="sidebar-history">
      <h2 id="sidebar-history">{t('history.heading')}</h2>
      <button type="button" className="facet" aria-pressed={selected} onClick={onSelect}>
        <span className="facet-name">{t('history.all')}</span>
        {recent && <span className="count">{recent.total}</span>}
      </button>
      {recent?.total === 0 && <p className="empty-note">{t('history.empty')}</p>}
      {recent && recent.items.length > 0 && (
        <>
          <ul className="bookmark-list history-list" aria-label={t('history.recent')} role="list">
            {recent.items.map((s) => (
              <li key={s.id}>
                <button type="button" className="bookmark-link" onClick={() => onOpenStory(s.id)}>
                  {storyTitle(s, t)}
                </button>
                {s.openedAt && <span className="history-when">{when(s.openedAt, now)}</span>}
              </li>
            ))}
          </ul>
          {confirming ? (
            <RemovalConfirmation
              className="history-clear"
              label={t('history.clearLabel')}
              busy={clearing}
              onConfirm={clear}
              onCancel={() => setConfirming(false)}
              verbs={{ confirm: t('history.clearConfirm'), busy: t('history.clearing') }}
            >
              <p>{t('history.clearQuestion', { n: recent.total })}</p>
            </RemovalConfirmation>
          ) : (
            <button type="button" className="facet" onClick={() => setConfirming(true)}>
              <span className="facet-name">{t('history.clear')}</span>
            </button>
          )}
        </>
      )}
    </section>
  );
}
