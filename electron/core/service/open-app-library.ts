import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DamagedLibraryError, Library, type LibraryOptions } from '../library';

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
 * empty library gets the bundled seed pages, which is what a new user sees on first start.
 */
export async function openAppLibrary(file: string, seedsDir: string | null, options: LibraryOptions = {}): Promise<AppLibrary> {
  mkdirSync(dirname(file), { recursive: true });
  let library: Library;
  let movedAside: string | null = null;
  try {
    library = Library.open(file, options);
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
