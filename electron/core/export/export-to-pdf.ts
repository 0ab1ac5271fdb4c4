import type { z } from 'zod';
import { describeIssues } from '../../shared/validation-issues';
import type { ExportItem } from './document';
import { displayTitle } from './document';
import { ExportError, throwIfCancelled } from './errors';
import { fontFaceCss } from './fonts';
import { exportOptionsSchema, exportSelectionSchema, type ExportOptionsInput, type ExportSelection } from './options';
import { readPdfLayout, type PdfLayout } from './pdf-layout';
import type { PdfPrinter } from './pdf-printer';
import { renderHtml } from './render-html';
import { resolveSelection, type ExportLibrary } from './resolve-selection';

export type ExportPhase = 'preparing' | 'printing' | 'numbering' | 'done';

export interface ExportProgress {
  phase: ExportPhase;
  /** preparing: stories read; printing: print runs finished (the table of contents needs two). */
  done: number;
  total: number;
}

export interface ExportRun {
  onProgress?: (progress: ExportProgress) => void;
  signal?: AbortSignal;
}

export interface ExportResult {
  pdf: Uint8Array;
  stories: number;
  pages: number;
  /** The table of contents as printed: each entry's title and page. */
  contents: { title: string; page: number | null }[];
  /** What the selection named but the book leaves out, in sentences for the user. */
  skipped: string[];
  seconds: number;
}

/** Today as the user's calendar has it (not UTC: 7 a.m. in Jiaxing is still yesterday in UTC). */
const localDate = (d: Date): string => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** Print runs at most: the numbers settle on the second print; a third only when filling them in moved a story (a contents line that wrapped). */
const MAX_PRINTS = 3;

const samePages = (items: readonly ExportItem[], a: PdfLayout, b: PdfLayout): boolean => items.every((i) => a.anchors.get(i.anchor) === b.anchors.get(i.anchor));

function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new ExportError(`invalid ${what}: ${describeIssues(parsed.error.issues)}`);
}

/**
 * Exports a selection of the library as a PDF book: resolves the selection through the Library,
 * renders it to HTML, prints it once to learn where each story landed, then prints it again with
 * those page numbers in the table of contents. Reports progress, honours `run.signal` between steps
 * and inside print runs (rejecting with ExportCancelledError); user mistakes reject with ExportError.
 */
export async function exportToPdf(
  library: ExportLibrary,
  selection: ExportSelection,
  options: ExportOptionsInput,
  printer: PdfPrinter,
  run: ExportRun = {},
): Promise<ExportResult> {
  const started = performance.now();
  const chosen = parseOrThrow(exportSelectionSchema, selection, 'selection');
  const opts = parseOrThrow(exportOptionsSchema, options, 'export options');
  const { signal, onProgress } = run;

  const { items, skipped } = await resolveSelection(library, chosen, { signal, onStory: (done, total) => onProgress?.({ phase: 'preparing', done, total }) });
  const doc = { title: opts.title, exportedOn: opts.exportedOn ?? localDate(new Date()), items };
  const fontCss = fontFaceCss(renderHtml(doc, opts, { fontCss: '', pages: null }));

  let pages: Map<string, number> | null = null;
  let pdf: Uint8Array = new Uint8Array();
  let layout: PdfLayout | null = null;
  for (let print = 1; print <= MAX_PRINTS; print++) {
    throwIfCancelled(signal);
    onProgress?.({ phase: 'printing', done: print - 1, total: 2 });
    pdf = await printer.print(renderHtml(doc, opts, { fontCss, pages }), { paper: opts.paper, signal });
    throwIfCancelled(signal);
    onProgress?.({ phase: 'numbering', done: print, total: 2 });
    const previous = layout;
    layout = await readPdfLayout(pdf);
    if (previous && pages && samePages(items, previous, layout)) break;
    pages = layout.anchors;
  }
  const final = layout ?? { pages: 0, anchors: new Map<string, number>() };
  onProgress?.({ phase: 'done', done: 2, total: 2 });
  return {
    pdf,
    stories: items.length,
    pages: final.pages,
    contents: items.map((i) => ({ title: displayTitle(i), page: final.anchors.get(i.anchor) ?? null })),
    skipped,
    seconds: (performance.now() - started) / 1000,
  };
}
