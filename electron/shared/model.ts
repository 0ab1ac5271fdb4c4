import { z } from 'zod';
import { TOPIC_IDS } from './topics';

/** The parsed-page model of DESIGN.md §4, described once: schemas here, types inferred. */

export const regionSchema = z.object({
  province: z.string().nullable(),
  city: z.string().nullable(),
  county: z.string().nullable(),
  town: z.string().nullable(),
  village: z.string().nullable(),
});

export const authorSchema = z.object({
  name: z.string(),
  role: z.string().nullable(),
});

export const placeLevelSchema = z.enum(['county', 'town', 'village']);

export const articleSchema = z.object({
  kind: z.enum(['article', 'photo']),
  section: z.string().nullable(),
  kicker: z.string().nullable(),
  title: z.string(),
  subtitle: z.string().nullable(),
  authors: z.array(authorSchema),
  paragraphs: z.array(z.string()),
  subheads: z.array(z.number().int().nonnegative()),
  caption: z.string().nullable(),
  incomplete: z.object({ start: z.boolean(), end: z.boolean() }),
  region: regionSchema,
  places: z.array(z.object({ name: z.string(), level: placeLevelSchema, count: z.number().int().positive() })),
  topics: z.array(z.enum(TOPIC_IDS)).max(3),
  people: z.array(z.string()),
  date: z.string().nullable(),
});

export const editionSchema = z.object({
  paper: z.string().nullable(),
  name: z.string().nullable(),
  county: z.string().nullable(),
  date: z.string().nullable(),
});

export const parsedPageSchema = z.object({
  source: z.string(),
  edition: editionSchema,
  articles: z.array(articleSchema),
  unplaced: z.array(z.string()),
});

export type Region = z.infer<typeof regionSchema>;
export type Author = z.infer<typeof authorSchema>;
export type Article = z.infer<typeof articleSchema>;
export type Edition = z.infer<typeof editionSchema>;
export type ParsedPage = z.infer<typeof parsedPageSchema>;
export type PlaceLevel = z.infer<typeof placeLevelSchema>;

export const EMPTY_REGION: Region = Object.freeze({ province: null, city: null, county: null, town: null, village: null });
