import { readArgs } from './args';
import { UsageError } from './errors';
import { openLibrary } from './library-access';

const USAGE = 'usage: remove PATH... --db FILE [--json]   (page files, or folders: every page imported from under them)';

/**
 * `remove PATH... --db FILE [--json]`: takes the pages imported from those files or folders out of
 * the library; prints {pages, stories, notFound}. The files stay, and so do bookmarks and clippings.
 */
export function runRemove(argv: string[]): void {
  const { values, positionals } = readArgs(
    {
      args: argv,
      options: { db: { type: 'string' }, json: { type: 'boolean', default: false } },
      allowPositionals: true,
    },
    USAGE,
  );
  if (positionals.length === 0) throw new UsageError(`remove needs at least one page file or folder\n${USAGE}`);
  const library = openLibrary(values.db, { mustExist: true });
  try {
    const removed = library.removePages(positionals);
    if (values.json) process.stdout.write(`${JSON.stringify(removed)}\n`);
    else {
      process.stdout.write(`removed ${removed.pages} pages, ${removed.stories} stories; the files were not touched, and bookmarks and clippings keep their titles\n`);
      for (const path of removed.notFound) process.stdout.write(`  ${path}: no page of the library was imported from here\n`);
    }
    if (removed.pages === 0) throw new UsageError('nothing was removed: no page of the library was imported from those paths');
  } finally {
    library.close();
  }
}
