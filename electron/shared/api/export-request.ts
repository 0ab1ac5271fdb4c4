import { z } from 'zod';
import { storyFiltersSchema } from '../library';

/**
 * The PDF export request. The method is part of the contract now so that menus, preload and the web
 * host carry it; the export engine (electron/core/export) backs it when it lands.
 */
export const exportSelectionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ids'), ids: z.array(z.number().int().positive()).min(1).max(10_000) }).strict(),
  z.object({ kind: z.literal('query'), query: z.string().min(1).max(1000), filters: storyFiltersSchema.optional() }).strict(),
  z.object({ kind: z.literal('bookmarks') }).strict(),
  z.object({ kind: z.literal('collection'), id: z.number().int().positive() }).strict(),
]);
export type ExportSelection = z.infer<typeof exportSelectionSchema>;

export const exportOptionsSchema = z
  .object({
    pageSize: z.enum(['A4', 'A5', 'Letter']).optional(),
    /** Print each story's clippings and notes after it. */
    includeClippings: z.boolean().optional(),
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

export const exportResultSchema = z.object({ file: z.string(), stories: z.number().int(), pages: z.number().int() });
export type ExportResult = z.infer<typeof exportResultSchema>;
