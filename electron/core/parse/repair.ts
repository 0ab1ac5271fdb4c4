import { headText, newFrame, profileText, type Frame, type Para } from './frames';
import { endsSentence, junctionScore, startsMidSentence } from './sentence';
import type { PageVocabulary } from './similarity';

/**
 * Untangles interleaved stories. On a printed page a story's text can jump: its body follows
 * other stories, its lead sits at the foot of the page, a column ends mid-word. Every move made
 * here rests on evidence: an open sentence that a fragment continues, names and places shared
 * with a headline, a byline-and-lead that waits for a headline. Without evidence text stays where
 * it was printed, or goes to `unplaced`.
 */

interface Chunk {
  paras: Para[];
  /** The frame the chunk was printed in. */
  origin: Frame;
  /** Starts mid-sentence: it must continue some open paragraph. */
  fragment: boolean;
}

/** What an open paragraph and a fragment must score together before they are joined. */
const JOIN_THRESHOLD = 0.35;
/** Without a word across the cut, a fragment joins the story it is clearly closest to in words. */
const CLOSE_TOPIC = 0.1;
/** Printed right after the open paragraph: a weak hint, which word evidence can overrule. */
const ADJACENCY = 0.3;
/** Share of a headline's weight a moved tail must speak of, paragraph for paragraph. */
const TAIL_COVERAGE = 0.2;
const TAIL_SCORE = 0.3;
/** How much closer loose text must be to another story than to the one it sits in. */
const MOVE_MARGIN = 0.05;

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

function isFragment(para: Para): boolean {
  return !para.lead && !para.subhead && startsMidSentence(para.text);
}

/**
 * Cuts each frame's body where the text visibly jumps: before a paragraph that starts
 * mid-sentence, and before a subhead that follows a finished sentence. The part before the first
 * cut stays with the headline; the rest becomes loose chunks.
 */
function cutChunks(frames: Frame[]): Chunk[] {
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

const isOrphan = (f: Frame) => !f.photo && f.head.length > 0 && f.paras.length === 0;
const isHeadless = (f: Frame) => !f.photo && f.head.length === 0 && (f.authors.length > 0 || f.paras[0]?.lead === true);
const bodyText = (f: Frame) => f.paras.map((p) => p.text);

/**
 * A byline-and-lead with no headline, while a stack of headline blocks sits above another
 * story: the stack may hold two headlines. Split it where the upper part matches the lead.
 */
function splitHeadsForHeadless(frames: Frame[], vocab: PageVocabulary): void {
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
function pairOrphansWithHeadless(frames: Frame[], vocab: PageVocabulary): void {
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
function moveTailsToOrphanHeads(frames: Frame[], vocab: PageVocabulary): void {
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

/** Open paragraph → the fragment chunk that continues it. */
type Links = Map<Para, Chunk>;

/**
 * Joins fragments to the open paragraphs they continue, best evidence first: the characters
 * meeting at the cut form a word printed elsewhere on the page, the fragment speaks of the same
 * things as the open paragraph's story (at least twice as much as any other), and (weakly) it
 * was printed right after it.
 */
function linkFragments(frames: Frame[], chunks: Chunk[], vocab: PageVocabulary, pageText: string): Links {
  const owners = new Map<Para, string[]>();
  for (const frame of frames) {
    const last = frame.paras.at(-1);
    if (last && !last.subhead && !endsSentence(last.text)) owners.set(last, profileText(frame));
  }
  for (const chunk of chunks) {
    const last = chunk.paras.at(-1);
    if (last && !last.subhead && !endsSentence(last.text)) owners.set(last, [...profileText(chunk.origin), ...chunk.paras.map((p) => p.text)]);
  }
  const options = chunks
    .filter((c) => c.fragment)
    .flatMap((chunk) => {
      const text = chunk.paras.map((p) => p.text);
      const first = chunk.paras[0] as Para;
      return [...owners]
        .filter(([end]) => !chunk.paras.includes(end))
        .map(([end, owner]) => {
          const cos = vocab.cosine(text, owner);
          const cue = junctionScore(end.text, first.text, pageText) + (first.pos === end.pos + 1 ? ADJACENCY : 0);
          return { end, chunk, cos, score: cue + cos };
        });
    });
  const links: Links = new Map();
  const taken = new Set<Chunk>();
  for (;;) {
    const open = options.filter((o) => !links.has(o.end) && !taken.has(o.chunk) && !reaches(o.chunk, o.end, links));
    const best = open.reduce<(typeof open)[number] | null>((a, o) => (!a || o.score > a.score ? o : a), null);
    const chosen = best && best.score >= JOIN_THRESHOLD ? best : open.find((o) => isClearlyClosest(o, open));
    if (!chosen) return links;
    links.set(chosen.end, chosen.chunk);
    taken.add(chosen.chunk);
  }
}

/** The fragment's words point at this open paragraph's story at least twice as much as at any other. */
function isClearlyClosest(option: { chunk: Chunk; end: Para; cos: number }, open: { chunk: Chunk; end: Para; cos: number }[]): boolean {
  if (option.cos < CLOSE_TOPIC) return false;
  return open.every((o) => o.chunk !== option.chunk || o.end === option.end || 2 * o.cos <= option.cos);
}

/** Whether following links from `chunk` arrives at `end`: linking them would close a loop. */
function reaches(chunk: Chunk, end: Para, links: Links): boolean {
  for (let c: Chunk | undefined = chunk; c; c = links.get(c.paras.at(-1) as Para)) {
    if (c.paras.includes(end)) return true;
  }
  return false;
}

/** Appends a chunk and every fragment chained to it. */
function appendChain(frame: Frame, chunk: Chunk, links: Links, placed: Set<Chunk>): void {
  for (let c: Chunk | undefined = chunk; c && !placed.has(c); c = links.get(c.paras.at(-1) as Para)) {
    frame.paras.push(...c.paras);
    placed.add(c);
  }
}

/**
 * Places the loose chunks: fragments follow the paragraph they continue; a section that begins
 * with a subhead stays with the story it was printed in unless another story is clearly closer.
 * Fragments that continue nothing go to `unplaced`.
 */
function placeChunks(frames: Frame[], chunks: Chunk[], links: Links, vocab: PageVocabulary): string[] {
  const placed = new Set<Chunk>();
  for (const frame of frames) {
    const last = frame.paras.at(-1);
    const next = last && links.get(last);
    if (next) appendChain(frame, next, links, placed);
  }
  const linked = new Set(links.values());
  const holder = (para: Para) => frames.find((f) => f.paras.includes(para));
  for (const chunk of chunks) {
    if (placed.has(chunk) || linked.has(chunk) || chunk.fragment) continue;
    const before = frames.flatMap((f) => f.paras).filter((p) => p.pos < (chunk.paras[0] as Para).pos).sort((a, b) => b.pos - a.pos)[0];
    const home = (before && holder(before)) ?? chunk.origin;
    const text = chunk.paras.map((p) => p.text);
    let target = home;
    let bestScore = vocab.cosine(text, profileText(home)) + MOVE_MARGIN;
    for (const frame of frames) {
      if (frame.photo || frame === home) continue;
      const score = vocab.cosine(text, profileText(frame));
      if (score > bestScore) {
        target = frame;
        bestScore = score;
      }
    }
    appendChain(target, chunk, links, placed);
  }
  return chunks.filter((c) => !placed.has(c)).flatMap((c) => c.paras.map((p) => p.text));
}

/**
 * A story whose last paragraph stops mid-sentence, and another story's body that goes on with it
 * although it does not visibly start mid-sentence (`…胜利召开。市` / `委副书记、市长…`): the
 * word across the cut and the names in the text must both point the same way.
 */
function moveContinuations(frames: Frame[], vocab: PageVocabulary, pageText: string): void {
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
