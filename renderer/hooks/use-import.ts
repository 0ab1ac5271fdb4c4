import { useEffect, useRef, useState } from 'react';
import type { ImportProgress, ImportSummary } from '../../electron/shared/library';
import { getApi } from '../api';

/**
 * Import state fed by the backend's events, so imports started from the menu or by drag and drop
 * show too. A `quiet` import (the one at start) is not shown while it runs; its outcome is.
 */
export function useImport(onFinished: () => void) {
  const [quiet, setQuiet] = useState(false);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  // After a quiet import is settled, its last events may still be on their way (they do not come
  // the way the call's answer does): they must not show it again. The next run listens again.
  const settled = useRef(false);

  useEffect(() => {
    const api = getApi();
    const offProgress = api.on('importProgress', (p) => {
      if (settled.current) return;
      setProgress(p);
      setSummary(null);
    });
    const offFinished = api.on('importFinished', (s) => {
      if (!settled.current) setSummary(s);
      onFinished();
    });
    return () => {
      offProgress();
      offFinished();
    };
  }, [onFinished]);

  const run = (paths: string[], options: { quiet?: boolean } = {}) => {
    settled.current = false;
    setQuiet(options.quiet === true);
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
    setQuiet(false);
    setProgress(null);
    setSummary(null);
    setError(null);
  };
  /** Done with a quiet import's outcome: forget it, and its stragglers. */
  const settleQuiet = () => {
    settled.current = true;
    reset();
  };
  return { quiet, progress, summary, error, run, pick, cancel, reset, settleQuiet };
}
