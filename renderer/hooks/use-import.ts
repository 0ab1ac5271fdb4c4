import { useEffect, useState } from 'react';
import type { ImportProgress, ImportSummary } from '../../electron/shared/library';
import { getApi } from '../api';

/** Import state fed by the backend's events, so imports started from the menu or by drag and drop show too. */
export function useImport(onFinished: () => void) {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const api = getApi();
    const offProgress = api.on('importProgress', (p) => {
      setProgress(p);
      setSummary(null);
    });
    const offFinished = api.on('importFinished', (s) => {
      setSummary(s);
      onFinished();
    });
    return () => {
      offProgress();
      offFinished();
    };
  }, [onFinished]);

  const run = (paths: string[]) => {
    setError(null);
    setSummary(null);
    setProgress({ filesDone: 0, filesTotal: 0, stories: 0, file: null });
    getApi()
      .importPaths({ paths })
      .then(setSummary, (err: unknown) => {
        setProgress(null);
        setError(err instanceof Error ? err.message : String(err));
      });
  };

  const pick = (kind: 'folder' | 'files') => {
    getApi()
      .pickImportPaths({ kind })
      .then(({ paths }) => paths.length > 0 && run(paths), (err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  };

  const cancel = () => void getApi().cancelImport();
  const reset = () => {
    setProgress(null);
    setSummary(null);
    setError(null);
  };
  return { progress, summary, error, run, pick, cancel, reset };
}
