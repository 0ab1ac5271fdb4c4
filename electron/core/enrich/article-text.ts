import type { Article } from '../../shared/model';

/** Where in a story a piece of text sits; a name in the headline says more than one in the body. */
export type Zone = 'headline' | 'lead' | 'body';

export const ZONE_WEIGHT: Record<Zone, number> = { headline: 3, lead: 2, body: 1 };

export interface TextPiece {
  zone: Zone;
  text: string;
}

/**
 * The story's text in reading order: headline lines, then the caption or first paragraph (the
 * lead), then the body. A story whose start is on another page has no lead here: its first
 * paragraph is the middle of the story.
 */
export function articlePieces(article: Pick<Article, 'kicker' | 'title' | 'subtitle' | 'caption' | 'paragraphs' | 'subheads' | 'incomplete'>): TextPiece[] {
  const pieces: TextPiece[] = [];
  for (const line of [article.kicker, article.title, article.subtitle]) {
    if (line) pieces.push({ zone: 'headline', text: line });
  }
  let leadTaken = article.incomplete.start;
  if (article.caption) {
    pieces.push({ zone: 'lead', text: article.caption });
    leadTaken = true;
  }
  article.paragraphs.forEach((text, index) => {
    const isLead = !leadTaken && !article.subheads.includes(index);
    if (isLead) leadTaken = true;
    pieces.push({ zone: isLead ? 'lead' : 'body', text });
  });
  return pieces;
}
