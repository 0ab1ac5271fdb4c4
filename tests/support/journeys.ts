import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * What a reader does with the app, written once and run against both transports: the web host in
 * Chromium (tests/e2e) and the desktop app (tests/electron). Counts are read off the page and
 * compared with each other rather than fixed, so a better parser does not break them.
 */

const TIMEOUT = 10_000;
export const STORY_OF_SEARCH = /乡贤助力西塘发展/;

export const storyList = (page: Page): Locator => page.getByRole('list', { name: '报道列表' });
const storyItems = (page: Page): Locator => storyList(page).locator(':scope > li');

/** The list's total, from its "共 N 篇" status line. */
export async function listTotal(page: Page): Promise<number> {
  const status = page.getByRole('status').filter({ hasText: /^共 \d+ 篇$/ });
  await status.waitFor({ timeout: TIMEOUT });
  return Number((await status.innerText()).match(/\d+/)?.[0]);
}

/** Waits until the list settles on a total that satisfies `accept`, and returns it. */
async function settledTotal(page: Page, accept: (n: number) => boolean): Promise<number> {
  await expect.poll(() => listTotal(page), { timeout: TIMEOUT }).toSatisfy(accept);
  await expect.poll(() => page.locator('[aria-busy="true"]').count(), { timeout: TIMEOUT }).toBe(0);
  return listTotal(page);
}

/**
 * The list is virtual: only rows near the view are in the page, each saying its place in the whole
 * (aria-posinset of aria-setsize). Scrolls the list until the story's row is there.
 */
export async function findInList(page: Page, title: RegExp): Promise<Locator> {
  const button = storyList(page).getByRole('button', { name: title });
  for (let tries = 0; tries < 200 && (await button.count()) === 0; tries++) {
    const scroller = storyList(page).locator('xpath=..');
    const atEnd = await scroller.evaluate((el) => {
      const end = el.scrollTop + el.clientHeight >= el.scrollHeight - 1;
      el.scrollTop += el.clientHeight * 0.8;
      return end;
    });
    if (atEnd) break;
    await page.waitForTimeout(50);
  }
  await button.waitFor({ timeout: TIMEOUT });
  return button;
}

export async function seeSeedStories(page: Page): Promise<number> {
  const total = await settledTotal(page, (n) => n > 0);
  await expect.poll(() => storyItems(page).count()).toBeGreaterThan(Math.min(total, 5));
  expect(await storyItems(page).first().getAttribute('aria-setsize')).toBe(String(total));
  await findInList(page, STORY_OF_SEARCH);
  return total;
}

export async function openStory(page: Page, title: RegExp): Promise<void> {
  await (await findInList(page, title)).click();
  const reader = page.getByRole('region', { name: '正文' });
  await reader.getByRole('heading', { level: 1, name: title }).waitFor({ timeout: TIMEOUT });
  expect(await reader.getByRole('paragraph').count()).toBeGreaterThan(2);
}

export async function searchNarrows(page: Page, query: string, allTotal: number): Promise<number> {
  await page.getByRole('searchbox', { name: '搜索报道' }).fill(query);
  const total = await settledTotal(page, (n) => n > 0 && n < allTotal);
  const items = await storyItems(page).all();
  expect(items.length).toBeLessThanOrEqual(total);
  expect(items.length).toBeGreaterThan(0);
  for (const item of items) expect(await item.locator('mark').allInnerTexts()).toContain(query);
  return total;
}

export async function clearSearch(page: Page, allTotal: number): Promise<void> {
  await page.getByRole('searchbox', { name: '搜索报道' }).fill('');
  await settledTotal(page, (n) => n === allTotal);
}

/** Picks a county in the sidebar's region tree; the list then holds exactly the count the tree shows for it. */
export async function pickRegion(page: Page, name: string, allTotal: number): Promise<number> {
  const button = page.getByRole('navigation', { name: '资料库' }).getByRole('button', { name: new RegExp(`^${name}\\s*\\d+$`) });
  const shown = Number((await button.innerText()).match(/\d+/)?.[0]);
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(allTotal);
  await button.click();
  expect(await button.getAttribute('aria-pressed')).toBe('true');
  await settledTotal(page, (n) => n === shown);
  await page.getByRole('heading', { level: 2, name: name }).waitFor({ timeout: TIMEOUT });
  return shown;
}

export async function bookmarkStory(page: Page, title: RegExp): Promise<void> {
  await openStory(page, title);
  const toggle = page.getByRole('region', { name: '正文' }).getByRole('button', { name: '收藏' });
  expect(await toggle.getAttribute('aria-pressed')).toBe('false');
  await toggle.click();
  await expect.poll(() => toggle.getAttribute('aria-pressed'), { timeout: TIMEOUT }).toBe('true');
  const bookmarks = page.getByRole('list', { name: '收藏的报道' });
  await bookmarks.getByRole('button', { name: title }).waitFor({ timeout: TIMEOUT });
  await page.getByRole('button', { name: /^全部收藏/ }).click();
  await settledTotal(page, (n) => n === 1);
  await storyList(page).getByRole('button', { name: title }).waitFor({ timeout: TIMEOUT });
}
