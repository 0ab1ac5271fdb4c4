import type { TopicId } from '../../shared/topics';
import { ZONE_WEIGHT, type TextPiece, type Zone } from './article-text';
import { PairWords } from './pair-masks';
import { LEADER_ACTIVITY_WORDS, OFFICIAL_TITLES, TOPIC_TERMS } from './topic-terms';

export interface TermEvidence {
  term: string;
  weight: number;
  count: number;
  /** Weight × presence: 3 per headline occurrence, 2 per lead occurrence, 1 + ln(n) for n in the body. */
  score: number;
}

export interface TopicEvidence {
  id: TopicId;
  score: number;
  terms: TermEvidence[];
  /** A rule that put this topic first regardless of scores, in words: 标题报道领导活动：江海洋…调研. */
  rule?: string;
}

/** Second and third topics must reach this share of the first one's score, and MIN_SCORE. */
const SECONDARY_SHARE = 0.45;
const MIN_SCORE = 6;
/** A story without a single topic word (a bare photo caption) is filed under 民生, everyday life. */
export const FALLBACK_TOPIC: TopicId = 'welfare';

/**
 * Every position of every story is tried, so the terms of two or more characters are found by
 * their first two (see PairWords), and the few one-character terms by a bit per character code
 * (a table of ids by code would be a quarter of a megabyte, read at every position). A story's
 * counts are kept by term id: the multi-character terms' PairWords ids, then the single ones.
 */
interface TermIndex {
  terms: string[];
  topics: { topic: TopicId; weight: number }[][];
  byPair: PairWords;
  singleBits: Int32Array;
  /** The one-character terms' codes; term id byPair's count + i is singleCodes[i]. */
  singleCodes: number[];
}

let index: TermIndex | null = null;

function termIndex(): TermIndex {
  if (index) return index;
  const weights = new Map<string, { topic: TopicId; weight: number }[]>();
  for (const [topic, terms] of Object.entries(TOPIC_TERMS) as [TopicId, Record<string, number>][]) {
    for (const [term, weight] of Object.entries(terms)) weights.set(term, [...(weights.get(term) ?? []), { topic, weight }]);
  }
  const byPair = new PairWords(14);
  const terms: string[] = [];
  const singleCodes: number[] = [];
  const singleBits = new Int32Array(0x10000 >>> 5);
  for (const term of weights.keys()) {
    if (term.length < 2) continue;
    byPair.add(term);
    terms.push(term);
  }
  for (const term of weights.keys()) {
    if (term.length !== 1) continue;
    const code = term.charCodeAt(0);
    singleBits[code >>> 5] = (singleBits[code >>> 5] ?? 0) | (1 << (code & 31));
    singleCodes.push(code);
    terms.push(term);
  }
  index = { terms, topics: terms.map((term) => weights.get(term) ?? []), byPair, singleBits, singleCodes };
  return index;
}

function presence(counts: Record<Zone, number>): number {
  const body = counts.body > 0 ? 1 + Math.log(counts.body) : 0;
  return counts.headline * ZONE_WEIGHT.headline + counts.lead * ZONE_WEIGHT.lead + body;
}

/** A term's score for a topic: its weight there times its presence, to a tenth. */
const termScore = (weight: number, presenceInStory: number): number => Math.round(weight * presenceInStory * 10) / 10;

/** The id of the longest term starting at `i`, or -1. */
function termAt(text: string, i: number, { terms, byPair, singleBits, singleCodes }: TermIndex): number {
  const id = byPair.longestAt(text, i);
  if (id >= 0) return id;
  const code = text.charCodeAt(i);
  if (((singleBits[code >>> 5] ?? 0) & (1 << (code & 31))) === 0) return -1;
  return terms.length - singleCodes.length + singleCodes.indexOf(code);
}

const ZONES: readonly Zone[] = ['headline', 'lead', 'body'];
/** Per term id and zone (ZONES order), a story's counts; reset after each story. */
let zoneCounts = new Int32Array(0);

/** Counts each term of the story by zone into zoneCounts; returns the term ids in the order they first occur. */
function countTerms(pieces: readonly TextPiece[], terms: TermIndex): number[] {
  if (zoneCounts.length < terms.terms.length * 3) zoneCounts = new Int32Array(terms.terms.length * 3);
  const counts = zoneCounts;
  const found: number[] = [];
  for (const { zone, text } of pieces) {
    const z = ZONES.indexOf(zone);
    let i = 0;
    while (i < text.length) {
      const id = termAt(text, i, terms);
      if (id < 0) {
        i += 1;
        continue;
      }
      if ((counts[id * 3] ?? 0) + (counts[id * 3 + 1] ?? 0) + (counts[id * 3 + 2] ?? 0) === 0) found.push(id);
      counts[id * 3 + z] = (counts[id * 3 + z] ?? 0) + 1;
      i += (terms.terms[id] ?? '').length;
    }
  }
  return found;
}

/** The zone counts of term `id`, which are reset for the next story. */
function takeCounts(id: number): Record<Zone, number> {
  const zones = { headline: zoneCounts[id * 3] ?? 0, lead: zoneCounts[id * 3 + 1] ?? 0, body: zoneCounts[id * 3 + 2] ?? 0 };
  zoneCounts.fill(0, id * 3, id * 3 + 3);
  return zones;
}

const byScore = (a: { score: number }, b: { score: number }) => b.score - a.score;

/**
 * Every topic that any term of the story points to, best first. With `detail` 'terms', each
 * with its terms, for the "why" panel; with 'scores', the terms are left empty: filing a story
 * needs only the scores, and the term lists were most of the cost of an import's topics.
 */
export function topicEvidence(pieces: readonly TextPiece[], detail: 'terms' | 'scores' = 'terms'): TopicEvidence[] {
  const terms = termIndex();
  const found = countTerms(pieces, terms);
  if (detail === 'scores') {
    const scores = new Map<TopicId, number>();
    for (const id of found) {
      const present = presence(takeCounts(id));
      for (const { topic, weight } of terms.topics[id] ?? []) scores.set(topic, (scores.get(topic) ?? 0) + termScore(weight, present));
    }
    return [...scores].map(([id, score]) => ({ id, score: Math.round(score * 10) / 10, terms: [] })).sort(byScore);
  }
  const topics = new Map<TopicId, TermEvidence[]>();
  for (const id of found) {
    const zones = takeCounts(id);
    const term = terms.terms[id] ?? '';
    const count = zones.headline + zones.lead + zones.body;
    for (const { topic, weight } of terms.topics[id] ?? []) {
      const score = termScore(weight, presence(zones));
      const list = topics.get(topic);
      if (list) list.push({ term, weight, count, score });
      else topics.set(topic, [{ term, weight, count, score }]);
    }
  }
  return [...topics.entries()]
    .map(([id, terms]) => {
      const list = terms.sort((a, b) => b.score - a.score || b.count - a.count);
      return { id, score: Math.round(list.reduce((sum, term) => sum + term.score, 0) * 10) / 10, terms: list };
    })
    .sort(byScore);
}

/**
 * Marks 时政 as first when a headline opens with a named person (found by people.ts) doing an
 * official's thing: 江海洋赴大云镇调研时强调. `people` maps each name to the cues that found it
 * (县委书记, 说…), which tell whether the person holds an office.
 */
export function withLeaderActivity(evidence: TopicEvidence[], headlines: readonly string[], people: ReadonlyMap<string, readonly string[]>): TopicEvidence[] {
  for (const headline of headlines) {
    const person = [...people.keys()].find((name) => headline.startsWith(name));
    if (!person) continue;
    const official = (people.get(person) ?? []).some((cue) => OFFICIAL_TITLES.has(cue));
    const words = official ? [...LEADER_ACTIVITY_WORDS.strong, ...LEADER_ACTIVITY_WORDS.withTitle] : LEADER_ACTIVITY_WORDS.strong;
    const word = words.find((activity) => headline.includes(activity));
    if (!word) continue;
    const rule = `标题报道领导活动：${person}…${word}`;
    const politics = evidence.find((topic) => topic.id === 'politics');
    if (politics) politics.rule = rule;
    else evidence.push({ id: 'politics', score: 0, terms: [], rule });
    return [...evidence].sort((a, b) => Number(Boolean(b.rule)) - Number(Boolean(a.rule)) || b.score - a.score);
  }
  return evidence;
}

/** One to three topics, best first: the strongest (or the one a rule put first), and the runners-up that come close to it. */
export function chooseTopics(evidence: readonly TopicEvidence[]): TopicId[] {
  const [first, ...rest] = evidence;
  if (!first) return [FALLBACK_TOPIC];
  const best = Math.max(...evidence.map((topic) => topic.score));
  const runnersUp = rest.filter((topic) => topic.score >= MIN_SCORE && topic.score >= best * SECONDARY_SHARE).slice(0, 2);
  return [first.id, ...runnersUp.map((topic) => topic.id)];
}
