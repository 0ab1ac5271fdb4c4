import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DamagedLibraryError, Library, pendingUpgrade, upgradeOffThread, UpgradeWorkerError, type LibraryOptions } from '../library';
import type { EventHub } from './event-hub';

export interface AppLibrary {
  library: Library;
  /** Set when a damaged file was renamed so a fresh library could start. */
  movedAside: string | null;
  /** Whether the library was empty and got the bundled seed pages. */
  seeded: boolean;
}

export interface AppLibraryOptions extends LibraryOptions {
  /** Where the upgrade of an older file reports its progress to pages (libraryUpgrade events). */
  events?: EventHub;
}

/**
 * Opens the library of the desktop app or web host. Unlike the CLI, a person is not at a terminal
 * to decide, so a damaged file is moved aside (kept, never deleted) and a fresh one started; an
 * empty library gets the bundled seed pages, which is what a new user sees on first start, and
 * the seed pages a library holds are read again once a newer Broadsheet reads pages better. An
 * older file is upgraded in a worker thread, so the window or web host that waits for it keeps
 * answering and can show the upgrade's progress.
 */
export async function openAppLibrary(file: string, seedsDir: string | null, options: AppLibraryOptions = {}): Promise<AppLibrary> {
  mkdirSync(dirname(file), { recursive: true });
  let library: Library;
  let movedAside: string | null = null;
  try {
    library = await openUpgraded(file, options);
  } catch (err) {
    if (!(err instanceof DamagedLibraryError)) throw err;
    movedAside = err.moveAside();
    library = Library.open(file, options);
  }
  let seeded = false;
  if (seedsDir && existsSync(seedsDir)) {
    // The seed pages a library holds are read again if a newer Broadsheet reads pages better (they
    // are in no kept folder); unchanged ones are skipped, which for five files takes milliseconds.
    seeded = library.stats().pages === 0;
    if (seeded || library.storiesIn(seedsDir) > 0) await library.importPaths([seedsDir], { rememberFolders: false });
  }
  return { library, movedAside, seeded };
}

/** Opens the file, upgrading an older one in a worker thread first (or, if the worker cannot run, while opening). */
async function openUpgraded(file: string, options: AppLibraryOptions): Promise<Library> {
  const upgrade = pendingUpgrade(file, options.nativeBinding);
  if (!upgrade) return Library.open(file, options);
  options.onUpgrade?.(upgrade.from, upgrade.to);
  const onUpgradeProgress = (_step: number, done: number, total: number) => options.events?.emit('libraryUpgrade', { ...upgrade, done, total });
  try {
    await upgradeOffThread(file, { nativeBinding: options.nativeBinding, onProgress: onUpgradeProgress });
  } catch (err) {
    if (!(err instanceof UpgradeWorkerError)) throw err;
    return Library.open(file, { ...options, onUpgrade: undefined, onUpgradeProgress });
  }
  // The worker has just checked every table.
  return Library.open(file, { ...options, onUpgrade: undefined, integrityCheck: 'light' });
}
