import type { Frame, Para } from '../frames';
import { endsSentence, startsMidSentence } from '../sentence';

/** A run of body text cut loose from where it was printed, waiting to be placed. */
export interface Chunk {
  paras: Para[];
  /** The frame the chunk was printed in. */
  origin: Frame;
  /** Starts mid-sentence: it must continue some open paragraph. */
  fragment: boolean;
}

export function isFragment(para: Para): boolean {
  return !para.lead && !para.subhead && startsMidSentence(para.text);
}

/**
 * Cuts each frame's body where the text visibly jumps: before a paragraph that starts
 * mid-sentence, and before a subhead that follows a finished sentence. The part before the first
 * cut stays with the headline; the rest becomes loose chunks.
 */
export function cutChunks(frames: Frame[]): Chunk[] {
  const chunks: Chunk[] = [];
  for (const frame of frames) {
    if (frame.photo) continue;
    let current: Chunk | null = null;
    const kept: Para[] = [];
    frame.paras.forEach((para, i) => {
      const prev = frame.paras[i - 1];
      const cut = i > 0 && prev !== undefined && (isFragment(para) || (para.subhead && endsSentence(prev.text)));
      if (cut) {
        current = { paras: [para], origin: frame, fragment: isFragment(para) };
        chunks.push(current);
      } else if (current) {
        (current as Chunk).paras.push(para);
      } else {
        kept.push(para);
      }
    });
    frame.paras = kept;
  }
  return chunks;
}
