import { writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../electron/core/store/migrations';
import { launchChromium } from '../support/chromium';
import { writeOlderLibrary } from '../support/older-library';
import { startWebHost, type RunningHost } from '../support/web-host';

// Enough text that rebuilding its index takes a few seconds here, so the page sees it happen.
const STORIES = 40_000;

let host: RunningHost;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe('the web host on a library file of an older Broadsheet', () => {
  it('answers at once, shows how far the upgrade has come, then the library', async () => {
    // Settings are answered while the library opens: the reader's language is there from the start.
    host = await startWebHost([], (db) => {
      writeOlderLibrary(db, STORIES, { paragraphs: 6 });
      writeFileSync(`${db}.settings.json`, JSON.stringify({ language: 'en' }));
    });
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(host.url);

    const banner = page.getByRole('status').filter({ hasText: `Upgrading the library (schema 4 → ${SCHEMA_VERSION})` });
    await banner.waitFor({ timeout: 10_000 });
    const bar = banner.getByRole('progressbar', { name: 'Library upgrade progress' });
    expect(Number(await bar.getAttribute('max'))).toBe(STORIES);
    expect(Number(await bar.getAttribute('value'))).toBeLessThan(STORIES);
    expect(await banner.innerText()).toMatch(/Search index rebuilt for [\d,]+ of 40,000 stories/);

    await banner.waitFor({ state: 'detached', timeout: 60_000 });
    await expect.poll(() => page.getByRole('status').filter({ hasText: /^\d+ stories$/ }).innerText()).toBe(`${STORIES} stories`);
    expect(host.stderr()).toMatch(new RegExp(`upgrading .*library\\.db from schema 4 to ${SCHEMA_VERSION}: this happens once, and rebuilding its search index`));
    expect(errors).toEqual([]);
  }, 120_000);
});

describe('the web host on a library file of a newer Broadsheet', () => {
  const newer = (db: string) => {
    const file = new Database(db);
    file.pragma('user_version = 99');
    file.exec("CREATE TABLE kept (note TEXT); INSERT INTO kept VALUES ('from the future')");
    file.close();
  };
  const untouched = (db: string) => {
    const file = new Database(db, { readonly: true });
    expect(file.pragma('user_version', { simple: true })).toBe(99);
    expect(file.prepare('SELECT note FROM kept').pluck().get()).toBe('from the future');
    file.close();
  };
  const reason = /made by a newer version of Broadsheet \(schema 99, this one knows \d+\)\. Update Broadsheet to open it\./;

  it('says why and exits when it opened no browser (--no-open), leaving the file as it was', async () => {
    const quiet = await startWebHost([], newer);
    try {
      await expect.poll(quiet.exitCode, { timeout: 10_000 }).toBe(2);
      expect(quiet.stderr()).toMatch(reason);
      untouched(quiet.db);
    } finally {
      await quiet.stop();
    }
  });

  it.skipIf(process.platform !== 'linux')('serves on after opening the browser, whose page says why in the reader’s language', async () => {
    const shown = await startWebHost(
      [],
      (db) => {
        newer(db);
        writeFileSync(`${db}.settings.json`, JSON.stringify({ language: 'en' }));
      },
      { browser: true },
    );
    try {
      await expect.poll(shown.openedUrl, { timeout: 10_000 }).toBe(shown.url);
      const page = await browser.newPage();
      await page.goto(shown.url);
      const alert = page.getByRole('alert').getByText(/^The library could not be opened: /);
      await expect.poll(() => alert.innerText(), { timeout: 10_000 }).toMatch(reason);
      await page.close();
      expect(shown.exitCode()).toBeNull();
      expect(shown.stderr()).toMatch(/the page in the browser says so too; Ctrl\+C stops/);
      untouched(shown.db);
    } finally {
      await shown.stop();
    }
  });
});
