import { ExportError, referencesOf } from '../core/export';
import { LibraryError } from '../core/library';
import { CITATION_FORMATS, citationsText } from '../shared/citation';
import { readArgs } from './args';
import { UsageError } from './errors';
import { openLibrary } from './library-access';
import { SELECTION_OPTIONS, SELECTION_USAGE, selectionOf } from './selection-args';

const USAGE = `usage: cite --db FILE ${SELECTION_USAGE} [--format gbt7714|ris] [--json]`;

const usage = (message: string): UsageError => new UsageError(`${message}\n${USAGE}`);

/** `cite`: a selection's GB/T 7714 references, numbered, one per line, or its RIS records (what the export dialog copies). */
export async function runCite(argv: string[]): Promise<void> {
  const { values, positionals } = readArgs({ args: argv, options: { db: { type: 'string' }, ...SELECTION_OPTIONS, format: { type: 'string', default: 'gbt7714' }, json: { type: 'boolean', default: false } }, allowPositionals: true }, USAGE);
  const selection = selectionOf(values, positionals, usage);
  const format = CITATION_FORMATS.find((f) => f === values.format);
  if (!format) throw usage(`--format is gbt7714 or ris, not "${values.format}"`);
  const library = openLibrary(values.db, { mustExist: true });
  try {
    const { references, skipped } = await referencesOf(library, selection, format);
    for (const s of skipped) process.stderr.write(`broadsheet: skipped ${s}\n`);
    process.stdout.write(values.json ? `${JSON.stringify({ references, skipped })}\n` : `${citationsText(references, format)}\n`);
  } catch (err) {
    if (err instanceof ExportError || err instanceof LibraryError) throw new UsageError(err.message);
    throw err;
  } finally {
    library.close();
  }
}
