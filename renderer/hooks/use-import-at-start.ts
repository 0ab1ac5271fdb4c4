import { useEffect, useRef } from 'react';
import type { FollowedSearch } from '../../electron/shared/library';
import { getApi } from '../api';
import { useI18n } from '../i18n';
import type { useImport } from './use-import';

/**
 * With the setting importNewAtStart on, the pages added to the kept folders since the last start
 * come in without the import panel; only what was new, or what went wrong, is said, and which
 * followed searches the new pages added stories to. The setting is read from the library's host,
 * as the page's own copy may not have arrived yet.
 */
export function useImportAtStart(imports: ReturnType<typeof useImport>, say: (text: string) => void): void {
  const { t } = useI18n();
  // How many stories each followed search found before the import, to say what it added.
  const followedBefore = useRef<ReadonlyMap<number, number>>(new Map());
  useEffect(() => {
    const api = getApi();
    api
      .getSettings()
      .then(async ({ importNewAtStart }) => {
        if (!importNewAtStart) return [];
        followedBefore.current = totals(await api.listFollowedSearches());
        return api.listImportFolders();
      })
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
      const said = t('import.atStart', { pages: s.pages, articles: s.articles }) + (s.errors.length > 0 ? t('import.failed', { n: s.errors.length }) : '');
      getApi()
        .listFollowedSearches()
        .then(
          (after) => {
            const gains = after.flatMap((f) => {
              const added = f.total - (followedBefore.current.get(f.id) ?? f.total);
              return added > 0 ? [t('import.followedGain', { name: f.name, n: added })] : [];
            });
            say(gains.length > 0 ? said + t('import.atStartFollowed', { gains: gains.join(t('import.gainsJoin')) }) : said);
          },
          () => say(said),
        );
    }
    imports.settleQuiet();
  }, [imports.summary, imports.error, imports.quiet]);
}

const totals = (followed: readonly FollowedSearch[]): ReadonlyMap<number, number> => new Map(followed.map((f) => [f.id, f.total]));
