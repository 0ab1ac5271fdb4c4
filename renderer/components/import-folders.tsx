import { useState } from 'react';
import type { ImportSummary, RemovedPages } from '../../electron/shared/library';
import { getApi } from '../api';
import { useAsync } from '../hooks/use-async';
import { useI18n } from '../i18n';

interface Props {
  running: boolean;
  /** The setting: import the folders' new pages at every start. */
  atStart: boolean;
  onAtStart: (on: boolean) => void;
  /** The last import's outcome: a new one may have added a folder or looked in one again. */
  summary: ImportSummary | null;
  onImport: (paths: string[]) => void;
  /** Stories left the library: everything that shows it is asked again. */
  onRemoved: () => void;
  /** The sample pages a new library starts with, while it holds them: a reader's own archive makes them clutter. */
  samples: { path: string; stories: number } | null;
  onError: (message: string) => void;
}

/**
 * The folders pages were imported from: an archive kept in a folder grows by a page file a day,
 * and importing its folders again brings in just the new and changed pages. A folder imported by
 * mistake, or one whose copy is no longer wanted, can be taken out of the library again.
 */
export function ImportFolders({ running, atStart, onAtStart, summary, onImport, onRemoved, samples, onError }: Props) {
  const { t, date } = useI18n();
  const [changes, setChanges] = useState(0);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [removing, setRemoving] = useState(false);
  const [removed, setRemoved] = useState<RemovedPages | null>(null);
  const folders = useAsync(() => getApi().listImportFolders(), [summary, changes]).data ?? [];
  const present = folders.filter((f) => f.present).map((f) => f.path);
  const failed = (err: unknown) => onError(err instanceof Error ? err.message : String(err));
  const forget = (path: string) =>
    getApi()
      .forgetImportFolder({ path })
      .then(() => setChanges((n) => n + 1), failed);
  const remove = (path: string) => {
    setRemoving(true);
    getApi()
      .removePages({ paths: [path] })
      .then(
        (result) => {
          setRemoved(result);
          setConfirming(null);
          setChanges((n) => n + 1);
          onRemoved();
        },
        failed,
      )
      .finally(() => setRemoving(false));
  };
  const busy = running || removing;
  return (
    <section className="import-folders" aria-labelledby="import-folders-heading">
      <h3 id="import-folders-heading">{t('import.folders')}</h3>
      {removed && (
        <p className="import-removed" role="status">
          {t('import.removed', { pages: removed.pages, stories: removed.stories })}
        </p>
      )}
      {folders.length === 0 && <p className="empty-note">{t('import.noFolders')}</p>}
      {(folders.length > 0 || samples) && (
        <ul role="list">
          {folders.map((f) =>
            confirming === f.path ? (
              <RemoveConfirmation key={f.path} name={f.path} stories={f.stories} busy={busy} onRemove={() => remove(f.path)} onCancel={() => setConfirming(null)} />
            ) : (
              <li key={f.path}>
                <span className="folder-path">{f.path}</span>
                <span className={f.present ? 'folder-checked' : 'folder-missing'}>
                  {t('import.folderStories', { n: f.stories })} · {f.present ? t('import.folderChecked', { when: date(f.checkedAt.slice(0, 10)) }) : t('import.folderMissing')}
                </span>
                <span className="folder-actions">
                  <button type="button" aria-label={t('import.forgetFolder', { path: f.path })} disabled={busy} onClick={() => void forget(f.path)}>
                    {t('import.forget')}
                  </button>
                  {f.stories > 0 && (
                    <button type="button" aria-label={t('import.removeFolder', { path: f.path, n: f.stories })} disabled={busy} onClick={() => setConfirming(f.path)}>
                      {t('import.remove')}
                    </button>
                  )}
                </span>
              </li>
            ),
          )}
          {samples &&
            (confirming === samples.path ? (
              <RemoveConfirmation name={t('import.samples')} stories={samples.stories} busy={busy} onRemove={() => remove(samples.path)} onCancel={() => setConfirming(null)} />
            ) : (
              <li>
                <span className="folder-path">{t('import.samples')}</span>
                <span className="folder-checked">{t('import.folderStories', { n: samples.stories })} · {t('import.samplesNote')}</span>
                <span className="folder-actions">
                  <button type="button" aria-label={t('import.removeFolder', { path: t('import.samples'), n: samples.stories })} disabled={busy} onClick={() => setConfirming(samples.path)}>
                    {t('import.remove')}
                  </button>
                </span>
              </li>
            ))}
        </ul>
      )}
      {folders.length > 0 && (
        <div className="import-again">
          <button type="button" disabled={busy || present.length === 0} onClick={() => onImport(present)}>
            {t('import.again')}
          </button>
          <label>
            <input type="checkbox" checked={atStart} onChange={(e) => onAtStart(e.target.checked)} />
            {t('import.newAtStart')}
          </label>
        </div>
      )}
    </section>
  );
}

/** Removing stories is asked once more, in place, with what it keeps. */
function RemoveConfirmation({ name, stories, busy, onRemove, onCancel }: { name: string; stories: number; busy: boolean; onRemove: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  return (
    <li>
      <div className="folder-confirm" role="group" aria-label={t('import.removeFolder', { path: name, n: stories })}>
        <span className="folder-path">{t('import.removeQuestion', { n: stories, path: name })}</span>
        <span className="folder-checked">{t('import.removeKeeps')}</span>
        <span className="folder-actions">
          <button type="button" className="danger" disabled={busy} onClick={onRemove} autoFocus>
            {busy ? t('import.removing') : t('import.removeConfirm')}
          </button>
          <button type="button" disabled={busy} onClick={onCancel}>
            {t('import.cancelRemove')}
          </button>
        </span>
      </div>
    </li>
  );
}
