import { z } from 'zod';
import { sortOrderSchema, storyFiltersSchema } from '../library';

/**
 * What an export may be asked for, validated by these schemas only, so the CLI, IPC and HTTP
 * callers and the export engine (electron/core/export) share the same rules and messages.
 */
const storyId = z.number().int().positive();

export const exportSelectionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('stories'), ids: z.array(storyId).min(1, 'choose at least one story') }).strict(),
  z.object({ kind: z.literal('collection'), collectionId: z.number().int().positive() }).strict(),
  z.object({ kind: z.literal('bookmarks') }).strict(),
  z
    .object({
      kind: z.literal('search'),
      query: z.string().max(1000),
      filters: storyFiltersSchema.optional(),
      sort: sortOrderSchema.optional(),
    })
    .strict(),
  /** Clipped passages (all of them, or the ones named) grouped under their stories, without the full text. */
  z.object({ kind: z.literal('clippings'), ids: z.array(z.number().int().positive()).min(1).optional() }).strict(),
]);
export type ExportSelection = z.infer<typeof exportSelectionSchema>;

export const PAPER_SIZES = ['a4', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

export const exportOptionsSchema = z
  .object({
    /** The book's title, on the cover and in the running header. */
    title: z.string().trim().min(1, 'the title cannot be empty').max(200, 'a title is limited to 200 characters').default('剪报集'),
    paper: z.enum(PAPER_SIZES).default('a4'),
    columns: z.union([z.literal(1), z.literal(2)]).default(1),
    /** Start every story on a new page (otherwise stories follow one another). */
    newPage: z.boolean().default(false),
    /** Print the user's notes on clipped passages. */
    includeNotes: z.boolean().default(true),
    /** The export date printed on the cover (YYYY-MM-DD); today when absent. */
    exportedOn: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'the export date is YYYY-MM-DD')
      .optional(),
  })
  .strict();

export const exportRequestSchema = z
  .object({
    selection: exportSelectionSchema,
    options: exportOptionsSchema.optional(),
    /** Where to write the PDF; the desktop app asks with a save dialog when it is left out. */
    out: z.string().min(1).optional(),
  })
  .strict();
export type ExportRequest = z.infer<typeof exportRequestSchema>;

export const exportResultSchema = z.object({
  file: z.string(),
  stories: z.number().int(),
  pages: z.number().int(),
  skipped: z.array(z.string()),
  /** The web host only: the URL path (under /api/, behind the token) that downloads the book. */
  download: z.string().optional(),
});

export const exportProgressSchema = z.object({
  phase: z.enum(['preparing', 'printing', 'numbering', 'done']),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type ExportResult = z.infer<typeof exportResultSchema>;
