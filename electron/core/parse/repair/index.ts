import type { Frame } from '../frames';
import type { PageVocabulary } from '../similarity';
import { cutChunks } from './chunks';
import { moveContinuations } from './continuations';
import { linkFragments, placeChunks } from './fragments';
import { moveTailsToOrphanHeads, pairOrphansWithHeadless, splitHeadsForHeadless } from './headlines';

/**
 * Untangles interleaved stories. On a printed page a story's text can jump: its body follows
 * other stories, its lead sits at the foot of the page, a column ends mid-word. Every move made
 * here rests on evidence: an open sentence that a fragment continues, names and places shared
 * with a headline, a byline-and-lead that waits for a headline. Without evidence text stays where
 * it was printed, or goes to `unplaced`.
 */
export interface Repaired {
  frames: Frame[];
  unplaced: string[];
}

export function repair(frames: Frame[], vocab: PageVocabulary, pageText: string): Repaired {
  const chunks = cutChunks(frames);
  splitHeadsForHeadless(frames, vocab);
  pairOrphansWithHeadless(frames, vocab);
  moveTailsToOrphanHeads(frames, vocab);
  const links = linkFragments(frames, chunks, vocab, pageText);
  const unplaced = placeChunks(frames, chunks, links, vocab);
  moveContinuations(frames, vocab, pageText);
  return { frames: frames.filter((f) => f.head.length > 0 || f.paras.length > 0 || f.authors.length > 0), unplaced };
}
