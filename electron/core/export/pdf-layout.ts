import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Where things landed in a printed PDF: its page count and the page (from 1) of each named anchor. */
export interface PdfLayout {
  pages: number;
  anchors: Map<string, number>;
}

/**
 * Reads the named destinations Chromium writes for every link target (the table of contents links
 * each story's anchor), so the page of each story is known without matching any text.
 */
export async function readPdfLayout(pdf: Uint8Array): Promise<PdfLayout> {
  const task = getDocument({ data: pdf.slice(), verbosity: VerbosityLevel.ERRORS, isEvalSupported: false, disableFontFace: true, useSystemFonts: false });
  const doc = await task.promise;
  try {
    const anchors = new Map<string, number>();
    const dests = (await doc.getDestinations()) as Record<string, unknown[] | null>;
    for (const [name, dest] of Object.entries(dests)) {
      const ref = dest?.[0];
      if (ref && typeof ref === 'object' && 'num' in ref && 'gen' in ref) {
        anchors.set(name, (await doc.getPageIndex(ref as { num: number; gen: number })) + 1);
      }
    }
    return { pages: doc.numPages, anchors };
  } finally {
    await task.destroy();
  }
}
