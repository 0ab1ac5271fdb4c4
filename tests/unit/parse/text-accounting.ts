import type { ParsedPage } from '../../../electron/shared/model';

/** Characters that carry no text of their own: layout space and byline markers. */
const IGNORED = /[\s\u3000\ufeff■□●◆▲◇△/]/gu;

/** Counts every character in `text` except layout. */
export function charCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ch of text.replace(IGNORED, '')) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

/** Everything a parsed page says, once: headline fields, bylines, paragraphs (captions are a paragraph too), unplaced. */
export function outputText(page: ParsedPage): string {
  return [
    page.edition.name ?? '',
    ...page.articles.flatMap((a) => [
      a.section ?? '',
      a.kicker ?? '',
      a.title,
      a.subtitle ?? '',
      ...a.authors.flatMap((x) => [x.name, x.role ?? '']),
      ...a.paragraphs,
    ]),
    ...page.unplaced,
  ].join('');
}

/** Characters of `input` missing from `output` (with multiplicity). */
export function missing(input: Map<string, number>, output: Map<string, number>): string[] {
  const lost: string[] = [];
  for (const [ch, n] of input) {
    const have = output.get(ch) ?? 0;
    if (have < n) lost.push(`${ch}×${n - have}`);
  }
  return lost;
}
