import { useEffect, useState } from 'react';
import type { ApiEventPayload, ExportRequest, ExportResult, Settings } from '../../electron/shared/api';
import { citationsText, type CitationFormat } from '../../electron/shared/citation';
import { fileStemOf } from '../../electron/shared/file-names';
import { getApi } from '../api';
import { copyText } from '../clipboard';
import { saveTextFile } from '../save-file';
import { authorisedUrl } from '../http-api';
import { useI18n } from '../i18n';

interface Props {
  selection: ExportRequest['selection'];
  /** What is being exported, in words. */
  description: string;
  /** The choices of the last export, offered again. */
  remembered: Settings['exportOptions'];
  /** Keeps the choices an export was started with, for the next one. */
  onRemember: (options: Settings['exportOptions']) => void;
  onClose: () => void;
}

type Options = NonNullable<ExportRequest['options']>;

/** Where copying the references has come: asked for, on the clipboard, or to be copied by hand. */
type Citing =
  | { state: 'running' }
  | { state: 'copied'; format: CitationFormat; count: number; skipped: number }
  | { state: 'saved'; file: string; count: number; skipped: number }
  | { state: 'by-hand'; text: string; skipped: number };

/** Export to PDF: the options of the export engine, progress from its events, and the finished book. */
export function ExportDialog({ selection, description, remembered, onRemember, onClose }: Props) {
  const { t } = useI18n();
  const [options, setOptions] = useState<Options>({ title: '剪报集', ...remembered });
  const [progress, setProgress] = useState<ApiEventPayload<'exportProgress'> | null>(null);
  const [result, setResult] = useState<ExportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const [citing, setCiting] = useState<Citing | null>(null);
  useEffect(() => getApi().on('exportProgress', setProgress), []);
  const set = (patch: Partial<Options>) => setOptions((o) => ({ ...o, ...patch }));

  const start = () => {
    const { paper, columns, newPage, includeNotes } = options;
    onRemember({ paper, columns, newPage, includeNotes });
    setRunning(true);
    setError(null);
    setResult(null);
    getApi()
      .exportPdf({ selection, options })
      .then(setResult, (err: unknown) => setError(err instanceof Error ? err.message : String(err)))
      .finally(() => setRunning(false));
  };

  /** The selection's references on the clipboard, or its RIS records as a file (for EndNote, NoteExpress). */
  const cite = (format: CitationFormat, into: 'clipboard' | 'file') => {
    setCiting({ state: 'running' });
    setError(null);
    getApi()
      .citeSelection({ selection, format })
      .then(({ references, skipped }) => {
        const text = citationsText(references, format);
        if (into === 'file') {
          const file = `${fileStemOf(options.title, t('export.references'))}.ris`;
          saveTextFile(file, text, 'application/x-research-info-systems');
          return setCiting({ state: 'saved', file, count: references.length, skipped: skipped.length });
        }
        return copyText(text).then(
          () => setCiting({ state: 'copied', format, count: references.length, skipped: skipped.length }),
          () => setCiting({ state: 'by-hand', text, skipped: skipped.length }),
        );
      })
      .catch((err: unknown) => {
        setCiting(null);
        setError(err instanceof Error ? err.message : String(err));
      });
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
      <div className="export-references">
        <button type="button" disabled={citing?.state === 'running'} onClick={() => cite('gbt7714', 'clipboard')} title={t('export.referencesHint')}>
          {t('export.references')}
        </button>
        <button type="button" disabled={citing?.state === 'running'} onClick={() => cite('ris', 'clipboard')} title={t('export.risHint')}>
          {t('export.ris')}
        </button>
        <button type="button" disabled={citing?.state === 'running'} onClick={() => cite('ris', 'file')} title={t('export.risHint')}>
          {t('export.risFile')}
        </button>
        <span>{t('export.referencesNote')}</span>
      </div>
      {citing?.state === 'copied' && (
        <p className="import-summary" role="status">
          {t(citing.format === 'ris' ? 'export.risCopied' : 'export.referencesCopied', { n: citing.count })} {citing.skipped > 0 && t('export.referencesSkipped', { n: citing.skipped })}
        </p>
      )}
      {citing?.state === 'saved' && (
        <p className="import-summary" role="status">
          {t('export.risSaved', { n: citing.count, file: citing.file })} {citing.skipped > 0 && t('export.referencesSkipped', { n: citing.skipped })}
        </p>
      )}
      {citing?.state === 'by-hand' && (
        <>
          <p role="alert">
            {t('export.referencesByHand')} {citing.skipped > 0 && t('export.referencesSkipped', { n: citing.skipped })}
          </p>
          <textarea className="export-reference-list" readOnly rows={6} value={citing.text} aria-label={t('export.references')} onFocus={(e) => e.currentTarget.select()} />
        </>
      )}
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
