import { readFileSync } from 'node:fs';
import { DEFAULT_SETTINGS, settingsSchema, type Settings, type SettingsPatch } from '../../shared/api';
import { writeJsonAtomically } from './json-file';

/**
 * Reading settings in a small JSON file beside the library. A file that is missing, unreadable or
 * from another version falls back to the defaults field by field rather than failing the app.
 */
export class SettingsStore {
  private current: Settings;

  constructor(private readonly file: string) {
    this.current = SettingsStore.read(file);
  }

  private static read(file: string): Settings {
    let stored: Record<string, unknown>;
    try {
      stored = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch {
      return { ...DEFAULT_SETTINGS };
    }
    const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
    for (const [key, value] of Object.entries(stored)) {
      const field = settingsSchema.shape[key as keyof Settings] as { safeParse(v: unknown): { success: boolean } } | undefined;
      if (field?.safeParse(value).success) merged[key] = value;
    }
    return settingsSchema.parse(merged);
  }

  get(): Settings {
    return { ...this.current };
  }

  update(patch: SettingsPatch): Settings {
    this.current = settingsSchema.parse({ ...this.current, ...patch });
    writeJsonAtomically(this.file, this.current);
    return this.get();
  }
}
