import type { TopicId } from '../../shared/topics';
import { ZONE_WEIGHT, type TextPiece } from './article-text';
import { TOPIC_TERMS } from './topic-terms';

export interface TermEvidence {
  term: string;
  weight: number;
  count: number;
  /** Weight × count, each occurrence multiplied by where it stands (headline 3, lead 2, body 1). */
  score: number;
}

export interface TopicEvidence {
  id: TopicId;
  score: number;
  terms: TermEvidence[];
}

/** Second and third topics must reach this share of the first one's score, and MIN_SCORE. */
const SECONDARY_SHARE = 0.45;
const MIN_SCORE = 6;
/** A story without a single topic word (a bare photo caption) is filed under 民生, everyday life. */
export const FALLBACK_TOPIC: TopicId = 'welfare';

interface TermIndex {
  byTerm: Map<string, { topic: TopicId; weight: number }[]>;
  lengthsByFirst: Map<string, number[]>;
}

let index: TermIndex | null = null;

function termIndex(): TermIndex {
  if (index) return index;
  const byTerm = new Map<string, { topic: TopicId; weight: number }[]>();
  const lengthsByFirst = new Map<string, number[]>();
  for (const [topic, terms] of Object.entries(TOPIC_TERMS) as [TopicId, Record<string, number>][]) {
    for (const [term, weight] of Object.entries(terms)) {
      byTerm.set(term, [...(byTerm.get(term) ?? []), { topic, weight }]);
      const lengths = lengthsByFirst.get(term[0] ?? '') ?? [];
      if (!lengths.includes(term.length)) lengthsByFirst.set(term[0] ?? '', [...lengths, term.length].sort((a, b) => b - a));
    }
  }
  index = { byTerm, lengthsByFirst };
  return index;
}

/** Every topic that any term of the story points to, with the terms, best first. */
export function topicEvidence(pieces: readonly TextPiece[]): TopicEvidence[] {
  const { byTerm, lengthsByFirst } = termIndex();
  const topics = new Map<TopicId, Map<string, TermEvidence>>();
  for (const { zone, text } of pieces) {
    let i = 0;
    while (i < text.length) {
      const lengths = lengthsByFirst.get(text[i] ?? '') ?? [];
      const term = lengths.map((length) => text.slice(i, i + length)).find((candidate) => byTerm.has(candidate));
      if (!term) {
        i += 1;
        continue;
      }
      for (const { topic, weight } of byTerm.get(term) ?? []) {
        const terms = topics.get(topic) ?? new Map<string, TermEvidence>();
        const entry = terms.get(term) ?? { term, weight, count: 0, score: 0 };
        entry.count += 1;
        entry.score += weight * ZONE_WEIGHT[zone];
        terms.set(term, entry);
        topics.set(topic, terms);
      }
      i += term.length;
    }
  }
  return [...topics.entries()]
    .map(([id, terms]) => {
      const list = [...terms.values()].sort((a, b) => b.score - a.score || b.count - a.count);
      return { id, score: list.reduce((sum, term) => sum + term.score, 0), terms: list };
    })
    .sort((a, b) => b.score - a.score);
}

/** One to three topics, best first: the strongest, and the runners-up that come close to it. */
export function chooseTopics(evidence: readonly TopicEvidence[]): TopicId[] {
  const [first, ...rest] = evidence;
  if (!first) return [FALLBACK_TOPIC];
  const runnersUp = rest.filter((topic) => topic.score >= MIN_SCORE && topic.score >= first.score * SECONDARY_SHARE).slice(0, 2);
  return [first.id, ...runnersUp.map((topic) => topic.id)];
}
