/** Export of a selection to a PDF book (issue 7): what the app, the web host and the CLI use. */
export { exportToPdf, type ExportPhase, type ExportProgress, type ExportResult, type ExportRun } from './export-to-pdf';
export { ChromiumPrinter, findChromium, LazyChromiumPrinter, type ChromiumPrinterOptions } from './chromium-printer';
export type { PdfPrinter, PrintOptions } from './pdf-printer';
export { withHtmlFile } from './html-file';
export { ExportCancelledError, ExportError } from './errors';
export {
  exportOptionsSchema,
  exportSelectionSchema,
  MAX_EXPORT_STORIES,
  PAPER_SIZES,
  type ExportOptions,
  type ExportOptionsInput,
  type ExportSelection,
  type PaperSize,
} from './options';
export type { ExportLibrary } from './resolve-selection';
export { referencesOf, type ReferenceList } from './references';
