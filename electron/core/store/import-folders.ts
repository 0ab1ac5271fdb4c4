import type { Database } from 'better-sqlite3';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ImportFolder } from '../../shared/library';

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
  constructor(private readonly db: Database) {}

  /** Notes the folders among `paths` as looked in now; a folder already kept keeps when it was added. */
  looked(paths: readonly string[], now = new Date().toISOString()): void {
    const upsert = this.db.prepare(
      'INSERT INTO import_folders (path, added_at, checked_at) VALUES (?, ?, ?) ON CONFLICT (path) DO UPDATE SET checked_at = excluded.checked_at',
    );
    const folders = [...new Set(paths.map((p) => resolve(p)))].filter(isFolder);
    this.db.transaction(() => folders.forEach((path) => upsert.run(path, now, now)))();
  }

  list(): ImportFolder[] {
    return this.db
      .prepare<[], { path: string; added_at: string; checked_at: string }>('SELECT path, added_at, checked_at FROM import_folders ORDER BY path')
      .all()
      .map((r) => ({ path: r.path, addedAt: r.added_at, checkedAt: r.checked_at, present: isFolder(r.path) }));
  }

  forget(path: string): void {
    this.db.prepare('DELETE FROM import_folders WHERE path = ?').run(path);
  }
}
