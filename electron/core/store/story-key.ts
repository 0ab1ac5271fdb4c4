import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { Article } from '../../shared/model';

/**
 * A story's stable identity: the page file's name plus the story's headline and the opening of its
 * text. It survives re-importing the same page, moving the archive folder, and parser fixes that
 * only touch the rest of the story; user data refers to stories by this key.
 */
export function storyKey(source: string, a: Article): string {
  const opening = (a.paragraphs.join('') || a.caption || '').slice(0, 64);
  const h = createHash('sha256');
  h.update([basename(source), a.kind, a.kicker ?? '', a.title, a.subtitle ?? '', opening].join('\u0000'));
  return h.digest('hex').slice(0, 24);
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
