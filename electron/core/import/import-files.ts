import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { ParsedPage } from '../../shared/model';
import type { ImportProgress, ImportSummary } from '../../shared/library';
import { fileTopics, type PageWithoutTopics } from '../enrich';
import { readPage as standardReadPage, READER_VERSION } from '../page';
import type { BatchResult, PageBatch, PageFile } from '../store/page-writer';
import { collectPageFiles } from './collect-files';
import { pageFromBytes, reasonOf, type PageReader } from './page-from-bytes';
import { PageWorkerPool } from './page-worker-pool';

export type { PageReader } from './page-from-bytes';

export const MAX_PAGE_BYTES = 20 * 1024 * 1024;

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  /** Aborting stops after the file in hand; files already stored stay stored. */
  signal?: AbortSignal;
  /**
   * Worker threads that read pages while this thread stores them. By default one per core but
   * one when there are at least MIN_FILES_FOR_WORKERS files, none for fewer; 0 reads every page here.
   */
  workers?: number;
}

/** How long the import may hold the event loop before letting progress, UI and cancel through. */
const YIELD_EVERY_MS = 30;
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Below this many files, starting workers (each loads the gazetteer) costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 64;
/**
 * Files read from disk ahead of the one being stored, and of those, how many workers are given at
 * a time. A group commit holds this thread for a while (it writes the group's index segment, see
 * PageBatch): the workers keep reading meanwhile if enough is queued.
 */
const READ_AHEAD_FILES = 640;
const WORKER_QUEUE_FILES = 320;

/**
 * The import's two halves, reading and storing, run side by side, and the slower one sets the
 * pace. Filing stories under topics is the part of reading that can go to either: one worker reads
 * about as fast as this thread stores (two cores), so it leaves the topics to this thread unless
 * more than BEHIND_PAGES pages it read wait to be stored (a group commit, a stretch of long
 * stories, the end of the import); two or more read faster, so they always file them. This thread
 * reads no whole page while a worker is at work: doing so made V8 compile the whole reader a
 * second time, here, and the import used a tenth more CPU.
 */
const workersFileTopics = (workers: number, waiting: number) => workers > 1 || waiting > BEHIND_PAGES;
/**
 * Near the READ_AHEAD_FILES − WORKER_QUEUE_FILES pages that wait when this thread falls behind.
 * Measured on the bench archive: 160 gave the worker half the pages' topics and left this thread
 * idle; 300 gives it about a third, and the two threads idle least.
 */
const BEHIND_PAGES = 300;

/** One core stays with this thread, which stores pages: on two cores, two workers beside it were measured slower than one. */
const defaultWorkers = () => Math.max(1, availableParallelism() - 1);

/**
 * What became of one file. `withoutTopics`: read by a worker that left the topics to this thread.
 * `unread`: its worker failed, so this thread reads it.
 */
type Outcome =
  | { kind: 'skipped' }
  | { kind: 'duplicate'; of: string }
  | { kind: 'failed'; reason: string }
  | { kind: 'read'; file: PageFile; page: ParsedPage }
  | { kind: 'withoutTopics'; file: PageFile; page: PageWithoutTopics }
  | { kind: 'unread' };

/** A file whose bytes wait to be read, in a worker (`sent`) or here, and what came of it once known. */
interface Pending {
  path: string;
  bytes: Buffer;
  sha256: string;
  movedFrom: string | undefined;
  sent: Promise<void> | null;
  outcome: Outcome | null;
}

/** Whether the import may come to MIN_FILES_FOR_WORKERS files: that many paths, or a folder among them. */
const mayBeLarge = (paths: readonly string[]): boolean => {
  if (paths.length >= MIN_FILES_FOR_WORKERS) return true;
  return paths.some((path) => {
    try {
      return statSync(path).isDirectory();
    } catch {
      return false;
    }
  });
};

const exists = (path: string): boolean => {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
};

/**
 * Imports page files and folders. Each file is atomic: one that fails is reported with its reason
 * and leaves the library as it was; an unchanged file (same bytes) is skipped; a changed one
 * replaces its own stories only. Pages are written through `batch`, whose grouped commits (see
 * PageBatch) are all made before returning, also when cancelled. `readPage` null means the
 * standard reader (parse and enrich), which may run in worker threads; a substitute always runs in
 * this thread. Files are stored in order whichever thread read them.
 */
export async function importFiles(batch: PageBatch, paths: readonly string[], readPage: PageReader | null, options: ImportOptions = {}): Promise<ImportSummary> {
  const started = performance.now();
  const workersFor = (files: number) => (readPage ? 0 : (options.workers ?? (files >= MIN_FILES_FOR_WORKERS ? defaultWorkers() : 0)));
  // A worker takes about half a second to start (it loads the gazetteer), and walking the folders
  // of a large archive as long: started first, it is ready when the first files are.
  const early = workersFor(mayBeLarge(paths) ? MIN_FILES_FOR_WORKERS : 0);
  let pool: PageWorkerPool | null = early > 0 ? new PageWorkerPool(early) : null;
  const { files, errors } = collectPageFiles(paths);
  const summary: ImportSummary = { pages: 0, articles: 0, skipped: 0, errors, seconds: 0, cancelled: false, moved: 0, duplicates: [] };
  const reader = readPage ?? standardReadPage;
  const workers = workersFor(files.length);
  const readAhead = workers > 0 ? READ_AHEAD_FILES : 1;

  const readHere = ({ path, bytes, sha256, movedFrom }: Pending): Outcome => {
    try {
      const { page, encoding } = pageFromBytes(bytes, path, reader);
      return { kind: 'read', file: { path, sha256, size: bytes.length, encoding, movedFrom }, page };
    } catch (err) {
      return { kind: 'failed', reason: reasonOf(err) };
    }
  };
  /** The files this import reads, by fingerprint: a second file with the same bytes is a copy. */
  const reading = new Map<string, string>();
  /** Everything up to reading the page happens here: it needs the database (is the file unchanged?). */
  const begin = (path: string): Outcome | Pending => {
    let bytes: Buffer;
    let sha256: string;
    try {
      const size = statSync(path).size;
      if (size > MAX_PAGE_BYTES) throw new Error(`too large for a page (${(size / 1048576).toFixed(1)} MB, the limit is 20 MB)`);
      bytes = readFileSync(path);
      // The reader's version is part of the fingerprint: pages read by older code are read again.
      sha256 = createHash('sha256').update(`broadsheet reader ${READER_VERSION}\n`).update(bytes).digest('hex');
    } catch (err) {
      return { kind: 'failed', reason: reasonOf(err) };
    }
    const stored = batch.fingerprintOf(path);
    if (stored === sha256) return { kind: 'skipped' };
    let movedFrom: string | undefined;
    // A changed file replaces its own stories whatever it now equals; a new one may be a copy of a
    // page stored from another file, or that file moved here.
    if (stored === undefined) {
      const others = batch.pathsWith(sha256, path);
      const original = reading.get(sha256) ?? others.find(exists);
      if (original !== undefined) return { kind: 'duplicate', of: original };
      movedFrom = others[0];
    }
    reading.set(sha256, path);
    return { path, bytes, sha256, movedFrom, sent: null, outcome: null };
  };
  /**
   * Gives the workers pages in file order until they hold WORKER_QUEUE_FILES. `passed`: how many
   * slots at the window's front were given or needed no worker, so that each file is looked at
   * once rather than the whole window at every file.
   */
  let inWorker = 0;
  let passed = 0;
  /** Pages back from a worker that wait to be stored. */
  let waiting = 0;
  const dispatch = (window: readonly (Outcome | Pending)[]) => {
    if (!pool) return;
    for (; passed < window.length; passed++) {
      if (inWorker >= WORKER_QUEUE_FILES) return;
      const slot = window[passed];
      if (!slot || 'kind' in slot || slot.sent || slot.outcome) continue;
      inWorker++;
      const { path, bytes, sha256, movedFrom } = slot;
      slot.sent = pool.read(path, bytes, workersFileTopics(workers, waiting)).then(
        (result) => {
          waiting++;
          if ('reason' in result) {
            slot.outcome = { kind: 'failed', reason: result.reason };
            return;
          }
          const file = { path, sha256, size: bytes.length, encoding: result.encoding, movedFrom };
          slot.outcome = 'page' in result ? { kind: 'read', file, page: result.page } : { kind: 'withoutTopics', file, page: result.withoutTopics };
        },
        () => {
          waiting++;
          slot.outcome = { kind: 'unread' };
        },
      ).finally(() => inWorker--);
    }
  };
  /** The page of the window's first slot: read by a worker, or here. */
  const outcomeOf = async (window: (Outcome | Pending)[]): Promise<Outcome> => {
    const first = window[0];
    if (!first) return { kind: 'failed', reason: 'not read' };
    if ('kind' in first) return first;
    if (!first.outcome && first.sent) await first.sent;
    const outcome = first.outcome ?? readHere(first);
    return outcome.kind === 'unread' ? readHere(first) : outcome;
  };
  /** Files the stories of a page a worker read under topics, which it left to this thread, and stores the page. */
  const fileAndStore = (file: PageFile, page: PageWithoutTopics): BatchResult | null => {
    let filed: ParsedPage;
    try {
      filed = fileTopics(page);
    } catch (err) {
      summary.errors.push({ file: file.path, reason: reasonOf(err) });
      return null;
    }
    return batch.add(file, filed);
  };

  const record = (r: BatchResult | null) => {
    if (!r) return;
    summary.pages += r.pages;
    summary.articles += r.stories;
    summary.moved += r.moved;
    summary.errors.push(...r.errors);
  };
  const progress = (done: number, file: string | null) =>
    options.onProgress?.({ filesDone: done, filesTotal: files.length, stories: summary.articles + batch.pendingStories, file });
  let lastYield = performance.now();
  const window: (Outcome | Pending)[] = [];
  let begun = 0;
  try {
    if (workers === 0 && pool) {
      await pool.close();
      pool = null;
    }
    progress(0, null);
    for (let i = 0; i < files.length; i++) {
      if (options.signal?.aborted) {
        summary.cancelled = true;
        break;
      }
      while (begun < files.length && window.length < readAhead) window.push(begin(files[begun++] ?? ''));
      dispatch(window);
      const file = files[i] ?? '';
      const outcome = await outcomeOf(window);
      const head = window.shift();
      if (head && !('kind' in head) && head.sent) waiting--;
      passed = Math.max(0, passed - 1);
      if (outcome.kind === 'skipped') summary.skipped++;
      else if (outcome.kind === 'duplicate') summary.duplicates.push({ file, of: outcome.of });
      else if (outcome.kind === 'failed') summary.errors.push({ file, reason: outcome.reason });
      else if (outcome.kind === 'read') record(batch.add(outcome.file, outcome.page));
      else if (outcome.kind === 'withoutTopics') record(fileAndStore(outcome.file, outcome.page));
      progress(i + 1, file);
      if (performance.now() - lastYield > YIELD_EVERY_MS) {
        await yieldToEventLoop();
        lastYield = performance.now();
      }
    }
  } finally {
    await pool?.close();
  }
  record(batch.flush());
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
