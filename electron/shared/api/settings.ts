import { z } from 'zod';
import { exportOptionsSchema } from './export-request';

/** Reading settings the user changes from the View menu or the toolbar; kept per installation. */
export const settingsSchema = z
  .object({
    /** system follows the OS light/dark mode; paper and sepia are warm newsprint tones. */
    theme: z.enum(['system', 'light', 'dark', 'paper', 'sepia']),
    /** Body text size of the reader, as a factor of the default. */
    fontScale: z.number().min(0.8).max(1.6),
    /** Serif (newspaper) or sans body text. */
    typeface: z.enum(['serif', 'sans']),
    lineHeight: z.number().min(1.4).max(2.4),
    /** Columns of body text in the reader on a wide window. */
    columns: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    /** Traditional vertical setting (竖排), right to left. */
    vertical: z.boolean(),
    /** The interface language. */
    language: z.enum(['zh', 'en']),
    /** The reader's order of collections in the sidebar (ids; unknown ids are ignored). */
    collectionOrder: z.array(z.number().int().positive()).max(10_000),
    /** At start, import the pages added to the folders imported from, saying only what was new. */
    importNewAtStart: z.boolean(),
    /** The export dialog's last choices, offered again; not the title, which names one book. */
    exportOptions: exportOptionsSchema.pick({ paper: true, columns: true, newPage: true, includeNotes: true }).required(),
  })
  .strict();
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = Object.freeze<Settings>({
  theme: 'system',
  fontScale: 1,
  typeface: 'serif',
  lineHeight: 1.9,
  columns: 1,
  vertical: false,
  language: 'zh',
  collectionOrder: [],
  importNewAtStart: false,
  exportOptions: { paper: 'a4', columns: 1, newPage: false, includeNotes: true },
});

export const settingsPatchSchema = settingsSchema.partial().strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
