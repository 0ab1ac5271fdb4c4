import { z } from 'zod';

/** Reading settings the user changes from the View menu or the toolbar; kept per installation. */
export const settingsSchema = z
  .object({
    theme: z.enum(['system', 'light', 'dark']),
    /** Body text size of the reader, as a factor of the default. */
    fontScale: z.number().min(0.8).max(1.6),
    /** Serif (newspaper) or sans body text. */
    typeface: z.enum(['serif', 'sans']),
    lineHeight: z.number().min(1.4).max(2.4),
  })
  .strict();
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = Object.freeze({ theme: 'system', fontScale: 1, typeface: 'serif', lineHeight: 1.9 });

export const settingsPatchSchema = settingsSchema.partial().strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
