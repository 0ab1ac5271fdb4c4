import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import type { ParsedPage } from '../../shared/model';
import type { ImportProgress, ImportSummary } from '../../shared/library';
import { PageBatch, PageWriter, type BatchResult } from '../store/page-writer';
import { collectPageFiles } from './collect-files';
import { decodePageBytes } from './decode';

export const MAX_PAGE_BYTES = 20 * 1024 * 1024;

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  /** Aborting stops after the file in hand; files already stored stay stored. */
  signal?: AbortSignal;
}

export type PageReader = (text: string, source: string) => ParsedPage;

/** How long the import may hold the event loop before letting progress, UI and cancel through. */
const YIELD_EVERY_MS = 30;
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

function describe(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'file disappeared';
  if (code === 'EISDIR') return 'is a folder';
  return err instanceof Error ? err.message : String(err);
}

/**
 * Imports page files and folders. Each file is atomic: one that fails is reported with its reason
 * and leaves the library as it was; an unchanged file (same bytes) is skipped; a changed one
 * replaces its own stories only. Commits are grouped (see PageBatch) and made before returning,
 * also when cancelled.
 */
export async function importFiles(db: Database, paths: readonly string[], readPage: PageReader, options: ImportOptions = {}): Promise<ImportSummary> {
  const started = performance.now();
  const { files, errors } = collectPageFiles(paths);
  const summary: ImportSummary = { pages: 0, articles: 0, skipped: 0, errors, seconds: 0, cancelled: false };
  const writer = new PageWriter(db);
  const batch = new PageBatch(db, writer);
  const record = (r: BatchResult | null) => {
    if (!r) return;
    summary.pages += r.pages;
    summary.articles += r.stories;
    summary.errors.push(...r.errors);
  };
  const progress = (done: number, file: string | null) =>
    options.onProgress?.({ filesDone: done, filesTotal: files.length, stories: summary.articles + batch.pendingStories, file });
  progress(0, null);
  let lastYield = performance.now();
  for (let i = 0; i < files.length; i++) {
    if (options.signal?.aborted) {
      summary.cancelled = true;
      break;
    }
    const file = files[i] ?? '';
    try {
      const size = statSync(file).size;
      if (size > MAX_PAGE_BYTES) throw new Error(`too large for a page (${(size / 1048576).toFixed(1)} MB, the limit is 20 MB)`);
      const bytes = readFileSync(file);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      if (writer.isUnchanged(file, sha256)) summary.skipped++;
      else {
        const { text, encoding } = decodePageBytes(bytes);
        record(batch.add({ path: file, sha256, size: bytes.length, encoding }, readPage(text, file)));
      }
    } catch (err) {
      summary.errors.push({ file, reason: describe(err) });
    }
    progress(i + 1, file);
    if (performance.now() - lastYield > YIELD_EVERY_MS) {
      await yieldToEventLoop();
      lastYield = performance.now();
    }
  }
  record(batch.flush());
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
