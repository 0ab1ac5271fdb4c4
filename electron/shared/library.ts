import { z } from 'zod';
import type { Article, Edition, Region } from './model';
import { TOPIC_IDS, type TopicId } from './topics';

/** The library API of electron/core/library.ts, as the app, the web host and the CLI see it. */

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date is YYYY, YYYY-MM or YYYY-MM-DD');

export const storyFiltersSchema = z
  .object({
    /** A place at any level: 嘉善县, 西塘镇, 嘉兴市 (the suffix may be left out: 西塘). */
    region: z.string().min(1).optional(),
    topic: z.enum(TOPIC_IDS).optional(),
    /** A person the story names, exactly as enrichment stored the name: 张锡锋. */
    person: z.string().trim().min(1).max(40).optional(),
    bookmarked: z.boolean().optional(),
    unread: z.boolean().optional(),
    /** true: only the stories the reader has opened (the reading history); false: only the others. */
    opened: z.boolean().optional(),
    dateFrom: isoDate.optional(),
    dateTo: isoDate.optional(),
    editionId: z.number().int().positive().optional(),
    collectionId: z.number().int().positive().optional(),
  })
  .strict();
export type StoryFilters = z.infer<typeof storyFiltersSchema>;

/**
 * relevance: headline hits first, then bm25 (newest first when very many stories match); date:
 * newest first; oldest: oldest first (undated stories come last by date either way); opened: the
 * story opened last first, then the stories never opened, newest first.
 */
export const sortOrderSchema = z.enum(['relevance', 'date', 'oldest', 'opened']);
export type SortOrder = z.infer<typeof sortOrderSchema>;
/** How a list without a search is ordered: by date either way, or by when the reader opened each story. */
export const listOrderSchema = sortOrderSchema.exclude(['relevance']);
export type ListOrder = z.infer<typeof listOrderSchema>;

export const searchRequestSchema = z
  .object({
    query: z.string().max(1000),
    filters: storyFiltersSchema.optional(),
    sort: sortOrderSchema.optional(),
    offset: z.number().int().nonnegative().optional(),
    limit: z.number().int().positive().max(1000).optional(),
  })
  .strict();
export type SearchRequest = z.infer<typeof searchRequestSchema>;

/** Character ranges [start, end) of `text` to highlight. */
export type Highlights = [number, number][];

export interface StorySummary {
  id: number;
  key: string;
  kind: Article['kind'];
  section: string | null;
  kicker: string | null;
  title: string;
  subtitle: string | null;
  /** Photo news's caption (null for an article): an untitled photo is named by its start. */
  caption: string | null;
  region: Region;
  topics: TopicId[];
  date: string | null;
  editionId: number;
  pageId: number;
  bookmarked: boolean;
  read: boolean;
  /** When the reader last opened the story (ISO time), or null if never. */
  openedAt: string | null;
}

export interface SearchHit extends StorySummary {
  /** A stretch of body (or caption, byline, headline) around the first match. */
  snippet: { text: string; highlights: Highlights };
  titleHighlights: Highlights;
  headlineHit: boolean;
  /** Higher is better; 0 when the order is by date. */
  score: number;
}

export interface Facets {
  regions: { name: string; level: 'province' | 'city' | 'county' | 'town' | 'village'; count: number }[];
  topics: { id: TopicId; count: number }[];
  /** Dated stories per year, oldest year first; years without a story are left out. */
  years: { year: number; count: number }[];
  /** Stories dated to a month or day, per month (YYYY-MM), oldest first; months without a story are left out. */
  months: { month: string; count: number }[];
  /** The people named by most of the stories, most first (10 for a search's summary, 30 for the sidebar). */
  people: { name: string; count: number }[];
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
  facets: Facets;
  ranking: SortOrder;
  ms: number;
}

export interface StoryPage {
  total: number;
  items: StorySummary[];
}

export interface EditionSummary extends Edition {
  id: number;
  pages: number;
  stories: number;
}

export interface PageSummary {
  id: number;
  source: string;
  editionId: number;
  stories: number;
  unplaced: string[];
}

export interface Bookmark {
  storyKey: string;
  /** null when the story is no longer in the library (its page changed or was removed). */
  storyId: number | null;
  title: string;
  createdAt: string;
}

export interface Collection {
  id: number;
  name: string;
  createdAt: string;
  count: number;
}

export interface Clipping {
  id: number;
  storyKey: string;
  storyId: number | null;
  title: string;
  paragraph: number;
  start: number;
  end: number;
  quote: string;
  note: string;
  createdAt: string;
  updatedAt: string;
}

export const clippingInputSchema = z
  .object({
    storyId: z.number().int().positive(),
    paragraph: z.number().int().nonnegative(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    note: z.string().max(100_000).optional(),
  })
  .strict()
  .refine((c) => c.end > c.start, 'a clipping ends after it starts');
export type ClippingInput = z.infer<typeof clippingInputSchema>;

/** The filters that say how a story has been read, not what it is: a followed search leaves them out. */
export const READING_FILTERS = ['unread', 'opened'] as const;

/** A followed search's choices: any filter but the READING_FILTERS. */
export const followedFiltersSchema = storyFiltersSchema.omit({ unread: true, opened: true } satisfies Record<(typeof READING_FILTERS)[number], true>);

/** The same choices whatever order their keys came in, as one JSON object: to compare or to store them. */
export const choicesKey = (filters: object): string => JSON.stringify(Object.fromEntries(Object.entries(filters).sort(([a], [b]) => (a < b ? -1 : 1))));

/**
 * A search the reader follows: its query and choices, kept with the library so that the stories
 * later imports add to it can be counted.
 */
export const followSearchInputSchema = z
  .object({
    /** What the sidebar lists it as: the search and the choices, as the list's heading names them. */
    name: z.string().trim().min(1).max(200),
    query: z.string().trim().max(1000),
    filters: followedFiltersSchema,
  })
  .strict()
  .refine((f) => f.query !== '' || Object.keys(f.filters).length > 0, 'a followed search needs a query or a choice (following everything is the whole library)');
export type FollowSearchInput = z.infer<typeof followSearchInputSchema>;

export interface FollowedSearch {
  id: number;
  name: string;
  query: string;
  filters: z.infer<typeof followedFiltersSchema>;
  createdAt: string;
  /** The stories it finds now, and those of them not read yet. */
  total: number;
  unread: number;
}

export interface StoryDetail extends StorySummary {
  article: Article;
  edition: Edition;
  source: string;
  readAt: string | null;
  collections: { id: number; name: string }[];
  clippings: Clipping[];
  /**
   * Where the terms of the query it was asked for with occur in the title, the caption and each paragraph,
   * found as search finds them (folded: 西塘鎮 marks 西塘镇); empty without a query.
   */
  matches: { title: Highlights; caption: Highlights; paragraphs: Highlights[] };
}

export interface ImportProgress {
  filesDone: number;
  filesTotal: number;
  stories: number;
  /** The file just finished (null before the first one). */
  file: string | null;
}

/** A folder pages were imported from, to look in again for new pages. */
export interface ImportFolder {
  /** Absolute. */
  path: string;
  addedAt: string;
  /** When it was last imported from. */
  checkedAt: string;
  /** false when the folder is no longer there (moved, renamed, a drive not mounted). */
  present: boolean;
  /** Stories in the library from pages in it (or in folders inside it). */
  stories: number;
}

export interface ImportSummary {
  pages: number;
  articles: number;
  skipped: number;
  errors: { file: string; reason: string }[];
  seconds: number;
  cancelled: boolean;
  /** Of `pages`, those found at a new path with the bytes of a stored page whose file is gone: moved, not added. */
  moved: number;
  /** Files not imported because a page with the same bytes is stored from another file that is still there. */
  duplicates: { file: string; of: string }[];
}

/** What removePages took out of the library. */
export interface RemovedPages {
  pages: number;
  stories: number;
  /** The paths given under which no page was stored. */
  notFound: string[];
}
