import type { Article, Author, Edition } from './model';

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

const UNTITLED_PHOTO = '图片新闻';
/** What a story without a title, or a clipping without a remembered one, is called in a reference or a book. */
export const UNTITLED = '（无题）';

/**
 * A story's title as a reference, a contents line or an outline names it: never empty. Untitled
 * photo news is named by the start of its caption, so that two of them on a page stay apart.
 * The same for one story's 复制引用 and its entry in a selection's references.
 */
export function citedTitle(article: Pick<Article, 'title' | 'kind' | 'caption' | 'paragraphs'>): string {
  if (article.title.trim()) return article.title;
  if (article.kind !== 'photo') return UNTITLED;
  const caption = captionStart(article.caption ?? article.paragraphs[0] ?? null);
  return caption ? `${UNTITLED_PHOTO}：${caption}` : UNTITLED_PHOTO;
}

/** The start of a photo's caption, as it names untitled photo news: enough to tell two apart, short enough for a title. */
export function captionStart(caption: string | null): string {
  const text = (caption ?? '').trim();
  return text.length > 18 ? `${text.slice(0, 18)}…` : text;
}

export interface CitedStory {
  /** The title as citedTitle names the story (never empty). */
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

/** A clipped passage with where it comes from, to paste into an article or notes: the quote in quotation marks, the reference under it. */
export const quotationOf = (quote: string, reference: string): string => `“${quote.trim()}”\n${reference}`;

/** The forms a story is cited in: a GB/T 7714 reference to read, or an RIS record for reference managers. */
export const CITATION_FORMATS = ['gbt7714', 'ris'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

/** An RIS value is one line. */
const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/**
 * An RIS record of a newspaper article (TY NEWS), as Zotero, EndNote and NoteExpress import it:
 * the paper as the publication (T2) with the county edition as its edition (ET), the date
 * (DA YYYY/MM/DD), the page (SP) from the file name, every author, and the page file as a note.
 * Lines end in CR LF, as the format asks.
 */
export function risRecordOf(story: CitedStory): string {
  const tags: [string, string | null][] = [
    ['TY', 'NEWS'],
    ...story.authors.map((a): [string, string] => ['AU', a.name.replace(/\s+/g, '')]),
    ['TI', oneLine(story.title)],
    ['T2', story.edition.paper ?? story.edition.name],
    ['ET', story.edition.paper ? story.edition.name : null],
    ['DA', story.date?.replace(/-/g, '/') ?? null],
    ['PY', story.date?.slice(0, 4) ?? null],
    ['SP', pageNumberOf(story.source)?.toString() ?? null],
    ['LA', 'zh'],
    ['N1', `来源文件: ${baseName(story.source)}`],
  ];
  const lines = tags.filter((tag): tag is [string, string] => Boolean(tag[1])).map(([tag, value]) => `${tag}  - ${oneLine(value)}`);
  return `${[...lines, 'ER  - '].join('\r\n')}\r\n`;
}

/** A story's citation in the given form. */
export const citeAs = (story: CitedStory, format: CitationFormat): string => (format === 'ris' ? risRecordOf(story) : referenceOf(story));

/**
 * Citations as one text: GB/T 7714 references one per line, numbered as its sequential system
 * prints them ([1] …, [2] …); RIS records one after another, as an .ris file holds them.
 */
export const citationsText = (citations: readonly string[], format: CitationFormat): string =>
  format === 'ris' ? citations.join('\r\n') : citations.map((r, i) => `[${i + 1}] ${r}`).join('\n');
