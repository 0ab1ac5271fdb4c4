import { useEffect } from 'react';
import { getApi } from '../api';
import { useI18n } from '../i18n';
import type { useImport } from './use-import';

/**
 * With the setting importNewAtStart on, the pages added to the kept folders since the last start
 * come in without the import panel; only what was new, or what went wrong, is said. The setting is
 * read from the library's host, as the page's own copy may not have arrived yet.
 */
export function useImportAtStart(imports: ReturnType<typeof useImport>, say: (text: string) => void): void {
  const { t } = useI18n();
  useEffect(() => {
    const api = getApi();
    api
      .getSettings()
      .then(async ({ importNewAtStart }) => (importNewAtStart ? api.listImportFolders() : []))
      .then(
        (folders) => {
          const present = folders.filter((f) => f.present).map((f) => f.path);
          if (present.length > 0) imports.run(present, { quiet: true });
        },
        (err: unknown) => say(err instanceof Error ? err.message : String(err)),
      );
  }, []);
  useEffect(() => {
    if (!imports.quiet || (!imports.summary && !imports.error)) return;
    const s = imports.summary;
    if (imports.error) say(imports.error);
    else if (s && (s.pages > 0 || s.errors.length > 0)) {
      say(t('import.atStart', { pages: s.pages, articles: s.articles }) + (s.errors.length > 0 ? t('import.failed', { n: s.errors.length }) : ''));
    }
    imports.settleQuiet();
  }, [imports.summary, imports.error, imports.quiet]);
}
