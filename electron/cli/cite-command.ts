import { ExportError, referencesOf } from '../core/export';
import { LibraryError } from '../core/library';
import { numberedReferences } from '../shared/citation';
import { readArgs } from './args';
import { UsageError } from './errors';
import { openLibrary } from './library-access';
import { SELECTION_OPTIONS, SELECTION_USAGE, selectionOf } from './selection-args';

const USAGE = `usage: cite --db FILE ${SELECTION_USAGE} [--json]`;

const usage = (message: string): UsageError => new UsageError(`${message}\n${USAGE}`);

/** `cite`: the GB/T 7714 references of a selection, numbered, one per line (what the export dialog copies). */
export async function runCite(argv: string[]): Promise<void> {
  const { values, positionals } = readArgs({ args: argv, options: { db: { type: 'string' }, ...SELECTION_OPTIONS, json: { type: 'boolean', default: false } }, allowPositionals: true }, USAGE);
  const selection = selectionOf(values, positionals, usage);
  const library = openLibrary(values.db, { mustExist: true });
  try {
    const { references, skipped } = await referencesOf(library, selection);
    for (const s of skipped) process.stderr.write(`broadsheet: skipped ${s}\n`);
    process.stdout.write(values.json ? `${JSON.stringify({ references, skipped })}\n` : `${numberedReferences(references)}\n`);
  } catch (err) {
    if (err instanceof ExportError || err instanceof LibraryError) throw new UsageError(err.message);
    throw err;
  } finally {
    library.close();
  }
}
