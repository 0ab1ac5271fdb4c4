import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DamagedLibraryError, Library, pendingUpgrade, upgradeOffThread, UpgradeWorkerError, type LibraryOptions } from '../library';

export interface AppLibrary {
  library: Library;
  /** Set when a damaged file was renamed so a fresh library could start. */
  movedAside: string | null;
  /** Whether the library was empty and got the bundled seed pages. */
  seeded: boolean;
}

/**
 * Opens the library of the desktop app or web host. Unlike the CLI, a person is not at a terminal
 * to decide, so a damaged file is moved aside (kept, never deleted) and a fresh one started; an
 * empty library gets the bundled seed pages, which is what a new user sees on first start. An
 * older file is upgraded in a worker thread, so the window or web host that waits for it keeps
 * answering and can show the upgrade's progress (options.onUpgradeProgress).
 */
export async function openAppLibrary(file: string, seedsDir: string | null, options: LibraryOptions = {}): Promise<AppLibrary> {
  mkdirSync(dirname(file), { recursive: true });
  let library: Library;
  let movedAside: string | null = null;
  try {
    const announced = await upgradeIfOlder(file, options);
    library = Library.open(file, announced ? { ...options, onUpgrade: undefined } : options);
  } catch (err) {
    if (!(err instanceof DamagedLibraryError)) throw err;
    movedAside = err.moveAside();
    library = Library.open(file, options);
  }
  let seeded = false;
  if (seedsDir && existsSync(seedsDir) && library.stats().pages === 0) {
    await library.importPaths([seedsDir]);
    seeded = true;
  }
  return { library, movedAside, seeded };
}

/** Whether the file was older (and onUpgrade told so). */
async function upgradeIfOlder(file: string, options: LibraryOptions): Promise<boolean> {
  const upgrade = pendingUpgrade(file, options.nativeBinding);
  if (!upgrade) return false;
  options.onUpgrade?.(upgrade.from, upgrade.to);
  try {
    await upgradeOffThread(file, { nativeBinding: options.nativeBinding, onProgress: options.onUpgradeProgress });
  } catch (err) {
    // Opening upgrades the file in this thread instead, or says what stops it.
    if (!(err instanceof UpgradeWorkerError)) throw err;
  }
  return true;
}
