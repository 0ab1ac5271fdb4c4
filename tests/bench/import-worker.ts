import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Library } from '../../electron/core/library';
import { collectPageFiles } from '../../electron/core/import/collect-files';
import { decodePageBytes } from '../../electron/core/import/decode';
import { readPage } from '../../electron/core/page';
import type { ParsedPage } from '../../electron/shared/model';

/**
 * Runs one import in its own process so its peak memory (maxRSS) is the import's alone. The
 * benchmark runs it as scripts/build-app.ts bundles it (target bench), as the app runs the core.
 *   parsed DB PAGES.jsonl   store already-parsed pages (the store's own speed)
 *   files DB PATH...        import page files or folders: decode + readPage + store (the whole
 *                           pipeline; BENCH_WORKERS=0 reads every page in the importing thread)
 *   parse PATH...           decode + readPage only, in one thread (the reading's share)
 *   remove DB PATH          take the pages imported from under PATH out of the library
 * Prints one JSON line.
 */
const [mode, ...args] = process.argv.slice(2);
const mb = () => Math.round(process.resourceUsage().maxRSS / 1024);
/** CPU seconds since `from`: unlike wall time, not inflated when other processes share the cores. */
const cpuSince = (from: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1e6;
};

async function main(): Promise<void> {
  if (mode === 'parsed') {
    const [db = '', jsonl = ''] = args;
    const pages = readFileSync(jsonl, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as ParsedPage);
    const library = Library.open(db);
    const started = performance.now();
    const cpu = process.cpuUsage();
    let stories = 0;
    for (let i = 0; i < pages.length; i += 500) stories += library.importParsedPages(pages.slice(i, i + 500));
    const seconds = (performance.now() - started) / 1000;
    const cpuSeconds = cpuSince(cpu);
    library.close();
    console.log(JSON.stringify({ pages: pages.length, stories, seconds, cpuSeconds, maxRssMB: mb() }));
  } else if (mode === 'files') {
    const [db = '', ...files] = args;
    const library = Library.open(db);
    const cpu = process.cpuUsage();
    // In the desktop app the import shares its thread with the API: how long could a call wait?
    const lag = monitorEventLoopDelay({ resolution: 10 });
    lag.enable();
    const summary = await library.importPaths(files, process.env.BENCH_WORKERS ? { workers: Number(process.env.BENCH_WORKERS) } : {});
    lag.disable();
    const cpuSeconds = cpuSince(cpu);
    library.close();
    const eventLoopLagMs = { p50: Math.round(lag.percentile(50) / 1e6), p99: Math.round(lag.percentile(99) / 1e6), max: Math.round(lag.max / 1e6) };
    const duplicates = summary.duplicates.length;
    console.log(JSON.stringify({ pages: summary.pages, stories: summary.articles, errors: summary.errors.length, duplicates, seconds: summary.seconds, cpuSeconds, maxRssMB: mb(), eventLoopLagMs }));
  } else if (mode === 'parse') {
    const started = performance.now();
    const cpu = process.cpuUsage();
    let stories = 0;
    const { files } = collectPageFiles(args);
    for (const file of files) stories += readPage(decodePageBytes(readFileSync(file)).text, file).articles.length;
    console.log(JSON.stringify({ pages: files.length, stories, seconds: (performance.now() - started) / 1000, cpuSeconds: cpuSince(cpu), maxRssMB: mb() }));
  } else if (mode === 'remove') {
    const [db = '', path = ''] = args;
    const library = Library.open(db);
    const started = performance.now();
    const removed = library.removePages([path]);
    const seconds = (performance.now() - started) / 1000;
    library.close();
    console.log(JSON.stringify({ pages: removed.pages, stories: removed.stories, seconds }));
  } else throw new Error(`unknown mode ${mode}`);
}

void main();
