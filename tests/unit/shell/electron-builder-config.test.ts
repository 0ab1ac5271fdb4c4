import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// The YAML reader electron-builder itself uses for this file, so the test reads it the same way.
const { load } = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

const config = load(readFileSync(new URL('../../../electron-builder.yml', import.meta.url), 'utf8')) as Record<string, unknown> & {
  electronFuses: Record<string, boolean>;
  linux: { target: string[] };
  mac: { target: string[] };
  win: { target: string[] };
  files: string[];
  extraResources: { from: string; to: string }[];
};

describe('electron-builder.yml', () => {
  it('sets the security fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds AppImage and deb on Linux, dmg on macOS, nsis on Windows', () => {
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.mac.target).toContain('dmg');
    expect(config.win.target).toContain('nsis');
  });

  it('rebuilds native modules for Electron at packaging time only, and ships the seeds and gazetteer', () => {
    expect(config.npmRebuild).toBe(true);
    expect(config.asar).toBe(true);
    expect(config.extraResources).toContainEqual({ from: 'seeds', to: 'seeds' });
    expect(config.files).toEqual(expect.arrayContaining(['dist/main/**', 'dist/preload/**', 'dist/renderer/**', 'generated/gazetteer.json']));
  });

  it('starts the bundled main process', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { main: string };
    expect(pkg.main).toBe('dist/main/main.cjs');
  });
});
