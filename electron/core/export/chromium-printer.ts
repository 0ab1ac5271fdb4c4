import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { ExportCancelledError, ExportError, throwIfCancelled, untilCancelled } from './errors';
import { withHtmlFile } from './html-file';
import type { PdfPrinter, PrintOptions } from './pdf-printer';

export interface ChromiumPrinterOptions {
  /** The Chromium or Chrome binary; otherwise $BROADSHEET_CHROMIUM, the usual system paths, then Playwright's own. */
  executablePath?: string;
}

const SYSTEM_CHROMIUMS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/** The Chromium to print with, or an ExportError saying how to provide one. */
export function findChromium(explicit?: string): string {
  const candidates = [explicit, process.env.BROADSHEET_CHROMIUM, ...SYSTEM_CHROMIUMS, chromium.executablePath()];
  const found = candidates.find((path): path is string => typeof path === 'string' && path.length > 0 && existsSync(path));
  if (!found) throw new ExportError('printing to PDF needs Chromium or Chrome: install one, or set BROADSHEET_CHROMIUM to its path');
  return found;
}

const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/**
 * Prints through a headless Chromium driven by playwright-core: the printer of the CLI and the web
 * host. One browser serves many prints (each in its own context); close() ends it.
 */
export class ChromiumPrinter implements PdfPrinter {
  private constructor(private readonly browser: Browser) {}

  static async launch(options: ChromiumPrinterOptions = {}): Promise<ChromiumPrinter> {
    return new ChromiumPrinter(await chromium.launch({ executablePath: findChromium(options.executablePath), args: LAUNCH_ARGS }));
  }

  async print(html: string, options: PrintOptions): Promise<Uint8Array> {
    const { signal } = options;
    throwIfCancelled(signal);
    const context = await this.browser.newContext();
    if (signal?.aborted) {
      void context.close().catch(() => undefined);
      throw new ExportCancelledError();
    }
    const work = withHtmlFile(html, async (file) => {
      const page = await context.newPage();
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      await page.evaluate('document.fonts.ready.then(() => true)');
      const pdf = await page.pdf({
        format: options.paper === 'letter' ? 'Letter' : 'A4',
        preferCSSPageSize: true,
        printBackground: true,
        outline: true,
        tagged: true,
      });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    });
    try {
      return await untilCancelled(work, signal);
    } finally {
      // After a cancel the context closes in the background (the busy renderer would make us wait).
      const closing = context.close().catch(() => undefined);
      if (!signal?.aborted) await closing;
    }
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}

/** A ChromiumPrinter started on the first print: callers that may fail before printing never pay for a browser. */
export class LazyChromiumPrinter implements PdfPrinter {
  private printer: Promise<ChromiumPrinter> | null = null;

  constructor(private readonly options: ChromiumPrinterOptions = {}) {}

  print(html: string, options: PrintOptions): Promise<Uint8Array> {
    this.printer ??= ChromiumPrinter.launch(this.options);
    return this.printer.then((p) => p.print(html, options));
  }

  async close(): Promise<void> {
    const started = this.printer;
    this.printer = null;
    if (started) await (await started).close();
  }
}
