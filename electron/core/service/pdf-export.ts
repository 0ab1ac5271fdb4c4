import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ExportRequest, ExportResult } from '../../shared/api';
// The engine's own modules, not the package index: the app must not load the Chromium printer (playwright-core).
import { ExportCancelledError, ExportError } from '../export/errors';
import { exportToPdf } from '../export/export-to-pdf';
import type { PdfPrinter } from '../export/pdf-printer';
import type { Library } from '../library';
import { ApiError } from './api-error';
import type { EventHub } from './event-hub';

export interface PdfExportOptions {
  library: Library;
  printer: PdfPrinter;
  events: EventHub;
  /** Where the book is written: the host decides (a save dialog, its exports folder). Null: the user declined. */
  destination: (request: ExportRequest) => Promise<string | null>;
  /** The URL path a page fetches the written file from, where the host serves it (the web host). */
  downloadPath?: (file: string) => string;
}

export interface PdfExport {
  run(request: ExportRequest): Promise<ExportResult>;
  /** Stops the running export; false when none runs. */
  cancel(): boolean;
}

/**
 * The API's export: one book at a time (each is two Chromium print runs), progress as
 * `exportProgress` events, the engine's sentences passed on to the user as they are.
 */
export function createPdfExport(options: PdfExportOptions): PdfExport {
  let running: AbortController | null = null;
  return {
    async run(request) {
      if (running) throw new ApiError('not-allowed', 'An export is already running; wait for it to finish or cancel it.');
      const out = await options.destination(request);
      if (out === null) throw new ApiError('failed', 'The export was cancelled.');
      const controller = new AbortController();
      running = controller;
      try {
        const book = await exportToPdf(options.library, request.selection, request.options ?? {}, options.printer, {
          signal: controller.signal,
          onProgress: (progress) => options.events.emit('exportProgress', progress),
        });
        await mkdir(dirname(out), { recursive: true });
        await writeFile(out, book.pdf);
        const download = options.downloadPath?.(out);
        return { file: out, stories: book.stories, pages: book.pages, skipped: book.skipped, ...(download ? { download } : {}) };
      } catch (err) {
        if (err instanceof ExportCancelledError) throw new ApiError('failed', 'The export was cancelled.');
        if (err instanceof ExportError) throw new ApiError('failed', err.message);
        throw err;
      } finally {
        running = null;
      }
    },
    cancel() {
      if (!running) return false;
      running.abort();
      return true;
    },
  };
}
