import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { DEFAULT_SETTINGS, settingsSchema, type Settings, type SettingsPatch } from '../../shared/api';

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
    mkdirSync(dirname(this.file), { recursive: true });
    const temp = `${this.file}.tmp`;
    writeFileSync(temp, JSON.stringify(this.current, null, 2));
    renameSync(temp, this.file);
    return this.get();
  }
}
