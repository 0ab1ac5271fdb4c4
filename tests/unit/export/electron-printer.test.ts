import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

/**
 * The Electron adapter against a stand-in BrowserWindow (Electron cannot run here): it must load the
 * HTML from a file, wait for the fonts, print with the book's own page size, margins and outline, and
 * never leave a hidden window behind.
 */

const windows: FakeWindow[] = [];

class FakeWindow {
  destroyed = false;
  loadedHtml = '';
  printOptions: Record<string, unknown> | null = null;
  print: () => Promise<Buffer> = () => Promise.resolve(Buffer.from('%PDF-1.4 fake'));
  readonly webContents = {
    executeJavaScript: vi.fn(() => Promise.resolve(true)),
    printToPDF: (options: Record<string, unknown>) => {
      this.printOptions = options;
      return this.print();
    },
  };
  constructor(readonly options: { show: boolean; webPreferences: Record<string, unknown> }) {
    windows.push(this);
  }
  loadFile(file: string): Promise<void> {
    this.loadedHtml = readFileSync(file, 'utf8');
    return Promise.resolve();
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  destroy(): void {
    this.destroyed = true;
  }
}

vi.mock('electron', () => ({ BrowserWindow: FakeWindow }));

const { ElectronPdfPrinter } = await import('../../../electron/main/print-to-pdf');
const { ExportCancelledError } = await import('../../../electron/core/export');

describe('ElectronPdfPrinter', () => {
  it('prints the HTML in a hidden sandboxed window with the options of the Chromium printer', async () => {
    const pdf = await new ElectronPdfPrinter().print('<p>剪报</p>', { paper: 'letter' });
    expect(Buffer.from(pdf).toString()).toBe('%PDF-1.4 fake');
    const win = windows.at(-1);
    expect(win?.options.show).toBe(false);
    expect(win?.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(win?.loadedHtml).toBe('<p>剪报</p>');
    expect(win?.webContents.executeJavaScript).toHaveBeenCalledWith('document.fonts.ready.then(() => true)');
    expect(win?.printOptions).toEqual({
      pageSize: 'Letter',
      preferCSSPageSize: true,
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
      printBackground: true,
      generateDocumentOutline: true,
      generateTaggedPDF: true,
    });
    expect(win?.destroyed).toBe(true);
  });

  it('destroys the window and reports a cancellation when aborted mid-print', async () => {
    const controller = new AbortController();
    const printer = new ElectronPdfPrinter();
    const printing = printer.print('<p>x</p>', { paper: 'a4', signal: controller.signal });
    const win = windows.at(-1);
    if (!win) throw new Error('no window');
    // a print that never ends: cancelling must not wait for it
    win.print = () => new Promise(() => undefined);
    controller.abort();
    await expect(printing).rejects.toBeInstanceOf(ExportCancelledError);
    expect(win.destroyed).toBe(true);
  });

  it('refuses to start when already cancelled', async () => {
    const before = windows.length;
    await expect(new ElectronPdfPrinter().print('<p>x</p>', { paper: 'a4', signal: AbortSignal.abort() })).rejects.toBeInstanceOf(ExportCancelledError);
    expect(windows.length).toBe(before);
  });
});
