import { DamagedLibraryError, Library, LibraryError, LibraryOpenError, NewerLibraryError, upgradeNotice, type LibraryOptions } from '../core/library';
import { UsageError } from './errors';
import { progressBar } from './progress-bar';

/**
 * Opens the --db file for a command, turning what can go wrong into sentences for the user. With
 * `moveDamagedAside`, a damaged file is renamed and a fresh library started in its place.
 */
export function openLibrary(file: string | undefined, options: LibraryOptions & { moveDamagedAside?: boolean } = {}): Library {
  if (!file) throw new UsageError('--db FILE is required (the library file)');
  const bar = progressBar();
  options = {
    onUpgrade: (from, to) => process.stderr.write(`broadsheet: ${upgradeNotice(file, from, to)}\n`),
    onUpgradeProgress: (_step, done, total) => {
      bar.update(done, total, `${done}/${total} stories re-indexed`);
      if (done === total) bar.done();
    },
    ...options,
  };
  try {
    return Library.open(file, options);
  } catch (err) {
    if (err instanceof DamagedLibraryError) {
      if (!options.moveDamagedAside) throw new UsageError(`${err.message} Run import again with --move-damaged-aside to do that.`);
      const moved = err.moveAside();
      process.stderr.write(`broadsheet: moved the damaged library to ${moved}; starting a fresh one.\n`);
      return Library.open(file, options);
    }
    if (err instanceof NewerLibraryError || err instanceof LibraryError || err instanceof LibraryOpenError) throw new UsageError(err.message);
    throw err;
  }
}

/** A positive integer flag value, or a usage error naming the flag. */
export function positiveInt(flag: string, value: string | undefined, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) throw new UsageError(`${flag} takes a whole number from 1 to ${max}, not "${value}"`);
  return Number(value);
}

/**
 * A damaged page met after a light open check surfaces as SQLITE_CORRUPT in the middle of a
 * command: say so the way the open check would have.
 */
export function explainDamage(err: unknown, file: string): unknown {
  const code = (err as { code?: string }).code;
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
    return new UsageError(`${new DamagedLibraryError(file, err instanceof Error ? err.message : String(code)).message} Run import again with --move-damaged-aside to do that.`);
  }
  return err;
}
