import type { Worker } from 'node:worker_threads';
import type { ParsedPage } from '../../shared/model';
import type { PageWithoutTopics } from '../enrich';
import { startCoreWorker } from '../worker-thread';

/** A page file's bytes, sent to a worker to be decoded and read; `topics`: with its stories filed under topics. */
export interface PageJob {
  id: number;
  file: string;
  bytes: Uint8Array;
  topics: boolean;
}

/** The page (without topics when the job said so), or why the file cannot be imported (decoding or reading failed). */
export type PageJobResult =
  | { id: number; page: ParsedPage; encoding: string }
  | { id: number; withoutTopics: PageWithoutTopics; encoding: string }
  | { id: number; reason: string };

/** The pool cannot read this page (its worker failed to start or died): the caller reads it itself. */
export class WorkerUnavailableError extends Error {
  override name = 'WorkerUnavailableError';
}

/** Set by scripts/build-app.ts in bundles: the worker's own bundle (see startCoreWorker). */
declare const BROADSHEET_PAGE_WORKER: string | undefined;

const startWorker = () => startCoreWorker(typeof BROADSHEET_PAGE_WORKER === 'string' ? BROADSHEET_PAGE_WORKER : undefined, new URL('./page-worker.ts', import.meta.url).href);

interface Slot {
  worker: Worker;
  pending: Map<number, { resolve: (result: PageJobResult) => void; reject: (err: Error) => void }>;
  alive: boolean;
}

/**
 * Worker threads that decode, parse and enrich pages while the import's own thread writes to
 * SQLite. Each worker loads the gazetteer once. A worker that fails takes no page with it: its
 * pages are rejected with WorkerUnavailableError, for the caller to read in its own thread.
 */
export class PageWorkerPool {
  private readonly slots: Slot[] = [];
  private nextId = 1;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      try {
        this.slots.push(this.start());
      } catch {
        // A worker that cannot even be created (a packaged app that cannot load its file) reads nothing; read() says so.
      }
    }
  }

  private start(): Slot {
    const slot: Slot = { worker: startWorker(), pending: new Map(), alive: true };
    const fail = (why: string) => {
      slot.alive = false;
      for (const job of slot.pending.values()) job.reject(new WorkerUnavailableError(why));
      slot.pending.clear();
    };
    slot.worker.on('message', (result: PageJobResult) => {
      slot.pending.get(result.id)?.resolve(result);
      slot.pending.delete(result.id);
    });
    slot.worker.on('error', (err) => fail(`the page worker failed: ${err.message}`));
    slot.worker.on('exit', (code) => fail(`the page worker stopped (exit code ${code})`));
    return slot;
  }

  /** Reads the page in the least busy worker; `topics` false leaves filing its stories under topics to the caller (see fileTopics). */
  read(file: string, bytes: Uint8Array, topics = true): Promise<PageJobResult> {
    let slot: Slot | undefined;
    for (const candidate of this.slots) if (candidate.alive && (!slot || candidate.pending.size < slot.pending.size)) slot = candidate;
    if (!slot) return Promise.reject(new WorkerUnavailableError('no page worker is running'));
    const id = this.nextId++;
    const { worker, pending } = slot;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, file, bytes, topics } satisfies PageJob);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }
}
