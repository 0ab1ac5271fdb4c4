import type { LibraryUpgrade } from '../../electron/shared/api';
import { useI18n } from '../i18n';

/** Shown while an older library file is upgraded on opening: the app answers once it is done. */
export function UpgradeBanner({ upgrade }: { upgrade: LibraryUpgrade }) {
  const { t } = useI18n();
  const { from, to, done, total } = upgrade;
  return (
    <div className="upgrade-banner" role="status">
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
