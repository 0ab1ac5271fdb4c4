import { existsSync, renameSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { UserFacingError } from '../user-facing-error';
import { migrate, SCHEMA_VERSION, type UpgradeProgress } from './migrations';

/** The library file cannot be used as it is; `moveAside()` renames it so a fresh one can be made. */
export class DamagedLibraryError extends UserFacingError {
  override name = 'DamagedLibraryError';
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`The library file ${file} is damaged (${reason}). Move it aside and start a fresh library; the page files can be imported again.`);
  }

  /** Renames the file (and its WAL/SHM companions) to `<file>.damaged-<time>`; returns the new name. */
  moveAside(): string {
    const target = `${this.file}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(this.file, target);
    for (const suffix of ['-wal', '-shm']) {
      if (existsSync(this.file + suffix)) renameSync(this.file + suffix, target + suffix);
    }
    return target;
  }
}

/** The file was made by a newer Broadsheet: opening it here could corrupt it. */
export class NewerLibraryError extends UserFacingError {
  override name = 'NewerLibraryError';
  constructor(
    readonly file: string,
    readonly version: number,
  ) {
    super(`The library file ${file} was made by a newer version of Broadsheet (schema ${version}, this one knows ${SCHEMA_VERSION}). Update Broadsheet to open it.`);
  }
}

/** The file could not be opened at all (missing folder, no permission): nothing to do with damage. */
export class LibraryOpenError extends UserFacingError {
  override name = 'LibraryOpenError';
}

/** Page size of a new library file. */
export const PAGE_SIZE = 32768;

export interface OpenOptions {
  readonly?: boolean;
  /**
   * 'full' checks every page of every table and index (see checkEveryTable); 'light' checks the
   * header and schema, and falls back to 'full' when the last session did not end cleanly (its
   * write-ahead log is still there). Commands that only read use 'light'.
   */
  integrityCheck?: 'full' | 'light';
  /** Stop at this schema version (tests of migrations). */
  schemaVersion?: number;
  /** better-sqlite3's compiled binding to load instead of its own (Electron needs a build for its ABI). */
  nativeBinding?: string;
  /** Told before a library of an older schema is upgraded: some upgrades rebuild the index and take a while. */
  onUpgrade?: (from: number, to: number) => void;
  /** Told as a long upgrade step goes on (see UpgradeProgress). */
  onUpgradeProgress?: UpgradeProgress;
}

/**
 * The first problem PRAGMA quick_check finds in any table or index, or null. Checked one table at
 * a time so that the full-text index is checked as the tables that hold it, page by page, and not
 * also by FTS5's own consistency check, which decodes the whole index: on a library of 100,000
 * stories that took 3.1 s of a 3.4 s check at every start, against 0.3 s for every table's pages.
 */
function checkEveryTable(db: Database.Database): string | null {
  const tables = db.prepare<[], string>("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'").pluck().all();
  for (const table of tables) {
    const check = db.pragma(`quick_check("${table.replaceAll('"', '""')}")`, { simple: true });
    if (check !== 'ok') return String(check);
  }
  return null;
}

/** Opens (creating if needed) a library database: integrity check, WAL, migrations. */
export function openDatabase(file: string, options: OpenOptions = {}): Database.Database {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false, nativeBinding: options.nativeBinding });
  } catch (err) {
    const code = (err as { code?: string }).code ?? '';
    const message = err instanceof Error ? err.message : String(err);
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') throw new DamagedLibraryError(file, message);
    throw new LibraryOpenError(`cannot open the library file ${file}: ${message}`);
  }
  try {
    const uncleanShutdown = existsSync(`${file}-wal`) && statSync(`${file}-wal`).size > 0;
    if (options.integrityCheck !== 'light' || uncleanShutdown) {
      const problem = checkEveryTable(db);
      if (problem) throw new DamagedLibraryError(file, `integrity check: ${problem}`);
    } else db.prepare('SELECT count(*) FROM sqlite_schema').get();
    if (!options.readonly) {
      // Set while the file is empty (WAL fixes it after): the FTS index writes fewer, larger
      // pages, which was measured to make imports about a tenth faster than the default 4 KB.
      if (db.pragma('page_count', { simple: true }) === 0) db.pragma(`page_size = ${PAGE_SIZE}`);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
    db.pragma('cache_size = -65536');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) throw new NewerLibraryError(file, version);
    if (!options.readonly) {
      const target = options.schemaVersion ?? SCHEMA_VERSION;
      if (version > 0 && version < target) options.onUpgrade?.(version, target);
      migrate(db, target, options.onUpgradeProgress);
    }
    return db;
  } catch (err) {
    db.close();
    if (err instanceof DamagedLibraryError || err instanceof NewerLibraryError) throw err;
    const code = (err as { code?: string }).code ?? '';
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') throw new DamagedLibraryError(file, err instanceof Error ? err.message : code);
    throw err;
  }
}
