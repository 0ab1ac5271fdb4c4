import { BrowserWindow } from 'electron';
import { throwIfCancelled, untilCancelled } from '../core/export/errors';
import { withHtmlFile } from '../core/export/html-file';
import type { PdfPrinter, PrintOptions } from '../core/export/pdf-printer';

/**
 * The Electron printer: the same HTML through the same Chromium print engine as ChromiumPrinter, in a
 * hidden window per print. The window runs no Node and no preload; it only lays out the book.
 */
export class ElectronPdfPrinter implements PdfPrinter {
  async print(html: string, options: PrintOptions): Promise<Uint8Array> {
    const { signal } = options;
    throwIfCancelled(signal);
    const win = new BrowserWindow({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: true },
    });
    const work = withHtmlFile(html, async (file) => {
      await win.loadFile(file);
      await win.webContents.executeJavaScript('document.fonts.ready.then(() => true)');
      const pdf = await win.webContents.printToPDF({
        pageSize: options.paper === 'letter' ? 'Letter' : 'A4',
        preferCSSPageSize: true,
        // As in playwright's page.pdf: no printer margins, so the book's @page margins and margin boxes apply.
        margins: { top: 0, bottom: 0, left: 0, right: 0 },
        printBackground: true,
        generateDocumentOutline: true,
        generateTaggedPDF: true,
      });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    });
    const destroy = () => {
      if (!win.isDestroyed()) win.destroy();
    };
    try {
      return await untilCancelled(work, signal, destroy);
    } finally {
      destroy();
    }
  }
}
