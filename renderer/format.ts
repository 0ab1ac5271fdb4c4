import type { MessageKey } from './i18n/messages';

/** A story's title for lists and the reader; untitled photo news is named as such. */
export const storyTitle = (s: { title: string; kind: 'article' | 'photo' }, t: (key: MessageKey) => string): string =>
  s.title || t(s.kind === 'photo' ? 'story.untitledPhoto' : 'story.untitled');

/** The printed page number in a page file's name: 嘉善版第3版.txt → 3. */
export function pageNumber(source: string): number | null {
  const match = /第\s*(\d+)\s*版/.exec(source.split(/[\\/]/).at(-1) ?? '');
  return match ? Number(match[1]) : null;
}

/** The file name of a page's source path. */
export const fileName = (source: string): string => source.split(/[\\/]/).at(-1) ?? source;
