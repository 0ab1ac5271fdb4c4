import { useEffect, useState } from 'react';
import type { ApiEventPayload, ExportRequest, ExportResult } from '../../electron/shared/api';
import { getApi } from '../api';
import { authorisedUrl } from '../http-api';
import { useI18n } from '../i18n';

interface Props {
  selection: ExportRequest['selection'];
  /** What is being exported, in words. */
  description: string;
  onClose: () => void;
}

type Options = NonNullable<ExportRequest['options']>;

/** Export to PDF: the options of the export engine, progress from its events, and the finished book. */
export function ExportDialog({ selection, description, onClose }: Props) {
  const { t } = useI18n();
  const [options, setOptions] = useState<Options>({ title: '剪报集', paper: 'a4', columns: 1, newPage: false, includeNotes: true });
  const [progress, setProgress] = useState<ApiEventPayload<'exportProgress'> | null>(null);
  const [result, setResult] = useState<ExportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  useEffect(() => getApi().on('exportProgress', setProgress), []);
  const set = (patch: Partial<Options>) => setOptions((o) => ({ ...o, ...patch }));

  const start = () => {
    setRunning(true);
    setError(null);
    setResult(null);
    getApi()
      .exportPdf({ selection, options })
      .then(setResult, (err: unknown) => setError(err instanceof Error ? err.message : String(err)))
      .finally(() => setRunning(false));
  };

  return (
    <section className="import-panel export-dialog" role="dialog" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('export.heading')}</h2>
      <p>
        {t('export.what')}:{description}
      </p>
      <form
        className="export-options"
        onSubmit={(e) => {
          e.preventDefault();
          start();
        }}
      >
        <label>
          {t('export.title')}
          <input value={options.title} maxLength={200} required onChange={(e) => set({ title: e.target.value })} />
        </label>
        <label>
          {t('export.paper')}
          <select value={options.paper} onChange={(e) => set({ paper: e.target.value === 'letter' ? 'letter' : 'a4' })}>
            <option value="a4">A4</option>
            <option value="letter">Letter</option>
          </select>
        </label>
        <label>
          {t('export.columns')}
          <select value={options.columns} onChange={(e) => set({ columns: e.target.value === '2' ? 2 : 1 })}>
            <option value="1">1</option>
            <option value="2">2</option>
          </select>
        </label>
        <label>
          <input type="checkbox" checked={options.newPage} onChange={(e) => set({ newPage: e.target.checked })} />
          {t('export.newPage')}
        </label>
        <label>
          <input type="checkbox" checked={options.includeNotes} onChange={(e) => set({ includeNotes: e.target.checked })} />
          {t('export.notes')}
        </label>
        <div className="dialog-buttons">
          <button type="submit" disabled={running}>
            {t('export.start')}
          </button>
          {running && (
            <button type="button" onClick={() => void getApi().cancelExport()}>
              {t('export.cancel')}
            </button>
          )}
          <button type="button" onClick={onClose}>
            {t('export.close')}
          </button>
        </div>
      </form>
      {running && progress && (
        <div className="import-progress">
          <progress max={Math.max(progress.total, 1)} value={progress.done} aria-label={t('export.progress')} />
          <p role="status">
            {t(`export.phase.${progress.phase}`)} {progress.total > 0 && `${progress.done}/${progress.total}`}
          </p>
        </div>
      )}
      {result && (
        <p className="import-summary" role="status">
          {t('export.done', { stories: result.stories, pages: result.pages })}{' '}
          {result.download ? (
            <a href={authorisedUrl(result.download)} download>
              {t('export.download')}
            </a>
          ) : (
            t('export.savedTo', { file: result.file })
          )}
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
