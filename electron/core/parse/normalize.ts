/**
 * Raw page text → blocks of lines separated by blank lines.
 * Pages arrive with BOMs, CRLF, tabs, full-width and no-break spaces; none of that carries meaning,
 * except runs of blank lines: three or more mark where a picture sat on the printed page.
 */
export interface Block {
  lines: string[];
  /** Blank lines before this block. */
  gapBefore: number;
  /** A picture stood before this block: a gap of IMAGE_GAP or more blank lines, wider than the page's usual gap. */
  afterPicture: boolean;
}

const IMAGE_GAP = 3;

const SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const INVISIBLES = /[\ufeff\u200b-\u200d\u2060]/g;

export function normalizeLine(line: string): string {
  return line.replace(INVISIBLES, '').replace(SPACES, ' ').replace(/ {2,}/g, ' ').trim();
}

export function splitBlocks(text: string): Block[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map(normalizeLine);
  const blocks: Block[] = [];
  let current: string[] = [];
  let blanks = 0;
  let gapOfCurrent = 0;
  for (const line of lines) {
    if (line === '') {
      if (current.length > 0) {
        blocks.push({ lines: current, gapBefore: gapOfCurrent, afterPicture: false });
        current = [];
      }
      blanks++;
      continue;
    }
    if (current.length === 0) {
      gapOfCurrent = blocks.length === 0 ? 0 : blanks;
      blanks = 0;
    }
    current.push(line);
  }
  if (current.length > 0) blocks.push({ lines: current, gapBefore: gapOfCurrent, afterPicture: false });
  const usual = [...blocks.map((b) => b.gapBefore)].sort((a, b) => a - b)[Math.floor(blocks.length / 2)] ?? 1;
  return blocks.map((b) => ({ ...b, afterPicture: b.gapBefore >= IMAGE_GAP && b.gapBefore > usual }));
}
