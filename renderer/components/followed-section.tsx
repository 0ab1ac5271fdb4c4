import type { FollowedSearch } from '../../electron/shared/library';
import { useI18n } from '../i18n';

interface Props {
  /** null until listed. */
  followed: readonly FollowedSearch[] | null;
  /** The followed search the list shows, if any. */
  shown: number | null;
  onOpen: (search: FollowedSearch) => void;
  onUnfollow: (search: FollowedSearch) => void;
}

/**
 * 关注: the searches the reader follows, each with how many of its stories are unread, so that what
 * today's pages brought to a subject is counted on the first screen.
 */
export function FollowedSection({ followed, shown, onOpen, onUnfollow }: Props) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="sidebar-followed">
      <h2 id="sidebar-followed">{t('followed.heading')}</h2>
      {followed !== null && followed.length === 0 && <p className="empty-note">{t('followed.empty')}</p>}
      <ul className="facet-list" role="list">
        {(followed ?? []).map((f) => (
          <li key={f.id} className="collection-row">
            <button
              type="button"
              className="facet"
              aria-pressed={shown === f.id}
              aria-label={t('followed.open', { name: f.name, unread: f.unread, total: f.total })}
              onClick={() => onOpen(f)}
            >
              <span className="facet-name">{f.name}</span>
              {f.unread > 0 ? <span className="count unread-count">{t('followed.unread', { n: f.unread })}</span> : <span className="count">{f.total}</span>}
            </button>
            <span className="row-tools">
              <button type="button" className="icon" aria-label={t('followed.unfollow', { name: f.name })} onClick={() => onUnfollow(f)}>
                ×
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
