import type { Database } from 'better-sqlite3';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ImportFolder } from '../../shared/library';
import { pathsUnder } from './paths-under';

const isFolder = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/**
 * The folders a reader imported pages from, kept so that new pages added to them later (the next
 * day's paper) can be imported with one request. Files given by name are not kept: a file gains
 * no new pages.
 */
export class ImportFolders {
  private readonly storiesUnder;

  constructor(private readonly db: Database) {
    this.storiesUnder = db
      .prepare<[string, string], number>('SELECT count(*) FROM stories WHERE page_id IN (SELECT id FROM pages WHERE path >= ? AND path < ?)')
      .pluck();
  }

  /** Notes the folders among `paths` as looked in now; a folder already kept keeps when it was added. */
  looked(paths: readonly string[], now = new Date().toISOString()): void {
    const upsert = this.db.prepare(
      'INSERT INTO import_folders (path, added_at, checked_at) VALUES (?, ?, ?) ON CONFLICT (path) DO UPDATE SET checked_at = excluded.checked_at',
    );
    const folders = [...new Set(paths.map((p) => resolve(p)))].filter(isFolder);
    this.db.transaction(() => folders.forEach((path) => upsert.run(path, now, now)))();
  }

  /** Stories in the library from pages in `folder` or in folders inside it. */
  storiesIn(folder: string): number {
    return this.storiesUnder.get(...pathsUnder(folder)) ?? 0;
  }

  list(): ImportFolder[] {
    return this.db
      .prepare<[], { path: string; added_at: string; checked_at: string }>('SELECT path, added_at, checked_at FROM import_folders ORDER BY path')
      .all()
      .map((r) => ({ path: r.path, addedAt: r.added_at, checkedAt: r.checked_at, present: isFolder(r.path), stories: this.storiesIn(r.path) }));
  }

  forget(path: string): void {
    this.db.prepare('DELETE FROM import_folders WHERE path = ?').run(path);
  }

  /** Forgets the kept folders that are `path` or inside it: their pages have left the library. */
  forgetUnder(path: string): void {
    const [from, to] = pathsUnder(path);
    this.db.prepare('DELETE FROM import_folders WHERE path = ? OR (path >= ? AND path < ?)').run(resolve(path), from, to);
  }

  /**
   * Forgets the folders that are gone and no longer hold a page of the library: after their pages
   * were found in the folder they moved to, nothing is left to import from them or to keep.
   */
  forgetGoneAndEmpty(): void {
    for (const f of this.list()) if (!f.present && f.stories === 0) this.forget(f.path);
  }
}
