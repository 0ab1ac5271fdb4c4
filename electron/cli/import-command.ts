import { readArgs } from './args';
import { UsageError } from './errors';
import { openLibrary } from './library-access';
import { progressBar } from './progress-bar';

const USAGE = `usage: import PATH... --db FILE [--json] [--move-damaged-aside]
       import --again --db FILE [--json]   (the folders imported from before: their new and changed pages)`;

/**
 * `import PATH... --db FILE [--json]`: files and folders into the library; prints {pages, articles,
 * skipped, errors, seconds, moved, duplicates}. `--again` imports from the folders imported from before.
 */
export async function runImport(argv: string[]): Promise<void> {
  const parsed = readArgs({
      args: argv,
      options: {
        db: { type: 'string' },
        json: { type: 'boolean', default: false },
        again: { type: 'boolean', default: false },
        'move-damaged-aside': { type: 'boolean', default: false },
      },
      allowPositionals: true,
    }, USAGE);
  const { values, positionals } = parsed;
  if (values.again && positionals.length > 0) throw new UsageError(`import --again takes the folders imported from before; drop "${positionals.join(' ')}"\n${USAGE}`);
  if (!values.again && positionals.length === 0) throw new UsageError(`import needs at least one file or folder\n${USAGE}`);
  const library = openLibrary(values.db, { moveDamagedAside: values['move-damaged-aside'], mustExist: values.again });
  const paths = values.again ? library.importFolders().map((f) => f.path) : positionals;
  if (paths.length === 0) {
    library.close();
    throw new UsageError(`${values.db} has no folders imported from before; import a folder first`);
  }
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  const bar = progressBar();
  try {
    const s = await library.importPaths(paths, {
      onProgress: (p) => bar.update(p.filesDone, p.filesTotal, `${p.filesDone}/${p.filesTotal} files, ${p.stories} stories`),
      signal: controller.signal,
    });
    bar.done();
    const seconds = Number(s.seconds.toFixed(3));
    const summary = { pages: s.pages, articles: s.articles, skipped: s.skipped, errors: s.errors, seconds, moved: s.moved, duplicates: s.duplicates };
    if (values.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
    else {
      const moved = s.moved > 0 ? ` (${s.moved} of them moved here: their stories kept)` : '';
      const copies = s.duplicates.length > 0 ? `; ${s.duplicates.length} copies of pages already in the library not imported` : '';
      process.stdout.write(`imported ${s.pages} pages${moved}, ${s.articles} stories; ${s.skipped} unchanged files skipped${copies}; ${s.errors.length} errors; ${seconds} s\n`);
      for (const d of s.duplicates) process.stdout.write(`  ${d.file}: the same as ${d.of}\n`);
      for (const e of s.errors) process.stdout.write(`  ${e.file}: ${e.reason}\n`);
    }
    if (s.cancelled) throw new UsageError('import cancelled; the files finished before that are in the library');
    if (s.errors.length > 0 && s.pages === 0 && s.skipped === 0 && s.duplicates.length === 0) throw new UsageError('nothing could be imported (see the errors above)');
  } finally {
    process.off('SIGINT', onSigint);
    library.close();
  }
}
