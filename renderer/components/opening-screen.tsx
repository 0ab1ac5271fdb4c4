import type { LibraryUpgrade } from '../../electron/shared/api';
import { useI18n } from '../i18n';
import { Brand } from './brand';

/**
 * What shows until the library is open: an older file's upgrade and how far it has come, why the
 * library could not open, or (only if opening takes a moment) that it is opening.
 */
export function OpeningScreen({ upgrade, error }: { upgrade: LibraryUpgrade | null; error: string | null }) {
  const { t } = useI18n();
  if (error) {
    return (
      <div className="opening-screen" role="alert">
        <Brand />
        <p>{t('opening.failed', { reason: error })}</p>
      </div>
    );
  }
  if (!upgrade) {
    return (
      <div className="opening-screen opening-quiet" role="status">
        <Brand />
        <p>{t('opening.heading')}</p>
      </div>
    );
  }
  const { from, to, done, total } = upgrade;
  return (
    <div className="opening-screen" role="status">
      <Brand />
      <p>{t('upgrade.heading', { from, to })}</p>
      {total > 0 ? (
        <>
          <progress max={total} value={done} aria-label={t('upgrade.progress')} />
          <p>{t('upgrade.status', { done: done.toLocaleString(), total: total.toLocaleString() })}</p>
        </>
      ) : (
        <progress aria-label={t('upgrade.progress')} />
      )}
    </div>
  );
}
