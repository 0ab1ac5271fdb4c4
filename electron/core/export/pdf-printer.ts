import type { PaperSize } from './options';

/** What a printer needs besides the HTML; page size and margins also live in the HTML's @page rules. */
export interface PrintOptions {
  paper: PaperSize;
  /** Stops the print run; the promise then rejects. */
  signal?: AbortSignal;
}

/**
 * Prints an HTML document to PDF through Chromium's print engine, with a document outline built from
 * the headings and CSS page sizes honoured. Implementations: ChromiumPrinter (playwright-core, for the
 * CLI and the web host) and the Electron adapter in electron/main/print-to-pdf.ts.
 */
export interface PdfPrinter {
  print(html: string, options: PrintOptions): Promise<Uint8Array>;
}
