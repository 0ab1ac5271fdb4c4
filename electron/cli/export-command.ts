import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { ExportCancelledError, ExportError, exportToPdf, LazyChromiumPrinter, type ExportProgress } from '../core/export';
import { LibraryError } from '../core/library';
import { readArgs } from './args';
import { UsageError } from './errors';
import { openLibrary } from './library-access';
import { SELECTION_OPTIONS, SELECTION_USAGE, selectionOf } from './selection-args';

const USAGE = `usage: export --db FILE ${SELECTION_USAGE} --out FILE.pdf
              [--title T] [--paper a4|letter] [--columns 1|2] [--new-page] [--no-notes] [--json]`;

const usage = (message: string): UsageError => new UsageError(`${message}\n${USAGE}`);

/** Fails before the slow part when the PDF could not be written anyway. */
function checkOutput(out: string | undefined): string {
  if (!out) throw usage('--out FILE.pdf is required');
  if (!/\.pdf$/i.test(out)) throw usage(`--out names the PDF to write and must end in .pdf, not "${out}"`);
  const file = resolve(out);
  if (existsSync(file) && statSync(file).isDirectory()) throw new UsageError(`cannot write ${out}: it is a folder`);
  const dir = dirname(file);
  if (!existsSync(dir)) throw new UsageError(`cannot write ${out}: the folder ${dir} does not exist`);
  try {
    accessSync(existsSync(file) ? file : dir, constants.W_OK);
  } catch {
    throw new UsageError(`cannot write ${out}: permission denied`);
  }
  return file;
}

const PHASES: Record<ExportProgress['phase'], string> = { preparing: 'reading stories', printing: 'printing', numbering: 'numbering pages', done: 'done' };

/** `export`: a selection of the library as a PDF book (DESIGN.md §5, README "Export"). */
export async function runExport(argv: string[]): Promise<void> {
  const parsed = readArgs({
      args: argv,
      options: {
        db: { type: 'string' },
        ...SELECTION_OPTIONS,
        out: { type: 'string' },
        title: { type: 'string' },
        paper: { type: 'string' },
        columns: { type: 'string' },
        'new-page': { type: 'boolean', default: false },
        'no-notes': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
      },
      allowPositionals: true,
    }, USAGE);
  const { values, positionals } = parsed;
  const selection = selectionOf(values, positionals, usage);
  if (values.paper !== undefined && values.paper !== 'a4' && values.paper !== 'letter') throw usage(`--paper is a4 or letter, not "${values.paper}"`);
  if (values.columns !== undefined && values.columns !== '1' && values.columns !== '2') throw usage(`--columns is 1 or 2, not "${values.columns}"`);
  if (values.title !== undefined && values.title.trim() === '') throw usage('--title cannot be empty');
  const out = checkOutput(values.out);
  const options = {
    title: values.title,
    paper: values.paper,
    columns: values.columns === '2' ? 2 : 1,
    newPage: values['new-page'],
    includeNotes: !values['no-notes'],
  } as const;

  const library = openLibrary(values.db, { mustExist: true });
  const controller = new AbortController();
  const cancel = (): void => controller.abort();
  process.once('SIGINT', cancel);
  // Chromium starts on the first print, so a selection that cannot be exported fails at once.
  const printer = new LazyChromiumPrinter();
  try {
    const showProgress = process.stderr.isTTY === true;
    const result = await exportToPdf(library, selection, options, printer, {
      signal: controller.signal,
      onProgress: showProgress ? (p) => process.stderr.write(`\r\x1b[K${PHASES[p.phase]} ${p.done}/${p.total}`) : undefined,
    });
    if (showProgress) process.stderr.write('\r\x1b[K');
    try {
      await writeFile(out, result.pdf);
    } catch (err) {
      throw new UsageError(`cannot write ${values.out}: ${err instanceof Error ? err.message : String(err)}`);
    }
    for (const s of result.skipped) process.stderr.write(`broadsheet: skipped ${s}\n`);
    const summary = { out, stories: result.stories, pages: result.pages, bytes: result.pdf.byteLength, seconds: Number(result.seconds.toFixed(2)), contents: result.contents, skipped: result.skipped };
    if (values.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
    else process.stdout.write(`wrote ${out}: ${result.stories} stories on ${result.pages} pages (${(result.pdf.byteLength / 1024).toFixed(0)} KB) in ${result.seconds.toFixed(1)} s\n`);
  } catch (err) {
    if (err instanceof ExportError || err instanceof LibraryError) throw new UsageError(err.message);
    if (err instanceof ExportCancelledError) throw new UsageError('export cancelled; nothing was written');
    throw err;
  } finally {
    process.off('SIGINT', cancel);
    await printer.close();
    library.close();
  }
}
