/**
 * Builds what the app runs: the renderer with Vite (dist/renderer), and with esbuild the Electron
 * main process (dist/main/main.cjs), the preload (dist/preload/preload.cjs) and the web host
 * (dist/host/web-host.mjs); main and the web host each with the core's worker threads beside them.
 * All output goes to stderr so that `npm run web`'s first stdout line stays the URL.
 *
 *   tsx scripts/build-app.ts [renderer] [main] [preload] [host] [bench] [--if-stale]
 *
 * With no target named, it builds the app's four; `bench` (the import benchmark's worker) only
 * when named.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild, type Plugin } from 'esbuild';
import { build as vite, createLogger } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const TARGETS = ['renderer', 'main', 'preload', 'host'] as const;
/** Built only when asked for: the benchmark's import runs the core as the app bundles it. */
const OTHER_TARGETS = ['bench'] as const;
type Target = (typeof TARGETS)[number] | (typeof OTHER_TARGETS)[number];

const say = (line: string) => process.stderr.write(`build: ${line}\n`);

/**
 * Core modules find data files relative to their own source file (import.meta.url). In a bundle
 * that URL would be the bundle's, so each use is replaced by the module's original location under
 * the app folder (two levels above dist/<target>/), which holds the same files when packaged.
 */
const sourceLocation: Plugin = {
  name: 'source-location',
  setup(b) {
    b.onLoad({ filter: /[\\/]electron[\\/].*\.ts$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const text = await readFile(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const rel = relative(root, args.path).split('\\').join('/');
      return { contents: text.replaceAll('import.meta.url', `__broadsheetSourceUrl(${JSON.stringify(rel)})`), loader: 'ts' };
    });
  },
};

const bannerFor = (format: 'cjs' | 'esm') =>
  format === 'cjs'
    ? `const __broadsheetSourceUrl = (rel) => require('node:url').pathToFileURL(require('node:path').join(__dirname, '..', '..', rel)).href;`
    : `import { createRequire as __broadsheetCreateRequire } from 'node:module';
const require = __broadsheetCreateRequire(import.meta.url);
const __broadsheetSourceUrl = (rel) => new URL('../../' + rel, import.meta.url).href;`;

async function bundle(entry: string, outfile: string, format: 'cjs' | 'esm', external: string[], define: Record<string, string> = {}): Promise<void> {
  await esbuild({
    define,
    entryPoints: [join(root, entry)],
    outfile: join(root, outfile),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format,
    external,
    plugins: [sourceLocation],
    banner: { js: bannerFor(format) },
    sourcemap: 'linked',
    logLevel: 'warning',
  });
}

const OUTPUTS: Record<Target, string> = {
  renderer: 'dist/renderer/index.html',
  main: 'dist/main/main.cjs',
  preload: 'dist/preload/preload.cjs',
  host: 'dist/host/web-host.mjs',
  bench: 'dist/bench/import-worker.mjs',
};
const SOURCES: Record<Target, string[]> = {
  renderer: ['renderer', 'electron/shared', 'vite.config.ts'],
  main: ['electron'],
  preload: ['electron/preload', 'electron/shared'],
  host: ['electron'],
  bench: ['electron', 'tests/bench/import-worker.ts'],
};

function newestMtime(path: string): number {
  const full = join(root, path);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(full).reduce((m, name) => Math.max(m, newestMtime(join(path, name))), stat.mtimeMs);
}

const stale = (t: Target) => {
  const out = join(root, OUTPUTS[t]);
  return !existsSync(out) || Math.max(...SOURCES[t].map(newestMtime), newestMtime('package.json')) > statSync(out).mtimeMs;
};

/**
 * The core's worker threads (electron/core/worker-thread.ts): the import reads pages in some, and
 * an older library is upgraded in another. A bundle that opens a library gets each worker as a
 * bundle of its own beside it, and is told where it is.
 */
const WORKERS = [
  { name: 'page-worker', entry: 'electron/core/import/page-worker.ts', define: 'BROADSHEET_PAGE_WORKER', external: [] },
  { name: 'upgrade-worker', entry: 'electron/core/store/upgrade-worker.ts', define: 'BROADSHEET_UPGRADE_WORKER', external: ['better-sqlite3'] },
];

async function bundleWithWorkers(entry: string, outfile: string, format: 'cjs' | 'esm', external: string[]): Promise<void> {
  const workers = WORKERS.map((w) => ({ ...w, outfile: `${dirname(outfile)}/${w.name}.${format === 'cjs' ? 'cjs' : 'mjs'}` }));
  const define = Object.fromEntries(workers.map((w) => [w.define, JSON.stringify(w.outfile)]));
  await Promise.all([bundle(entry, outfile, format, external, define), ...workers.map((w) => bundle(w.entry, w.outfile, format, w.external))]);
}

const builders: Record<Target, () => Promise<void>> = {
  renderer: async () => {
    const logger = createLogger('warn');
    logger.info = (msg) => process.stderr.write(`${msg}\n`);
    await vite({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn', customLogger: logger });
  },
  main: () => bundleWithWorkers('electron/main/main.ts', OUTPUTS.main, 'cjs', ['electron', 'better-sqlite3']),
  preload: () => bundle('electron/preload/preload.ts', OUTPUTS.preload, 'cjs', ['electron']),
  // playwright-core (the export printer) locates its own files at run time, so it stays a package.
  host: () => bundleWithWorkers('electron/host/web-host.ts', OUTPUTS.host, 'esm', ['better-sqlite3', 'playwright-core', 'pdfjs-dist']),
  bench: () => bundleWithWorkers('tests/bench/import-worker.ts', OUTPUTS.bench, 'esm', ['better-sqlite3']),
};

const args = process.argv.slice(2);
const ifStale = args.includes('--if-stale');
const asked = args.filter((a) => !a.startsWith('--'));
const known: readonly string[] = [...TARGETS, ...OTHER_TARGETS];
for (const name of asked) if (!known.includes(name)) throw new Error(`unknown build target "${name}" (${known.join(', ')})`);
const targets = (asked.length > 0 ? asked : TARGETS) as Target[];
for (const target of targets) {
  if (ifStale && !stale(target)) continue;
  const started = performance.now();
  await builders[target]();
  say(`${target} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
