import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../electron/core/store/migrations';
import { API_METHODS, IPC_EVENT_CHANNEL, ipcChannel } from '../../electron/shared/api';
import { writeOlderLibrary } from '../support/older-library';
import { ROOT } from '../support/web-host';

interface Probe {
  schemes: { scheme: string; privileges: Record<string, boolean> }[];
  channels: string[];
  webPreferences: Record<string, unknown>;
  loaded: string[];
  menus: string[][];
  appEvents: string[];
  contentsEvents: string[];
  windowOpen: { action: string };
  permissionsDenied: boolean;
  appInfo: { ok: boolean; value: { canPickPaths: boolean; libraryFile: string; stats: { pages: number; stories: number } } };
  eventsSent: { channel: string; event: string; payload: { from: number; to: number; done: number; total: number } }[];
  foreign: { ok: boolean; error: { kind: string } };
  invalid: { ok: boolean; error: { kind: string; message: string } };
  index: { status: number; csp: string | null };
  outside: { status: number };
}

/** Runs the bundled main process with its user data in `userData`; returns what the stub saw and stderr. */
function runMain(userData: string): { probe: Probe; stderr: string } {
  const run = spawnSync(process.execPath, ['--require', join(ROOT, 'tests/support/electron-stub.cjs'), join(ROOT, 'dist/main/main.cjs')], {
    env: { ...process.env, BROADSHEET_USER_DATA: userData, STUB_APP_ROOT: ROOT },
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (run.status !== 0) throw new Error(`main process failed (${run.status}): ${run.stderr}`);
  return { probe: JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as Probe, stderr: run.stderr };
}

/**
 * The bundled main process (dist/main/main.cjs) run in Node with a stand-in for the electron module
 * (tests/support/electron-stub.cjs): everything but Electron itself, which cannot run here.
 */
describe('the desktop main process, with Electron stubbed', () => {
  const userData = mkdtempSync(join(tmpdir(), 'broadsheet-main-'));
  let probe: Probe;

  beforeAll(() => {
    probe = runMain(userData).probe;
  });
  afterAll(() => rmSync(userData, { recursive: true, force: true }));

  it('imports the seeds into a library in the user-data folder on first start', () => {
    expect(probe.appInfo.ok).toBe(true);
    expect(probe.appInfo.value.libraryFile).toBe(join(userData, 'library.db'));
    expect(probe.appInfo.value.stats.pages).toBe(5);
    expect(probe.appInfo.value.canPickPaths).toBe(true);
  });

  it('registers one IPC channel per contract method, answering only the app’s own frame with valid input', () => {
    expect([...probe.channels].sort()).toEqual(API_METHODS.map(ipcChannel).sort());
    expect(probe.foreign).toMatchObject({ ok: false, error: { kind: 'not-allowed' } });
    expect(probe.invalid).toMatchObject({ ok: false, error: { kind: 'invalid-input', message: expect.stringContaining('id') } });
  });

  it('loads the renderer from app:// with a CSP, and serves nothing outside it', () => {
    expect(probe.schemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect(probe.loaded).toEqual(['app://broadsheet/index.html']);
    expect(probe.index.status).toBe(200);
    expect(probe.index.csp).toMatch(/default-src 'none'/);
    expect(probe.outside.status).toBe(404);
  });

  it('opens a sandboxed, isolated window and locks navigation, new windows and permissions', () => {
    expect(probe.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false });
    expect(probe.webPreferences.preload).toBe(join(ROOT, 'dist/preload/preload.cjs'));
    expect(probe.contentsEvents).toEqual(expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview']));
    expect(probe.windowOpen).toEqual({ action: 'deny' });
    expect(probe.permissionsDenied).toBe(true);
    expect(probe.appEvents).toEqual(expect.arrayContaining(['second-instance', 'web-contents-created', 'window-all-closed']));
  });

  it('builds the File, Edit, View and Help menu', () => {
    expect(probe.menus[0]).toEqual(['File', 'Edit', 'View', 'Help']);
  });
});

describe('the desktop main process on a library of an older Broadsheet, with Electron stubbed', () => {
  const userData = mkdtempSync(join(tmpdir(), 'broadsheet-main-'));
  afterAll(() => rmSync(userData, { recursive: true, force: true }));

  it('opens the window first and sends it the upgrade’s progress, then answers over the upgraded library', () => {
    writeOlderLibrary(join(userData, 'library.db'), 5000);
    const { probe, stderr } = runMain(userData);
    expect(probe.loaded).toEqual(['app://broadsheet/index.html']);
    const upgrades = probe.eventsSent.filter((m) => m.channel === IPC_EVENT_CHANNEL && m.event === 'libraryUpgrade').map((m) => m.payload);
    expect(upgrades.length).toBeGreaterThanOrEqual(2);
    expect(upgrades.at(-1)).toEqual({ from: 4, to: SCHEMA_VERSION, done: 5000, total: 5000 });
    expect(probe.appInfo).toMatchObject({ ok: true, value: { stats: { stories: 5000 } } });
    expect(stderr).toMatch(/upgrading .*library\.db from schema 4 to/);
  });
});
