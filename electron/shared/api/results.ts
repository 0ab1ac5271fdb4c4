import { z } from 'zod';
import { articleSchema, editionSchema, regionSchema } from '../model';
import { TOPIC_IDS } from '../topics';
import { followedFiltersSchema, sortOrderSchema } from '../library';
import type {
  Bookmark,
  Clipping,
  Collection,
  EditionSummary,
  Facets,
  FollowedSearch,
  ImportProgress,
  ImportFolder,
  ImportSummary,
  PageSummary,
  RemovedPages,
  SearchHit,
  SearchResult,
  StoryDetail,
  StoryPage,
  StorySummary,
} from '../library';

/**
 * Schemas of what the library returns. shared/library.ts states these shapes as interfaces (the
 * core's own vocabulary); the checks at the end of this file fail to compile when the two drift.
 */

const highlightsSchema = z.array(z.tuple([z.number().int(), z.number().int()]));

export const storySummarySchema = z.object({
  id: z.number().int(),
  key: z.string(),
  kind: z.enum(['article', 'photo']),
  section: z.string().nullable(),
  kicker: z.string().nullable(),
  title: z.string(),
  subtitle: z.string().nullable(),
  caption: z.string().nullable(),
  region: regionSchema,
  topics: z.array(z.enum(TOPIC_IDS)),
  date: z.string().nullable(),
  editionId: z.number().int(),
  pageId: z.number().int(),
  bookmarked: z.boolean(),
  read: z.boolean(),
  openedAt: z.string().nullable(),
});

export const searchHitSchema = storySummarySchema.extend({
  snippet: z.object({ text: z.string(), highlights: highlightsSchema }),
  titleHighlights: highlightsSchema,
  headlineHit: z.boolean(),
  score: z.number(),
});

export const facetsSchema = z.object({
  regions: z.array(z.object({ name: z.string(), level: z.enum(['province', 'city', 'county', 'town', 'village']), count: z.number().int() })),
  topics: z.array(z.object({ id: z.enum(TOPIC_IDS), count: z.number().int() })),
  years: z.array(z.object({ year: z.number().int(), count: z.number().int() })),
  months: z.array(z.object({ month: z.string().regex(/^\d{4}-\d{2}$/), count: z.number().int() })),
  people: z.array(z.object({ name: z.string(), count: z.number().int() })),
});

export const searchResultSchema = z.object({
  total: z.number().int(),
  hits: z.array(searchHitSchema),
  facets: facetsSchema,
  ranking: sortOrderSchema,
  ms: z.number(),
});

export const storyPageSchema = z.object({ total: z.number().int(), items: z.array(storySummarySchema) });

export const editionSummarySchema = editionSchema.extend({ id: z.number().int(), pages: z.number().int(), stories: z.number().int() });

export const pageSummarySchema = z.object({
  id: z.number().int(),
  source: z.string(),
  editionId: z.number().int(),
  stories: z.number().int(),
  unplaced: z.array(z.string()),
});

export const bookmarkSchema = z.object({ storyKey: z.string(), storyId: z.number().int().nullable(), title: z.string(), createdAt: z.string() });

export const collectionSchema = z.object({ id: z.number().int(), name: z.string(), createdAt: z.string(), count: z.number().int() });

export const followedSearchSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  query: z.string(),
  filters: followedFiltersSchema,
  createdAt: z.string(),
  total: z.number().int(),
  unread: z.number().int(),
});

export const clippingSchema = z.object({
  id: z.number().int(),
  storyKey: z.string(),
  storyId: z.number().int().nullable(),
  title: z.string(),
  paragraph: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  quote: z.string(),
  note: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const storyDetailSchema = storySummarySchema.extend({
  article: articleSchema,
  edition: editionSchema,
  source: z.string(),
  readAt: z.string().nullable(),
  collections: z.array(z.object({ id: z.number().int(), name: z.string() })),
  clippings: z.array(clippingSchema),
  matches: z.object({ title: highlightsSchema, caption: highlightsSchema, paragraphs: z.array(highlightsSchema) }),
});

export const importProgressSchema = z.object({
  filesDone: z.number().int(),
  filesTotal: z.number().int(),
  stories: z.number().int(),
  file: z.string().nullable(),
});

/**
 * An older library file being upgraded as the app opens it, from schema `from` to `to`: `done` of
 * `total` stories re-indexed so far (total is 0 while a step that does not count stories runs).
 */
export const libraryUpgradeSchema = z.object({
  from: z.number().int(),
  to: z.number().int(),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type LibraryUpgrade = z.infer<typeof libraryUpgradeSchema>;

export const importSummarySchema = z.object({
  pages: z.number().int(),
  articles: z.number().int(),
  skipped: z.number().int(),
  errors: z.array(z.object({ file: z.string(), reason: z.string() })),
  seconds: z.number(),
  cancelled: z.boolean(),
  moved: z.number().int(),
  duplicates: z.array(z.object({ file: z.string(), of: z.string() })),
});

export const importFolderSchema = z.object({ path: z.string(), addedAt: z.string(), checkedAt: z.string(), present: z.boolean(), stories: z.number().int() });

export const removedPagesSchema = z.object({ pages: z.number().int(), stories: z.number().int(), notFound: z.array(z.string()) });

/** Why a story was filed under its places and topics: the evidence of electron/core/enrich's explainArticle. */
export const storyExplanationSchema = z.object({
  topics: z.array(
    z.object({
      id: z.enum(TOPIC_IDS),
      score: z.number(),
      terms: z.array(z.object({ term: z.string(), weight: z.number(), count: z.number().int(), score: z.number() })),
      rule: z.string().optional(),
    }),
  ),
  places: z.array(
    z.object({
      name: z.string(),
      level: z.enum(['county', 'town', 'village']),
      count: z.number().int(),
      mentions: z.array(z.object({ text: z.string(), count: z.number().int() })),
    }),
  ),
  people: z.array(z.object({ name: z.string(), cues: z.array(z.string()) })),
  date: z
    .union([
      z.object({ value: z.string(), source: z.literal('file') }),
      z.object({ value: z.string(), precision: z.enum(['year', 'month', 'day']), inferred: z.literal(true), evidence: z.string() }),
    ])
    .nullable(),
});

/** A place of the sidebar's region tree (嘉兴市 → 嘉善县 → 西塘镇 → 村) with the number of stories filed under it. */
export interface RegionNode {
  name: string;
  level: 'city' | 'county' | 'town' | 'village';
  count: number;
  children: RegionNode[];
}
export const regionNodeSchema: z.ZodType<RegionNode> = z.lazy(() =>
  z.object({ name: z.string(), level: z.enum(['city', 'county', 'town', 'village']), count: z.number().int(), children: z.array(regionNodeSchema) }),
);

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same = <A, B>(proof: Same<A, B>): Same<A, B> => proof;
export const RESULT_SCHEMAS_MATCH_LIBRARY = [
  same<z.infer<typeof storySummarySchema>, StorySummary>(true),
  same<z.infer<typeof searchHitSchema>, SearchHit>(true),
  same<z.infer<typeof facetsSchema>, Facets>(true),
  same<z.infer<typeof searchResultSchema>, SearchResult>(true),
  same<z.infer<typeof storyPageSchema>, StoryPage>(true),
  same<z.infer<typeof editionSummarySchema>, EditionSummary>(true),
  same<z.infer<typeof pageSummarySchema>, PageSummary>(true),
  same<z.infer<typeof bookmarkSchema>, Bookmark>(true),
  same<z.infer<typeof collectionSchema>, Collection>(true),
  same<z.infer<typeof clippingSchema>, Clipping>(true),
  same<z.infer<typeof storyDetailSchema>, StoryDetail>(true),
  same<z.infer<typeof importProgressSchema>, ImportProgress>(true),
  same<z.infer<typeof importSummarySchema>, ImportSummary>(true),
  same<z.infer<typeof importFolderSchema>, ImportFolder>(true),
  same<z.infer<typeof removedPagesSchema>, RemovedPages>(true),
  same<z.infer<typeof followedSearchSchema>, FollowedSearch>(true),
] as const;
