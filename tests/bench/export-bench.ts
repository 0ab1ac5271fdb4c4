import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChromiumPrinter, exportToPdf, type ExportOptionsInput } from '../../electron/core/export';
import { Library } from '../../electron/core/library';
import { readPage } from '../../electron/core/page';
import type { ParsedPage } from '../../electron/shared/model';

/**
 * Times exports of 100 stories (the seeds' stories spread over dated editions, so the book has
 * real dates, citations and lengths) and how long the event loop stalled meanwhile: the export runs
 * in the main process or web host, which must keep answering. Prints JSON; never fails on time.
 */

const STORIES = 100;
const ROOT = join(import.meta.dirname, '../..');

function pages(): ParsedPage[] {
  const seeds = readdirSync(join(ROOT, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readPage(readFileSync(join(ROOT, 'seeds', f), 'utf8'), `seeds/${f}`));
  const out: ParsedPage[] = [];
  let stories = 0;
  for (let day = 1; stories < STORIES; day++) {
    const seed = seeds[day % seeds.length];
    if (!seed) break;
    const date = `2024-01-${String(day).padStart(2, '0')}`;
    const articles = seed.articles.slice(0, STORIES - stories).map((a) => ({ ...a, date }));
    out.push({ ...seed, source: `archive/${date}/嘉善版第${(day % 8) + 1}版.txt`, edition: { ...seed.edition, date }, articles });
    stories += articles.length;
  }
  return out;
}

/** Longest gap between 10 ms timer ticks while `work` runs: how long the host would not answer. */
async function withLoopLag<T>(work: () => Promise<T>): Promise<{ value: T; maxLagMs: number }> {
  let last = performance.now();
  let maxLagMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    maxLagMs = Math.max(maxLagMs, now - last - 10);
    last = now;
  }, 10);
  try {
    return { value: await work(), maxLagMs };
  } finally {
    clearInterval(timer);
  }
}

const dir = mkdtempSync(join(tmpdir(), 'broadsheet-export-bench-'));
const library = Library.open(join(dir, 'bench.db'));
const printer = await ChromiumPrinter.launch();
try {
  library.importParsedPages(pages());
  const ids = [...library.stories()].map((s) => s.id).slice(0, STORIES);
  const runs: Record<string, unknown>[] = [];
  const variants: [string, ExportOptionsInput][] = [
    ['a4, one column, continuous', {}],
    ['a4, two columns, each story on a new page', { columns: 2, newPage: true }],
  ];
  for (const [name, options] of variants) {
    const started = performance.now();
    let preparedMs = 0;
    const { value: result, maxLagMs } = await withLoopLag(() =>
      exportToPdf(library, { kind: 'stories', ids }, options, printer, {
        onProgress: (p) => {
          if (p.phase === 'printing' && p.done === 0) preparedMs = performance.now() - started;
        },
      }),
    );
    runs.push({
      variant: name,
      stories: result.stories,
      pages: result.pages,
      megabytes: Number((result.pdf.byteLength / 1e6).toFixed(2)),
      seconds: Number(result.seconds.toFixed(2)),
      secondsPerStory: Number((result.seconds / result.stories).toFixed(3)),
      secondsToPrepare: Number((preparedMs / 1000).toFixed(3)),
      maxEventLoopLagMs: Number(maxLagMs.toFixed(1)),
    });
  }
  process.stdout.write(`${JSON.stringify({ bench: 'export', stories: ids.length, printer: 'chromium (playwright-core)', runs }, null, 2)}\n`);
} finally {
  await printer.close();
  library.close();
  rmSync(dir, { recursive: true, force: true });
}
