import { headText, profileText, type Frame, type Para } from '../frames';
import { endsSentence, junctionScore } from '../sentence';
import type { PageVocabulary } from '../similarity';

/** How much closer the text must be to the open story than to the one it sits in. */
const MOVE_MARGIN = 0.05;

/**
 * A story whose last paragraph stops mid-sentence, and another story's body that goes on with it
 * although it does not visibly start mid-sentence (`…胜利召开。市` / `委副书记、市长…`): the
 * word across the cut and the names in the text must both point the same way.
 */
export function moveContinuations(frames: Frame[], vocab: PageVocabulary, pageText: string): void {
  for (const frame of frames) {
    const last = frame.paras.at(-1);
    if (frame.photo || !last || last.subhead || endsSentence(last.text)) continue;
    let best: { from: Frame; at: number; score: number } | null = null;
    for (const from of frames) {
      if (from === frame || from.photo) continue;
      for (let at = 1; at < from.paras.length; at++) {
        const prev = from.paras[at - 1] as Para;
        const first = from.paras[at] as Para;
        if (!endsSentence(prev.text) || first.subhead || first.lead || junctionScore(last.text, first.text, pageText) < 1) continue;
        const tail = from.paras.slice(at).map((p) => p.text);
        const stay = vocab.cosine(tail, [headText(from), headText(from), ...from.paras.slice(0, at).map((p) => p.text)]);
        const score = vocab.cosine(tail, profileText(frame)) - stay;
        if (score > MOVE_MARGIN && (!best || score > best.score)) best = { from, at, score };
      }
    }
    if (best) frame.paras.push(...best.from.paras.splice(best.at));
  }
}
