import { useState } from 'react';
import type { ImportProgress, ImportSummary } from '../../electron/shared/library';
import { useI18n } from '../i18n';
import { ImportFolders } from './import-folders';

interface Props {
  canPickPaths: boolean;
  progress: ImportProgress | null;
  summary: ImportSummary | null;
  error: string | null;
  onPick: (kind: 'folder' | 'files') => void;
  onImport: (paths: string[]) => void;
  onCancel: () => void;
  onClose: () => void;
  onError: (message: string) => void;
  /** Stories were taken out of the library from the kept folders' list. */
  onRemoved: () => void;
  samples: { path: string; stories: number } | null;
  importAtStart: boolean;
  onImportAtStart: (on: boolean) => void;
}

/**
 * Adding pages to the library. The desktop app opens its file dialogs; a browser cannot hand the
 * web host a folder, so there the reader types a path on this computer.
 */
export function ImportPanel({ canPickPaths, progress, summary, error, onPick, onImport, onCancel, onClose, onError, onRemoved, samples, importAtStart, onImportAtStart }: Props) {
  const { t } = useI18n();
  const [path, setPath] = useState('');
  const running = progress !== null && summary === null;
  return (
    <section className="import-panel" role="dialog" aria-modal="false" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('import.heading')}</h2>
      {canPickPaths ? (
        <div className="import-actions">
          <button type="button" disabled={running} onClick={() => onPick('folder')}>
            {t('import.pickFolder')}
          </button>
          <button type="button" disabled={running} onClick={() => onPick('files')}>
            {t('import.pickFiles')}
          </button>
        </div>
      ) : (
        <form
          className="import-actions"
          onSubmit={(e) => {
            e.preventDefault();
            if (path.trim()) onImport([path.trim()]);
          }}
        >
          <label htmlFor="import-path">{t('import.path')}</label>
          <input id="import-path" value={path} onChange={(e) => setPath(e.target.value)} placeholder="/home/me/报纸/嘉善版" />
          <button type="submit" disabled={running || !path.trim()}>
            {t('import.start')}
          </button>
        </form>
      )}
      {progress && (
        <div className="import-progress">
          <progress max={Math.max(progress.filesTotal, 1)} value={progress.filesDone} aria-label={t('import.progress')} />
          <p role="status">
            {t('import.status', { done: progress.filesDone, total: progress.filesTotal, stories: progress.stories })}
          </p>
        </div>
      )}
      {summary && (
        <p className="import-summary" role="status">
          {t(summary.cancelled ? 'import.cancelled' : 'import.finished')}
          {t('import.summary', { pages: summary.pages, articles: summary.articles, skipped: summary.skipped })}
          {summary.moved > 0 && t('import.moved', { n: summary.moved })}
          {summary.duplicates.length > 0 && t('import.duplicates', { n: summary.duplicates.length })}
          {summary.errors.length > 0 && t('import.failed', { n: summary.errors.length })}
        </p>
      )}
      {summary && summary.duplicates.length > 0 && (
        <ul className="import-duplicates" aria-label={t('import.duplicateList')}>
          {summary.duplicates.map((d) => (
            <li key={d.file}>
              {d.file}:{t('import.duplicateOf', { of: d.of })}
            </li>
          ))}
        </ul>
      )}
      {summary && summary.errors.length > 0 && (
        <ul className="import-errors" aria-label={t('import.skippedList')}>
          {summary.errors.map((e) => (
            <li key={e.file}>
              {e.file}:{e.reason}
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <ImportFolders
        running={running}
        atStart={importAtStart}
        onAtStart={onImportAtStart}
        summary={summary}
        onImport={onImport}
        onRemoved={onRemoved}
        samples={samples}
        onError={onError}
      />
      <div className="dialog-buttons">
        {running && (
          <button type="button" onClick={onCancel}>
            {t('import.cancel')}
          </button>
        )}
        <button type="button" onClick={onClose}>
          {t('import.close')}
        </button>
      </div>
    </section>
  );
}
