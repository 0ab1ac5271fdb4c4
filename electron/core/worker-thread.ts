import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** tsx's ESM API, found through its package's exports (require.resolve would pick the CommonJS one). */
function tsxEsmApi(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  return pathToFileURL(join(dirname(manifest), exports['./esm/api']?.import.default ?? '')).href;
}

/**
 * Starts a worker thread of the core. In bundles, scripts/build-app.ts builds each worker beside
 * the bundle that starts it and tells that bundle the worker's path relative to the app folder
 * (`bundled`). From source (tests, CLI) the worker is its TypeScript entry (`sourceEntry`, a file
 * URL), loaded through tsx.
 */
export function startCoreWorker(bundled: string | undefined, sourceEntry: string, workerData?: unknown): Worker {
  if (bundled !== undefined) return new Worker(new URL(`../../${bundled}`, import.meta.url), { workerData });
  // A worker's entry is loaded before --import hooks apply, so the entry registers tsx itself.
  const tsx = tsxEsmApi();
  return new Worker(`import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(sourceEntry)}); })`, { eval: true, workerData });
}
