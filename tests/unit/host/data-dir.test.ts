import { describe, expect, it } from 'vitest';
import { defaultDataDir, defaultLibraryFile } from '../../../electron/host/data-dir';

describe('where the web host keeps its library by default', () => {
  it('follows XDG on Linux', () => {
    expect(defaultDataDir('linux', {}, '/home/ann')).toBe('/home/ann/.local/share/broadsheet');
    expect(defaultDataDir('linux', { XDG_DATA_HOME: '/data/ann' }, '/home/ann')).toBe('/data/ann/broadsheet');
    expect(defaultDataDir('linux', { XDG_DATA_HOME: 'relative' }, '/home/ann')).toBe('/home/ann/.local/share/broadsheet');
    expect(defaultLibraryFile('/home/ann/.local/share/broadsheet')).toBe('/home/ann/.local/share/broadsheet/library.db');
  });

  it('uses the platform folders on macOS and Windows', () => {
    expect(defaultDataDir('darwin', {}, '/Users/ann')).toBe('/Users/ann/Library/Application Support/Broadsheet');
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\ann\\AppData\\Roaming' }, 'C:\\Users\\ann')).toMatch(/Roaming[\\/]Broadsheet$/);
  });
});
