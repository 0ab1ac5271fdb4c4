import { headText, newFrame, type Frame, type Para } from '../frames';
import { endsSentence } from '../sentence';
import type { PageVocabulary } from '../similarity';
import { isFragment } from './chunks';

/** Share of a headline's weight a moved tail must speak of, paragraph for paragraph. */
const TAIL_COVERAGE = 0.2;
const TAIL_SCORE = 0.3;

const isOrphan = (f: Frame) => !f.photo && f.head.length > 0 && f.paras.length === 0;
const isHeadless = (f: Frame) => !f.photo && f.head.length === 0 && (f.authors.length > 0 || f.paras[0]?.lead === true);
const bodyText = (f: Frame) => f.paras.map((p) => p.text);

/**
 * A byline-and-lead with no headline, while a stack of headline blocks sits above another
 * story: the stack may hold two headlines. Split it where the upper part matches the lead.
 */
export function splitHeadsForHeadless(frames: Frame[], vocab: PageVocabulary): void {
  let spare = frames.filter(isHeadless).length - frames.filter(isOrphan).length;
  for (const waiting of frames.filter(isHeadless)) {
    if (spare <= 0) return;
    const target = bodyText(waiting);
    let best: { frame: Frame; at: number; gain: number } | null = null;
    for (const frame of frames) {
      if (frame.head.length < 2 || frame.paras.length === 0) continue;
      const own = bodyText(frame);
      for (let at = 1; at < frame.head.length; at++) {
        const upper = [frame.head.slice(0, at).flat().join('')];
        const lower = [frame.head.slice(at).flat().join('')];
        const toLead = vocab.cosine(upper, target);
        const gain = toLead - vocab.cosine(upper, own) + vocab.cosine(lower, own) - vocab.cosine(lower, target);
        if (toLead >= 0.15 && gain > 0.1 && (!best || gain > best.gain)) best = { frame, at, gain };
      }
    }
    if (!best) continue;
    const upper = best.frame.head.slice(0, best.at);
    best.frame.head = best.frame.head.slice(best.at);
    frames.push(newFrame(best.frame.pos, { head: upper, section: best.frame.section }));
    best.frame.section = null;
    best.frame.pos += 0.5;
    spare--;
  }
  frames.sort((a, b) => a.pos - b.pos);
}

/** Gives each waiting byline-and-lead the headline without body that speaks of the same thing. */
export function pairOrphansWithHeadless(frames: Frame[], vocab: PageVocabulary): void {
  const orphans = frames.filter(isOrphan);
  const waiting = frames.filter(isHeadless);
  const pairs = orphans
    .flatMap((o) => waiting.map((w) => ({ o, w, score: vocab.cosine([headText(o)], bodyText(w)) })))
    .sort((a, b) => b.score - a.score);
  const single = orphans.length === 1 && waiting.length === 1;
  const used = new Set<Frame>();
  for (const { o, w, score } of pairs) {
    if (used.has(o) || used.has(w) || (score < 0.05 && !single)) continue;
    used.add(o).add(w);
    w.head = o.head;
    w.authors = [...o.authors, ...w.authors];
    w.section = [o.section, w.section].filter((x) => x !== null).join(' ') || null;
    w.pos = o.pos;
    frames.splice(frames.indexOf(o), 1);
  }
  frames.sort((a, b) => a.pos - b.pos);
}

interface Tail {
  frame: Frame;
  at: number;
  score: number;
  coverage: number;
}

/**
 * The end of a story's body that speaks of `head` rather than of its own headline: every
 * paragraph from `at` on is scored by how much of each headline it names. `own` is the frame
 * `head` came from, whose remaining headline is `ownHead`; it may hold the tail itself when a
 * stack of two headlines stands over one body.
 */
function findTail(head: string, own: { frame: Frame; head: string | null }, frames: Frame[], vocab: PageVocabulary): Tail | null {
  let best: Tail | null = null;
  for (const frame of frames) {
    if (frame.photo || frame.paras.length < 2) continue;
    if (frame === own.frame ? own.head === null : frame.head.length === 0) continue;
    const theirs = frame === own.frame ? (own.head ?? '') : headText(frame);
    const scores = frame.paras.map((p) => ({ mine: vocab.coverage(head, p.text), theirs: vocab.coverage(theirs, p.text) }));
    for (let at = 1; at < frame.paras.length; at++) {
      const prev = frame.paras[at - 1] as Para;
      const first = frame.paras[at] as Para;
      if (!endsSentence(prev.text) || first.lead || isFragment(first)) continue;
      const rest = scores.slice(at);
      const score = rest.reduce((sum, s) => sum + s.mine - s.theirs, 0);
      const coverage = rest.reduce((sum, s) => sum + s.mine, 0) / rest.length;
      if (coverage >= TAIL_COVERAGE && score > TAIL_SCORE && (!best || score > best.score)) best = { frame, at, score, coverage };
    }
  }
  return best;
}

/** How much of `head` the frame's paragraphs name, leaving out a tail about to be taken from it. */
function ownCoverage(head: string, frame: Frame, tail: Tail, vocab: PageVocabulary): number {
  const paras = tail.frame === frame ? frame.paras.slice(0, tail.at) : frame.paras;
  if (paras.length === 0) return 0;
  return paras.reduce((sum, p) => sum + vocab.coverage(head, p.text), 0) / paras.length;
}

/**
 * A headline with no body of its own (or the top block of a headline stack that its story never
 * mentions) takes the end of a story's body when that end names what it names.
 */
export function moveTailsToOrphanHeads(frames: Frame[], vocab: PageVocabulary): void {
  for (const frame of [...frames]) {
    if (frame.photo || frame.head.length === 0) continue;
    if (isOrphan(frame)) {
      const tail = findTail(headText(frame), { frame, head: null }, frames, vocab);
      if (tail) frame.paras = tail.frame.paras.splice(tail.at);
      continue;
    }
    for (let at = 1; at < frame.head.length; at++) {
      const upper = frame.head.slice(0, at).flat().join('');
      const lower = frame.head.slice(at).flat().join('');
      const tail = findTail(upper, { frame, head: lower }, frames, vocab);
      if (!tail || tail.coverage <= 2 * ownCoverage(upper, frame, tail, vocab) + 0.1) continue;
      const orphan = newFrame(frame.pos, { head: frame.head.slice(0, at), section: frame.section, paras: tail.frame.paras.splice(tail.at) });
      frame.head = frame.head.slice(at);
      frame.section = null;
      frame.pos = orphan.pos + 0.5;
      frames.push(orphan);
      break;
    }
  }
  frames.sort((a, b) => a.pos - b.pos);
}
