import { useState, type ReactNode } from 'react';
import type { RemovedPages } from '../../electron/shared/library';
import { getApi } from '../api';
import { useI18n } from '../i18n';

/**
 * Taking pages out of the library (removePages), asked once more in place: which paths are being
 * confirmed, whether the removal runs, and the removal itself. The files are never touched.
 */
export function usePageRemoval(onRemoved: (removed: RemovedPages) => void, onError: (message: string) => void) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const [removing, setRemoving] = useState(false);
  const remove = (path: string) => {
    setRemoving(true);
    getApi()
      .removePages({ paths: [path] })
      .then(
        (removed) => {
          setConfirming(null);
          onRemoved(removed);
        },
        (err: unknown) => onError(err instanceof Error ? err.message : String(err)),
      )
      .finally(() => setRemoving(false));
  };
  return { confirming, ask: setConfirming, cancel: () => setConfirming(null), removing, remove };
}

interface Props {
  /** What is being removed, for the group's accessible name. */
  label: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  className: string;
  /** The question, and what the removal keeps. */
  children: ReactNode;
  /** What the confirming button says, and says while it works, when it is not 移出. */
  verbs?: { confirm: string; busy: string };
}

/** The question with 移出 (or `verbs`) and 取消; 移出 has the focus, as the reader just asked for it. */
export function RemovalConfirmation({ label, busy, onConfirm, onCancel, className, children, verbs }: Props) {
  const { t } = useI18n();
  const { confirm, busy: working } = verbs ?? { confirm: t('import.removeConfirm'), busy: t('import.removing') };
  return (
    <div className={className} role="group" aria-label={label}>
      {children}
      <span className="removal-buttons">
        <button type="button" className="danger" disabled={busy} onClick={onConfirm} autoFocus>
          {busy ? working : confirm}
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          {t('import.cancelRemove')}
        </button>
      </span>
    </div>
  );
}
