import type { ParsedPage } from '../../shared/model';
import { toArticle } from './article';
import { assemble } from './assemble';
import { readMasthead } from './masthead';
import { splitBlocks } from './normalize';
import { repair } from './repair';
import { PageVocabulary } from './similarity';
import { classify, type Unit } from './units';

/** Turns one printed page's raw text into its stories (DESIGN.md §3–4). */
export function parsePage(text: string, source: string): ParsedPage {
  const blocks = splitBlocks(text);
  const masthead = readMasthead(blocks);
  const units = withoutRepeats(blocks.slice(masthead.blocks).map((block, i) => classify(block, i)));
  const { frames, loose } = assemble(units);
  const texts = units.map((u) => (u.kind === 'para' ? u.text : u.kind === 'short' ? u.lines.join('') : '')).filter(Boolean);
  const vocab = new PageVocabulary(texts);
  const repaired = repair(frames, vocab, texts.join('\n'));
  return {
    source,
    edition: { paper: masthead.paper, name: masthead.edition, county: null, date: null },
    articles: repaired.frames.map(toArticle),
    unplaced: [...repaired.unplaced, ...loose],
  };
}

/** A paragraph printed twice (the layout repeats a block) is read once, where it first appears. */
function withoutRepeats(units: Unit[]): Unit[] {
  const seen = new Set<string>();
  return units.filter((unit) => {
    if (unit.kind !== 'para') return true;
    if (seen.has(unit.text)) return false;
    seen.add(unit.text);
    return true;
  });
}
