import type { Author } from '../../shared/model';
import { continuesByline, hasMarker, parseByline, parseCredit, parseNamesLine } from './byline';
import type { Block } from './normalize';

/**
 * Each block of a page classified by its shape alone; what it means in context (headline or
 * subhead, byline or photo credit) is decided when the page is assembled.
 */
export type Unit =
  | { kind: 'short'; lines: string[]; names: Author[] | null; gap: boolean; pos: number }
  | { kind: 'byline'; authors: Author[]; gap: boolean; pos: number }
  | { kind: 'credit'; authors: Author[]; gap: boolean; pos: number }
  | { kind: 'section'; text: string; gap: boolean; pos: number }
  | { kind: 'para'; text: string; lead: boolean; gap: boolean; pos: number };

/** Longest line a headline or subhead is printed in; longer lines are body text. */
const HEADLINE_MAX = 48;
const SENTENCE_PUNCT = /[。,，;；?？]/;
const LEAD = /^(?:本报讯|本報訊|本报记者|本報記者|本刊讯|本刊訊)/;

function isBodyText(lines: string[]): boolean {
  return LEAD.test(lines[0] ?? '') || lines.some((line) => SENTENCE_PUNCT.test(line) || line.length > HEADLINE_MAX);
}

export function classify(block: Block, pos: number): Unit {
  const gap = block.afterPicture;
  const { lines } = block;
  const first = lines[0] ?? '';
  const unmarked = !hasMarker(first) && !isBodyText(lines) && continuesByline(first);
  const byline = parseByline(unmarked ? [`■${first}`, ...lines.slice(1)] : lines);
  if (byline) return { kind: 'byline', authors: byline, gap, pos };
  if (lines.length === 1) {
    const credit = parseCredit(first);
    if (credit) return { kind: 'credit', authors: credit, gap, pos };
  }
  if (hasMarker(first) && lines.length === 1 && !isBodyText(lines)) {
    return { kind: 'section', text: first.replace(/^[■□●◆▲◇△]\s*/, ''), gap, pos };
  }
  if (isBodyText(lines)) {
    const text = lines.join('');
    return { kind: 'para', text, lead: LEAD.test(text), gap, pos };
  }
  return { kind: 'short', lines, names: lines.length === 1 ? parseNamesLine(first) : null, gap, pos };
}
