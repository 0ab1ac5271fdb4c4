import { useState } from 'react';
import type { ImportSummary } from '../../electron/shared/library';
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
  onError: (message: string) => void;
}

/**
 * The folders pages were imported from: an archive kept in a folder grows by a page file a day,
 * and importing its folders again brings in just the new and changed pages.
 */
export function ImportFolders({ running, atStart, onAtStart, summary, onImport, onError }: Props) {
  const { t, date } = useI18n();
  const [forgotten, setForgotten] = useState(0);
  const folders = useAsync(() => getApi().listImportFolders(), [summary, forgotten]).data ?? [];
  const present = folders.filter((f) => f.present).map((f) => f.path);
  const forget = (path: string) =>
    getApi()
      .forgetImportFolder({ path })
      .then(() => setForgotten((n) => n + 1), (err: unknown) => onError(err instanceof Error ? err.message : String(err)));
  return (
    <section className="import-folders" aria-labelledby="import-folders-heading">
      <h3 id="import-folders-heading">{t('import.folders')}</h3>
      {folders.length === 0 ? (
        <p className="empty-note">{t('import.noFolders')}</p>
      ) : (
        <ul role="list">
          {folders.map((f) => (
            <li key={f.path}>
              <span className="folder-path">{f.path}</span>
              <span className={f.present ? 'folder-checked' : 'folder-missing'}>{f.present ? t('import.folderChecked', { when: date(f.checkedAt.slice(0, 10)) }) : t('import.folderMissing')}</span>
              <button type="button" className="folder-forget" aria-label={t('import.forgetFolder', { path: f.path })} disabled={running} onClick={() => void forget(f.path)}>
                {t('import.forget')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {folders.length > 0 && (
        <div className="import-again">
          <button type="button" disabled={running || present.length === 0} onClick={() => onImport(present)}>
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
