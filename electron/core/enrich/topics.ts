import type { TopicId } from '../../shared/topics';
import { ZONE_WEIGHT, type TextPiece, type Zone } from './article-text';
import { PairMasks, pairKey } from './pair-masks';
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

interface TermIndex {
  byTerm: Map<string, { topic: TopicId; weight: number }[]>;
  /**
   * Every position of every story is tried, so what can start there is looked up by character
   * codes first: lengths (as bits) of the terms of two or more characters by their first two, and
   * the one-character terms.
   */
  lengthsByPair: PairMasks;
  /** 1 for the code of each one-character term. */
  singles: Uint8Array;
}

let index: TermIndex | null = null;

function termIndex(): TermIndex {
  if (index) return index;
  const byTerm = new Map<string, { topic: TopicId; weight: number }[]>();
  const lengthsByPair = new PairMasks();
  const singles = new Uint8Array(0x10000);
  for (const [topic, terms] of Object.entries(TOPIC_TERMS) as [TopicId, Record<string, number>][]) {
    for (const [term, weight] of Object.entries(terms)) {
      byTerm.set(term, [...(byTerm.get(term) ?? []), { topic, weight }]);
      if (term.length === 1) singles[term.charCodeAt(0)] = 1;
      else if (term.length < 31) lengthsByPair.add(pairKey(term, 0), 1 << term.length);
      else throw new RangeError(`topic term too long: ${term}`);
    }
  }
  index = { byTerm, lengthsByPair, singles };
  return index;
}

function presence(counts: Record<Zone, number>): number {
  const body = counts.body > 0 ? 1 + Math.log(counts.body) : 0;
  return counts.headline * ZONE_WEIGHT.headline + counts.lead * ZONE_WEIGHT.lead + body;
}

/** The longest term starting at `i`. */
function termAt(text: string, i: number, { byTerm, lengthsByPair, singles }: TermIndex): string | undefined {
  const lengths = i + 1 < text.length ? lengthsByPair.get(pairKey(text, i)) : 0;
  for (let length = Math.min(31 - Math.clz32(lengths), text.length - i); length >= 2; length--) {
    if ((lengths & (1 << length)) === 0) continue;
    const candidate = text.slice(i, i + length);
    if (byTerm.has(candidate)) return candidate;
  }
  return singles[text.charCodeAt(i)] === 1 ? (text[i] ?? undefined) : undefined;
}

/** Every topic that any term of the story points to, with the terms, best first. */
export function topicEvidence(pieces: readonly TextPiece[]): TopicEvidence[] {
  const terms = termIndex();
  const { byTerm } = terms;
  const counts = new Map<string, Record<Zone, number>>();
  for (const { zone, text } of pieces) {
    let i = 0;
    while (i < text.length) {
      const term = termAt(text, i, terms);
      if (!term) {
        i += 1;
        continue;
      }
      const zones = counts.get(term) ?? { headline: 0, lead: 0, body: 0 };
      zones[zone] += 1;
      counts.set(term, zones);
      i += term.length;
    }
  }
  const topics = new Map<TopicId, TermEvidence[]>();
  for (const [term, zones] of counts) {
    const count = zones.headline + zones.lead + zones.body;
    for (const { topic, weight } of byTerm.get(term) ?? []) {
      const score = Math.round(weight * presence(zones) * 10) / 10;
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
    .sort((a, b) => b.score - a.score);
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
