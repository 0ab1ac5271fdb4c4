/**
 * Raw page text → blocks of lines separated by blank lines.
 * Pages arrive with BOMs, CRLF, tabs, full-width and no-break spaces; none of that carries meaning,
 * except runs of blank lines: three or more mark where a picture sat on the printed page.
 */
export interface Block {
  lines: string[];
  /** Blank lines before this block: ≥ IMAGE_GAP means a picture stood there. */
  gapBefore: number;
}

export const IMAGE_GAP = 3;

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
        blocks.push({ lines: current, gapBefore: gapOfCurrent });
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
  if (current.length > 0) blocks.push({ lines: current, gapBefore: gapOfCurrent });
  return blocks;
}
