import { z } from 'zod';
import { sortOrderSchema, storyFiltersSchema } from '../library';

/** How many recent searches the search box offers. */
export const RECENT_SEARCHES_KEPT = 20;

/**
 * Where the reader was: the search, the sidebar's choices, the sort, the open story with its
 * place in the list and the printed page over it, and the searches made lately. Kept per library, so the next start opens there.
 */
export const lastViewSchema = z
  .object({
    query: z.string().max(1000),
    scope: storyFiltersSchema.pick({ region: true, topic: true, person: true, bookmarked: true, editionId: true, collectionId: true, dateFrom: true, dateTo: true, unread: true, opened: true }).strict(),
    sort: sortOrderSchema,
    story: z.object({ id: z.number().int().positive(), index: z.number().int().min(-1) }).strict().nullable(),
    /** The printed page shown over the story (查看版面); a view saved before pages were kept has none. */
    page: z.number().int().positive().nullable().default(null),
    /** How far down the open story the reader was, as a share of what scrolls; a view saved before has 0. */
    scroll: z.number().min(0).max(1).default(0),
    /** Newest first; a view saved before they were kept has none. */
    recentSearches: z.array(z.string().min(1).max(1000)).max(RECENT_SEARCHES_KEPT).default([]),
  })
  .strict();
export type LastView = z.infer<typeof lastViewSchema>;
