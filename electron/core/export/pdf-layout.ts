/** Where things landed in a printed PDF: its page count and the page (from 1) of each named anchor. */
export interface PdfLayout {
  pages: number;
  anchors: Map<string, number>;
}

/**
 * Reads the named destinations Chromium writes for every link target (the table of contents links
 * each story's anchor), so the page of each story is known without matching any text. Chromium's
 * PDFs keep their objects uncompressed with a classic cross-reference table, which readChromiumLayout
 * reads in milliseconds; anything else goes to pdfjs, whose first use blocks the event loop for about
 * a second while it compiles.
 */
export async function readPdfLayout(pdf: Uint8Array): Promise<PdfLayout> {
  return readChromiumLayout(pdf) ?? readLayoutWithPdfjs(pdf);
}

export async function readLayoutWithPdfjs(pdf: Uint8Array): Promise<PdfLayout> {
  const { getDocument, VerbosityLevel } = await import('pdfjs-dist/legacy/build/pdf.mjs');
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

/** PDF names escape bytes as #xx. */
const pdfName = (raw: string): string => Buffer.from(raw.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8');

/**
 * The layout from the file's own structure: trailer → catalog → page tree and /Dests. Returns null
 * at the first thing it does not recognise (object streams, compressed xref, indirect arrays…).
 */
export function readChromiumLayout(pdf: Uint8Array): PdfLayout | null {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-64));
  if (!startxref?.[1]) return null;
  const xrefAt = Number(startxref[1]);
  const xref = /^xref\s+0\s+(\d+)\s+/.exec(text.slice(xrefAt, xrefAt + 64));
  if (!xref?.[1]) return null;
  const count = Number(xref[1]);
  const entriesAt = xrefAt + xref[0].length;
  const offsets: number[] = [];
  for (let i = 0; i < count; i++) {
    const entry = text.slice(entriesAt + i * 20, entriesAt + i * 20 + 18);
    if (!/^\d{10} \d{5} [nf]$/.test(entry)) return null;
    offsets.push(entry.endsWith('n') ? Number(entry.slice(0, 10)) : -1);
  }
  const object = (num: number): string | null => {
    const at = offsets[num];
    if (at === undefined || at < 0) return null;
    const end = text.indexOf('endobj', at);
    const body = text.slice(at, end);
    return body.startsWith(`${num} 0 obj`) ? body : null;
  };
  const ref = (body: string | null, key: string): number | null => {
    const m = body ? new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(body) : null;
    return m?.[1] ? Number(m[1]) : null;
  };
  const trailer = text.slice(entriesAt + count * 20, entriesAt + count * 20 + 512);
  const catalog = object(ref(trailer, 'Root') ?? -1);
  const root = ref(catalog, 'Pages');
  if (root === null) return null;

  const pageOf = new Map<number, number>();
  const walk = (num: number, depth: number): boolean => {
    const body = object(num);
    if (!body || depth > 32) return false;
    if (/\/Type\s*\/Page(?![s\w])/.test(body)) {
      pageOf.set(num, pageOf.size + 1);
      return true;
    }
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body)?.[1];
    if (kids === undefined) return false;
    return [...kids.matchAll(/(\d+)\s+0\s+R/g)].every((m) => walk(Number(m[1]), depth + 1));
  };
  if (!walk(root, 0)) return null;

  const anchors = new Map<string, number>();
  const destsNum = ref(catalog, 'Dests');
  if (destsNum !== null) {
    const dests = object(destsNum);
    if (!dests) return null;
    for (const m of dests.matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+)\s+0\s+R/g)) {
      const page = pageOf.get(Number(m[2]));
      if (m[1] && page !== undefined) anchors.set(pdfName(m[1]), page);
    }
  }
  return { pages: pageOf.size, anchors };
}
