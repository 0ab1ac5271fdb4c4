import { hash } from 'node:crypto';
import { basename } from 'node:path';
import type { Article } from '../../shared/model';

/**
 * A story's stable identity: the page file's name plus the story's headline and the opening of its
 * text. It survives re-importing the same page, moving the archive folder, and parser fixes that
 * only touch the rest of the story; user data refers to stories by this key.
 */
export function storyKey(source: string, a: Article): string {
  const opening = (openingOf(a.paragraphs) || a.caption || '').slice(0, OPENING);
  return hash('sha256', [basename(source), a.kind, a.kicker ?? '', a.title, a.subtitle ?? '', opening].join('\u0000'), 'hex').slice(0, 24);
}

const OPENING = 64;

/** The paragraphs run together as far as the key reads them, without joining a long story's whole text. */
function openingOf(paragraphs: readonly string[]): string {
  let opening = '';
  for (const paragraph of paragraphs) {
    if (opening.length >= OPENING) break;
    opening += paragraph;
  }
  return opening;
}

/** Keys for all stories of a page, disambiguating identical stories printed twice on it. */
export function storyKeys(source: string, articles: readonly Article[]): string[] {
  const seen = new Map<string, number>();
  return articles.map((a) => {
    const key = storyKey(source, a);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? key : `${key}-${n}`;
  });
}
