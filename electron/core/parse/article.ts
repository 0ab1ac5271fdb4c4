import { EMPTY_REGION, type Article } from '../../shared/model';
import type { Frame, Para } from './frames';
import { readHeadline } from './headline';
import { endsSentence, startsMidSentence } from './sentence';

/**
 * A finished frame as the reader will see it: column breaks mended (a paragraph that stops
 * mid-sentence takes the one that continues it), subheads indexed, photo captions set apart.
 * Enrichment fields start empty; electron/core/enrich fills them.
 */
export function toArticle(frame: Frame): Article {
  const paragraphs: string[] = [];
  const subheads: number[] = [];
  let prev: Para | null = null;
  for (const para of frame.paras) {
    const continues = prev !== null && !prev.subhead && !para.subhead && !para.lead && !endsSentence(prev.text);
    if (continues && paragraphs.length > 0) {
      paragraphs[paragraphs.length - 1] += para.text;
    } else {
      if (para.subhead) subheads.push(paragraphs.length);
      paragraphs.push(para.text);
    }
    prev = para;
  }
  const first = frame.paras[0];
  const lastText = [...paragraphs].reverse().find((_, i) => !subheads.includes(paragraphs.length - 1 - i));
  const headline = readHeadline(frame.head);
  return {
    kind: frame.photo ? 'photo' : 'article',
    section: frame.section,
    kicker: headline.kicker,
    title: headline.title,
    subtitle: headline.subtitle,
    authors: frame.authors,
    paragraphs,
    subheads,
    caption: frame.photo ? (paragraphs[0] ?? null) : null,
    incomplete: {
      start: first !== undefined && !first.lead && !first.subhead && (startsMidSentence(first.text) || (!frame.photo && frame.head.length === 0)),
      end: lastText !== undefined && !endsSentence(lastText),
    },
    region: { ...EMPTY_REGION },
    places: [],
    topics: [],
    people: [],
    date: null,
  };
}
