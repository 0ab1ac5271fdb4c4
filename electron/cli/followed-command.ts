import { readArgs } from './args';
import { UsageError } from './errors';
import { explainDamage, openLibrary } from './library-access';

const USAGE = 'usage: followed --db FILE [--json]';

/**
 * `followed --db FILE [--json]`: the searches followed in the app, each with its unread and total
 * stories, so that a script importing the day's pages (`import --again`) can say what they brought.
 */
export function runFollowed(argv: string[]): void {
  const { values, positionals } = readArgs({ args: argv, options: { db: { type: 'string' }, json: { type: 'boolean', default: false } }, allowPositionals: true }, USAGE);
  if (positionals.length > 0) throw new UsageError(`followed takes no positional arguments ("${positionals.join(' ')}")\n${USAGE}`);
  const library = openLibrary(values.db, { mustExist: true, integrityCheck: 'light' });
  try {
    const followed = library.followedSearches();
    if (values.json) for (const f of followed) process.stdout.write(`${JSON.stringify(f)}\n`);
    else if (followed.length === 0) process.stdout.write('no searches are followed in this library; follow one in the app (☆ 关注 beside the list’s title)\n');
    else for (const f of followed) process.stdout.write(`${String(f.unread).padStart(6)} unread ${String(f.total).padStart(7)} in all  ${f.name}\n`);
  } catch (err) {
    throw explainDamage(err, library.file);
  } finally {
    library.close();
  }
}
