import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SettingsStore } from '../../../electron/core/service/settings-store';
import { DEFAULT_SETTINGS } from '../../../electron/shared/api';

const file = () => join(mkdtempSync(join(tmpdir(), 'bs-settings-')), 'settings.json');

describe('reading settings', () => {
  it('start from the defaults and persist changes', () => {
    const f = file();
    expect(new SettingsStore(f).get()).toEqual(DEFAULT_SETTINGS);
    new SettingsStore(f).update({ theme: 'dark', fontScale: 1.2 });
    expect(new SettingsStore(f).get()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', fontScale: 1.2 });
    expect(JSON.parse(readFileSync(f, 'utf8'))).toMatchObject({ theme: 'dark' });
  });

  it('keep the valid fields of a file written by hand or by another version', () => {
    const f = file();
    writeFileSync(f, JSON.stringify({ theme: 'dark', fontScale: 99, unknown: true }));
    expect(new SettingsStore(f).get()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    writeFileSync(f, 'not json');
    expect(new SettingsStore(f).get()).toEqual(DEFAULT_SETTINGS);
  });

  it('refuse out-of-range values', () => {
    expect(() => new SettingsStore(file()).update({ fontScale: 5 })).toThrow();
    expect(() => new SettingsStore(file()).update({ exportOptions: { ...DEFAULT_SETTINGS.exportOptions, columns: 3 as 1 } })).toThrow();
  });

  it('keep the export choices, and start from the defaults where a file has none or bad ones', () => {
    const f = file();
    const chosen = { paper: 'letter', columns: 2, newPage: true, includeNotes: false } as const;
    new SettingsStore(f).update({ exportOptions: chosen });
    expect(new SettingsStore(f).get().exportOptions).toEqual(chosen);
    writeFileSync(f, JSON.stringify({ theme: 'dark', exportOptions: { paper: 'a3' } }));
    expect(new SettingsStore(f).get()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
  });
});
