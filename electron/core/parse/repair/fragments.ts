import { profileText, type Frame, type Para } from '../frames';
import { endsSentence, junctionScore } from '../sentence';
import type { PageVocabulary } from '../similarity';
import type { Chunk } from './chunks';

/** What an open paragraph and a fragment must score together before they are joined. */
const JOIN_THRESHOLD = 0.35;
/** Without a word across the cut, a fragment joins the story it is clearly closest to in words. */
const CLOSE_TOPIC = 0.1;
/** Printed right after the open paragraph: a weak hint, which word evidence can overrule. */
const ADJACENCY = 0.3;
/** How much closer a loose section must be to another story than to the one it was printed in. */
const MOVE_MARGIN = 0.05;

/** Open paragraph → the fragment chunk that continues it. */
type Links = Map<Para, Chunk>;

/**
 * Joins fragments to the open paragraphs they continue, best evidence first: the characters
 * meeting at the cut form a word printed elsewhere on the page, the fragment speaks of the same
 * things as the open paragraph's story (at least twice as much as any other), and (weakly) it
 * was printed right after it.
 */
export function linkFragments(frames: Frame[], chunks: Chunk[], vocab: PageVocabulary, pageText: string): Links {
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
export function placeChunks(frames: Frame[], chunks: Chunk[], links: Links, vocab: PageVocabulary): string[] {
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
