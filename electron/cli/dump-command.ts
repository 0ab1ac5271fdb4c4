import { readArgs } from './args';
import { UsageError } from './errors';
import { explainDamage, openLibrary } from './library-access';

/** `dump --db FILE --json`: every stored story as one JSON line, its id then the Article fields. */
export function runDump(argv: string[]): void {
  const parsed = readArgs({ args: argv, options: { db: { type: 'string' }, json: { type: 'boolean', default: false } }, allowPositionals: true }, 'usage: dump --db FILE --json');
  if (parsed.positionals.length > 0) throw new UsageError(`dump takes no positional arguments ("${parsed.positionals.join(' ')}")\nusage: dump --db FILE --json`);
  if (!parsed.values.json) throw new UsageError('dump writes JSON lines only: add --json');
  const library = openLibrary(parsed.values.db, { mustExist: true, integrityCheck: 'light' });
  try {
    let buffer = '';
    for (const { id, article } of library.stories()) {
      buffer += `${JSON.stringify({ id, ...article })}\n`;
      if (buffer.length > 1 << 16) {
        process.stdout.write(buffer);
        buffer = '';
      }
    }
    process.stdout.write(buffer);
  } catch (err) {
    throw explainDamage(err, library.file);
  } finally {
    library.close();
  }
}
