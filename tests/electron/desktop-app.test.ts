import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { electronBinary, NO_ELECTRON_MESSAGE } from '../../scripts/electron-binary';
import { prepareElectronNative } from '../../scripts/prepare-electron-native';
import { bookmarkStory, openStory, pickRegion, searchNarrows, seeSeedStories, STORY_OF_SEARCH } from '../support/journeys';
import { ROOT } from '../support/web-host';

const binary = electronBinary();
if (!binary) process.stderr.write(`\ntests/electron skipped: ${NO_ELECTRON_MESSAGE}\n\n`);

/** The same journeys as tests/e2e, through the real desktop app: app:// protocol, preload, IPC. */
describe.skipIf(!binary)(binary ? 'the desktop app' : 'the desktop app (SKIPPED: no Electron binary here; tests/e2e covers the same journeys over HTTP)', () => {
  let app: ElectronApplication;
  let page: Page;
  const userData = mkdtempSync(join(tmpdir(), 'broadsheet-electron-'));

  // The first run may compile better-sqlite3 for Electron, which takes minutes on two cores.
  beforeAll(async () => {
    await prepareElectronNative(() => undefined);
    app = await _electron.launch({ executablePath: binary ?? '', args: [ROOT], env: { ...process.env, BROADSHEET_USER_DATA: userData } });
    page = await app.firstWindow();
  }, 600_000);
  afterAll(async () => {
    await app?.close();
    rmSync(userData, { recursive: true, force: true });
  });

  it('loads the renderer from app:// with the preload bridge and no Node in the page', async () => {
    expect(page.url()).toMatch(/^app:\/\/broadsheet\//);
    expect(await page.evaluate('typeof window.broadsheet')).toBe('object');
    expect(await page.evaluate('typeof window.require + typeof window.process')).toBe('undefinedundefined');
  });

  it('shows the seed stories on first start, opens one, searches, filters by region and bookmarks', async () => {
    const all = await seeSeedStories(page);
    await openStory(page, STORY_OF_SEARCH);
    await searchNarrows(page, '乡贤', all);
    await page.getByRole('searchbox', { name: '搜索报道' }).fill('');
    await pickRegion(page, '嘉善县', all);
    await bookmarkStory(page, STORY_OF_SEARCH);
  });

  it('refuses to navigate away or open windows', async () => {
    await page.evaluate("window.open('https://example.com/')");
    expect(app.windows()).toHaveLength(1);
    await page.evaluate("window.location.href = 'https://example.com/'");
    await page.waitForTimeout(300);
    expect(page.url()).toMatch(/^app:\/\/broadsheet\//);
  });
});
