import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { listTotal } from '../support/journeys';
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
    host = await startWebHost([], (db) => writeOlderLibrary(db, STORIES, { paragraphs: 6 }));
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(host.url);

    const banner = page.getByRole('status').filter({ hasText: '正在升级资料库(第 4 版 → 第 5 版)' });
    await banner.waitFor({ timeout: 10_000 });
    const bar = banner.getByRole('progressbar', { name: '资料库升级进度' });
    expect(Number(await bar.getAttribute('max'))).toBe(STORIES);
    expect(Number(await bar.getAttribute('value'))).toBeLessThan(STORIES);
    expect(await banner.innerText()).toMatch(/已重建 [\d,]+\/40,000 篇报道的检索索引/);

    await banner.waitFor({ state: 'detached', timeout: 60_000 });
    expect(await listTotal(page)).toBe(STORIES);
    expect(host.stderr()).toMatch(/upgrading .*library\.db from schema 4 to 5/);
    expect(errors).toEqual([]);
  }, 120_000);
});
