import { useState } from 'react';
import type { ImportSummary, RemovedPages } from '../../electron/shared/library';
import { getApi } from '../api';
import { useAsync } from '../hooks/use-async';
import { useI18n } from '../i18n';
import { RemovalConfirmation, usePageRemoval } from './removal-confirmation';

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
  const [removed, setRemoved] = useState<RemovedPages | null>(null);
  const removal = usePageRemoval((result) => {
    setRemoved(result);
    setChanges((n) => n + 1);
    onRemoved();
  }, onError);
  const folders = useAsync(() => getApi().listImportFolders(), [summary, changes]).data ?? [];
  const present = folders.filter((f) => f.present).map((f) => f.path);
  const forget = (path: string) =>
    getApi()
      .forgetImportFolder({ path })
      .then(
        () => setChanges((n) => n + 1),
        (err: unknown) => onError(err instanceof Error ? err.message : String(err)),
      );
  const busy = running || removal.removing;
  // The kept folders, and the sample pages while the library holds them: each can be taken out.
  const rows = [
    ...folders.map((f) => ({
      path: f.path,
      name: f.path,
      stories: f.stories,
      kept: true,
      missing: !f.present,
      status: f.present ? t('import.folderChecked', { when: date(f.checkedAt.slice(0, 10)) }) : t('import.folderMissing'),
    })),
    ...(samples ? [{ path: samples.path, name: t('import.samples'), stories: samples.stories, kept: false, missing: false, status: t('import.samplesNote') }] : []),
  ];
  return (
    <section className="import-folders" aria-labelledby="import-folders-heading">
      <h3 id="import-folders-heading">{t('import.folders')}</h3>
      {removed && (
        <p className="import-removed" role="status">
          {t('import.removed', { pages: removed.pages, stories: removed.stories })}
        </p>
      )}
      {folders.length === 0 && <p className="empty-note">{t('import.noFolders')}</p>}
      {rows.length > 0 && (
        <ul role="list">
          {rows.map((row) => {
            const label = t('import.removeFolder', { path: row.name, n: row.stories });
            return (
              <li key={row.path}>
                {removal.confirming === row.path ? (
                  <RemovalConfirmation className="folder-confirm" label={label} busy={busy} onConfirm={() => removal.remove(row.path)} onCancel={removal.cancel}>
                    <span className="folder-path">{t('import.removeQuestion', { n: row.stories, path: row.name })}</span>
                    <span className="folder-checked">{t('import.removeKeeps')}</span>
                  </RemovalConfirmation>
                ) : (
                  <>
                    <span className="folder-path">{row.name}</span>
                    <span className={row.missing ? 'folder-missing' : 'folder-checked'}>
                      {t('import.folderStories', { n: row.stories })} · {row.status}
                    </span>
                    <span className="removal-buttons">
                      {row.kept && (
                        <button type="button" aria-label={t('import.forgetFolder', { path: row.path })} disabled={busy} onClick={() => void forget(row.path)}>
                          {t('import.forget')}
                        </button>
                      )}
                      {row.stories > 0 && (
                        <button type="button" aria-label={label} disabled={busy} onClick={() => removal.ask(row.path)}>
                          {t('import.remove')}
                        </button>
                      )}
                    </span>
                  </>
                )}
              </li>
            );
          })}
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
