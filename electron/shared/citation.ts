import type { Author, Edition } from './model';

const PAGE_IN_NAME = /第\s*0*(\d{1,3})\s*版|(?:^|[^\d])0*(\d{1,3})版/;

/** The last part of a path, with either separator. */
export const baseName = (path: string): string => path.replace(/\\/g, '/').split('/').filter(Boolean).at(-1) ?? path;

/**
 * The page (版) of the paper a story was printed on, when its file name says so (第3版, 03版).
 * The page texts carry no page number the importer keeps, so the file name is the only witness.
 */
export function pageNumberOf(source: string | null): number | null {
  if (!source) return null;
  const m = PAGE_IN_NAME.exec(baseName(source));
  const digits = m?.[1] ?? m?.[2];
  return digits === undefined ? null : Number(digits);
}

export interface CitedStory {
  /** The title as the reader shows it (an untitled photo is named as such). */
  title: string;
  authors: readonly Author[];
  edition: Pick<Edition, 'paper' | 'name'>;
  /** ISO date, or null when neither the story nor its edition has one. */
  date: string | null;
  source: string;
}

/** GB/T 7714 lists at most three responsible persons, then 等. */
const MAX_AUTHORS = 3;

/**
 * A bibliography entry for a newspaper story in the form of GB/T 7714-2015:
 * 周奕, 胡凌霄, 徐寻. 西塘迎来年末旅游小高峰[N]. 嘉兴日报(嘉善版), 2023-12-29(3).
 * Without a date the page file is named, so the entry still leads back to the original.
 */
export function referenceOf(story: CitedStory): string {
  const names = story.authors.map((a) => a.name.replace(/\s+/g, '')).filter(Boolean);
  const who = names.length > MAX_AUTHORS ? `${names.slice(0, MAX_AUTHORS).join(', ')}, 等` : names.join(', ');
  const { paper, name } = story.edition;
  const where = paper && name ? `${paper}(${name})` : (paper ?? name ?? '');
  const page = pageNumberOf(story.source);
  const when = story.date ? `${story.date}${page !== null ? `(${page})` : ''}` : page !== null ? `第${page}版` : '';
  const published = [where, when].filter(Boolean).join(', ');
  const entry = `${who ? `${who}. ` : ''}${story.title}[N]${published ? `. ${published}` : ''}.`;
  return story.date ? entry : `${entry} 来源文件: ${baseName(story.source)}`;
}

/** A bibliography: one reference per line, numbered as GB/T 7714's sequential system prints them, [1] …, [2] …. */
export const numberedReferences = (references: readonly string[]): string => references.map((r, i) => `[${i + 1}] ${r}`).join('\n');
