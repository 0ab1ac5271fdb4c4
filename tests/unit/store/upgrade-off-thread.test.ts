import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DamagedLibraryError, Library, NewerLibraryError, pendingUpgrade, upgradeOffThread } from '../../../electron/core/library';
import { SCHEMA_VERSION } from '../../../electron/core/store/migrations';
import { EventHub } from '../../../electron/core/service/event-hub';
import { openAppLibrary } from '../../../electron/core/service/open-app-library';
import type { LibraryUpgrade } from '../../../electron/shared/api';
import { writeOlderLibrary } from '../../support/older-library';
import { tempDir } from './article-fixtures';

const versionOf = (file: string) => {
  const db = new Database(file, { readonly: true });
  const version = db.pragma('user_version', { simple: true });
  db.close();
  return version;
};

/** A file of plain text where a library is expected. */
const writeNotALibrary = (file: string) => writeFileSync(file, 'not a database at all, just some words that fill a page. '.repeat(200));

describe('upgrading an older library', () => {
  it('reports the re-index story by story, up to every story of the file', () => {
    const file = join(tempDir(), 'v4.db');
    writeOlderLibrary(file, 4500);
    const steps: [number, number, number][] = [];
    Library.open(file, { onUpgradeProgress: (version, done, total) => steps.push([version, done, total]) }).close();
    expect(steps.length).toBeGreaterThanOrEqual(3);
    expect(steps.every(([version, , total]) => version === 10 && total === 4500)).toBe(true);
    expect(steps.map(([, done]) => done)).toEqual([...steps.map(([, done]) => done)].sort((a, b) => a - b));
    expect(steps[0]?.[1]).toBe(0);
    expect(steps.at(-1)?.[1]).toBe(4500);
  });

  it('knows which files it would upgrade', () => {
    const dir = tempDir();
    writeOlderLibrary(join(dir, 'v4.db'), 10);
    Library.open(join(dir, 'current.db')).close();
    writeNotALibrary(join(dir, 'text.db'));
    expect(pendingUpgrade(join(dir, 'v4.db'))).toEqual({ from: 4, to: SCHEMA_VERSION });
    expect(pendingUpgrade(join(dir, 'current.db'))).toBeNull();
    expect(pendingUpgrade(join(dir, 'missing.db'))).toBeNull();
    expect(pendingUpgrade(join(dir, 'text.db'))).toBeNull();
  });

  it('runs in a worker thread: the caller keeps running, hears the progress, and gets a searchable file', async () => {
    const file = join(tempDir(), 'v4.db');
    writeOlderLibrary(file, 6000);
    let ticks = 0;
    const ticking = setInterval(() => ticks++, 1);
    const progress: number[] = [];
    const started = ticks;
    await upgradeOffThread(file, { onProgress: (_version, done) => progress.push(done) });
    clearInterval(ticking);
    expect(ticks - started).toBeGreaterThanOrEqual(3);
    expect(progress.at(-1)).toBe(6000);
    expect(versionOf(file)).toBe(SCHEMA_VERSION);
    const library = Library.open(file);
    expect(library.searchIds('编号5999的')).toHaveLength(1);
    expect(library.searchIds('西塘')).toHaveLength(6000);
    library.close();
  });

  it('refuses a damaged file and one from a newer Broadsheet as opening does', async () => {
    const dir = tempDir();
    writeNotALibrary(join(dir, 'text.db'));
    await expect(upgradeOffThread(join(dir, 'text.db'))).rejects.toBeInstanceOf(DamagedLibraryError);
    const newer = new Database(join(dir, 'newer.db'));
    newer.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    newer.close();
    await expect(upgradeOffThread(join(dir, 'newer.db'))).rejects.toBeInstanceOf(NewerLibraryError);
  });

  it('is how the app opens an older library: told once, with progress to its pages, and then open', async () => {
    const file = join(tempDir(), 'v4.db');
    writeOlderLibrary(file, 2500);
    const notices: [number, number][] = [];
    const progress: number[] = [];
    const events = new EventHub();
    events.subscribe((event, payload) => event === 'libraryUpgrade' && progress.push((payload as LibraryUpgrade).done));
    const { library, movedAside, seeded } = await openAppLibrary(file, null, { events, onUpgrade: (from, to) => notices.push([from, to]) });
    expect(notices).toEqual([[4, SCHEMA_VERSION]]);
    expect(progress.at(-1)).toBe(2500);
    expect([movedAside, seeded]).toEqual([null, false]);
    expect(library.stats().stories).toBe(2500);
    expect(library.searchIds('旧库第2499篇')).toHaveLength(1);
    library.close();
  });
});
