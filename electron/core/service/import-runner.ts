import type { ImportSummary } from '../../shared/library';
import type { Library } from '../library';
import { ApiError } from './api-error';
import type { EventHub } from './event-hub';

/** Progress events are thinned to this interval so a big import does not flood the page. */
const PROGRESS_EVERY_MS = 100;

/** Runs one import at a time, streaming progress to the hub and allowing cancel. */
export class ImportRunner {
  private running: AbortController | null = null;

  constructor(
    private readonly library: Library,
    private readonly events: EventHub,
  ) {}

  get busy(): boolean {
    return this.running !== null;
  }

  async run(paths: readonly string[]): Promise<ImportSummary> {
    if (this.running) throw new ApiError('failed', 'An import is already running; wait for it to finish or cancel it first.');
    const controller = new AbortController();
    this.running = controller;
    let last = 0;
    try {
      const summary = await this.library.importPaths(paths, {
        signal: controller.signal,
        onProgress: (progress) => {
          const now = Date.now();
          if (progress.filesDone === progress.filesTotal || now - last >= PROGRESS_EVERY_MS) {
            last = now;
            this.events.emit('importProgress', progress);
          }
        },
      });
      this.events.emit('importFinished', summary);
      return summary;
    } finally {
      this.running = null;
    }
  }

  cancel(): boolean {
    if (!this.running) return false;
    this.running.abort();
    return true;
  }
}
