import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { bookmarkStory, clearSearch, listTotal, openStory, pickRegion, searchNarrows, seeSeedStories, storyList, STORY_OF_SEARCH } from '../support/journeys';
import { hasFocus } from '../support/in-page';
import { writeAnotherPage } from '../support/page-files';
import { callApi, ROOT, startWebHost, type RunningHost } from '../support/web-host';

let host: RunningHost;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  [host, browser] = await Promise.all([startWebHost(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});
beforeEach(async () => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  page = await context.newPage();
  page.on('pageerror', (err) => pageErrors.push(err.message));
  // Each test starts where a new reader would, not where the one before left off.
  rmSync(host.lastViewFile, { force: true });
  await page.goto(host.url);
});
afterEach(async () => {
  await page.context().close();
  expect(pageErrors, 'errors thrown in the page').toEqual([]);
});

/** The API methods the page asks for from now on, in order. */
function askedMethods(page: Page): string[] {
  const asked: string[] = [];
  page.on('request', (request) => {
    const method = /\/api\/(\w+)/.exec(request.url())?.[1];
    if (method) asked.push(method);
  });
  return asked;
}

/** Opens the newest titled story of more than two paragraphs that is not bookmarked; returns a pattern of its title. */
async function openUnbookmarkedStory(page: Page): Promise<RegExp> {
  await seeSeedStories(page);
  const { items } = (await callApi(host, 'listStories', { limit: 100 })).body as { items: { id: number; title: string; bookmarked: boolean }[] };
  for (const story of items.filter((s) => s.title && !s.bookmarked)) {
    const { article } = (await callApi(host, 'getStory', { id: story.id })).body as { article: { paragraphs: string[] } };
    if (article.paragraphs.length <= 2) continue;
    const titled = new RegExp(`^${story.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    await openStory(page, titled);
    return titled;
  }
  throw new Error('every story of the seeds long enough to read is bookmarked');
}

describe('the web host serves the reader on a fresh library', () => {
  it('shows the seed stories on first start, as many as the library holds', async () => {
    const total = await seeSeedStories(page);
    const info = (await callApi(host, 'appInfo', {})).body as { stats: { stories: number; pages: number } };
    expect(info.stats.pages).toBe(readdirSync(join(ROOT, 'seeds')).length);
    expect(total).toBe(info.stats.stories);
  });

  it('opens a story in the reader with its headline, byline and body', async () => {
    await seeSeedStories(page);
    await openStory(page, STORY_OF_SEARCH);
    const reader = page.getByRole('region', { name: '正文' });
    expect(await reader.innerText()).toContain('饮水思源');
    await expect.poll(() => page.title()).toContain('报览');
  });

  it('steps through the list with j and k', async () => {
    await seeSeedStories(page);
    const first = (await callApi(host, 'listStories', { limit: 2 })).body as { items: { title: string }[] };
    const titles = first.items.map((s) => s.title);
    const heading = page.getByRole('region', { name: '正文' }).getByRole('heading', { level: 1 });
    await page.keyboard.press('j');
    await expect.poll(() => heading.innerText()).toBe(titles[0]);
    await page.keyboard.press('j');
    await expect.poll(() => heading.innerText()).toBe(titles[1]);
    await page.keyboard.press('k');
    await expect.poll(() => heading.innerText()).toBe(titles[0]);
  });

  it('narrows the list to stories mentioning 乡贤, highlighted', async () => {
    const all = await seeSeedStories(page);
    const found = await searchNarrows(page, '乡贤', all);
    const api = (await callApi(host, 'search', { query: '乡贤' })).body as { total: number };
    expect(found).toBe(api.total);
    await clearSearch(page, all);
  });

  it('finds the stories with either of two words when OR joins them, marking both', async () => {
    await seeSeedStories(page);
    await page.getByRole('searchbox', { name: '搜索报道' }).fill('乡贤 OR 春泥');
    const either = (await callApi(host, 'search', { query: '乡贤 OR 春泥' })).body as { total: number };
    const each = await Promise.all(['乡贤', '春泥'].map(async (q) => ((await callApi(host, 'search', { query: q })).body as { total: number }).total));
    expect(each.every((n) => n > 0 && n < either.total)).toBe(true);
    await expect.poll(() => listTotal(page)).toBe(either.total);
    const marks = new Set(await storyList(page).locator('mark').allInnerTexts());
    expect([marks.has('乡贤'), marks.has('春泥')]).toEqual([true, true]);
  });

  it('filters by 嘉善县 from the region tree', async () => {
    const all = await seeSeedStories(page);
    const shown = await pickRegion(page, '嘉善县', all);
    const api = (await callApi(host, 'listStories', { filters: { region: '嘉善县' } })).body as { total: number };
    expect(shown).toBe(api.total);
    const places = await page.getByRole('list', { name: '报道列表' }).locator('.chip-place').allInnerTexts();
    expect(places).not.toContain('平湖市');
  });

  it('asks the library once for the list and once for the counts when it starts', async () => {
    // Counted from a reload once the first load is quiet, so none of its requests are counted.
    await seeSeedStories(page);
    await page.waitForLoadState('networkidle');
    const asked = askedMethods(page);
    const listRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/listStories')) listRequests.push(request.postData() ?? '');
    });
    await page.reload();
    await seeSeedStories(page);
    await page.waitForLoadState('networkidle');
    // The list once, and the sidebar's reading history once.
    expect(asked.filter((m) => m === 'listStories')).toHaveLength(2);
    expect(listRequests.filter((body) => !body.includes('"opened"'))).toHaveLength(1);
    expect(asked.filter((m) => m === 'facets')).toHaveLength(1);
    // The one answer feeds the topic counts as well as the places.
    const facets = (await callApi(host, 'facets', { query: '' })).body as { topics: { count: number }[] };
    const topics = page.getByRole('navigation', { name: '资料库' }).locator('section[aria-labelledby="sidebar-topics"] button.facet');
    expect(await topics.count()).toBe(facets.topics.length);
    expect(facets.topics.length).toBeGreaterThan(0);
    const counts = (await topics.allInnerTexts()).map((text) => Number(/\d+/.exec(text)?.[0]));
    expect(counts).toEqual(facets.topics.map((f) => f.count));
  });

  it('bookmarks a story and lists it under 收藏, also after a reload', async () => {
    await seeSeedStories(page);
    await bookmarkStory(page, STORY_OF_SEARCH);
    await page.reload();
    await page.getByRole('list', { name: '收藏的报道' }).getByRole('button', { name: STORY_OF_SEARCH }).waitFor();
    const bookmarks = (await callApi(host, 'listBookmarks', {})).body as { title: string }[];
    expect(bookmarks.map((b) => b.title)).toEqual([expect.stringMatching(STORY_OF_SEARCH)]);
  });

  it('asks again only for what a bookmark changes, not for editions, pages, places or counts', async () => {
    const titled = await openUnbookmarkedStory(page);
    await page.waitForLoadState('networkidle');
    const asked = askedMethods(page);
    await page.getByRole('region', { name: '正文' }).getByRole('button', { name: '收藏' }).click();
    await page.getByRole('list', { name: '收藏的报道' }).getByRole('button', { name: titled }).waitFor();
    await page.waitForLoadState('networkidle');
    // A followed search may be of bookmarks, so their counts are asked again too.
    expect(new Set(asked)).toEqual(new Set(['setBookmark', 'listBookmarks', 'listCollections', 'listClippings', 'listFollowedSearches', 'listStories', 'getStory']));
  });

  it('asks again only for the followed searches when a search is followed or no longer followed', async () => {
    const all = await seeSeedStories(page);
    await searchNarrows(page, '嘉善', all);
    await page.waitForLoadState('networkidle');
    const following = askedMethods(page);
    await page.getByRole('button', { name: '☆ 关注' }).click();
    await page.getByRole('navigation', { name: '资料库' }).getByRole('region', { name: '关注' }).getByRole('button', { name: /^“嘉善”/ }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(new Set(following)).toEqual(new Set(['followSearch', 'listFollowedSearches']));
    const unfollowing = askedMethods(page);
    await page.getByRole('button', { name: '★ 已关注' }).click();
    await page.getByRole('button', { name: '☆ 关注' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(new Set(unfollowing)).toEqual(new Set(['unfollowSearch', 'listFollowedSearches']));
  });

  it('turns the star and the mark in its list row as soon as it is pressed, and back when the library refuses', async () => {
    const titled = await openUnbookmarkedStory(page);
    const rowMark = storyList(page).getByRole('listitem').filter({ has: page.getByRole('button', { name: titled }) }).getByRole('img', { name: '已收藏' });
    expect(await rowMark.count()).toBe(0);
    let answer: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    await page.route('**/api/setBookmark', async (route) => {
      await answered;
      await route.fulfill({ status: 503, body: '' });
    });
    const toggle = page.getByRole('region', { name: '正文' }).getByRole('button', { name: '收藏' });
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => rowMark.count()).toBe(1);
    answer();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => rowMark.count()).toBe(0);
    await page.getByText(/503/).waitFor();
    const bookmarks = (await callApi(host, 'listBookmarks', {})).body as { title: string }[];
    expect(bookmarks.map((b) => b.title).filter((t) => titled.test(t))).toEqual([]);
  });

  it('opens where the reader left off: the search, its order, the story, its place in the list and its printed page', async () => {
    const all = await seeSeedStories(page);
    const found = await searchNarrows(page, '志愿', all);
    await page.getByLabel('排序').selectOption('date');
    const byDate = ((await callApi(host, 'search', { query: '志愿', sort: 'date', limit: 3 })).body as { hits: { title: string }[] }).hits.map((h) => h.title);
    expect(byDate).toHaveLength(3);
    const reader = page.getByRole('region', { name: '正文' }).getByRole('heading', { level: 1 });
    await storyList(page).getByRole('button', { name: byDate[0], exact: true }).click();
    await expect.poll(() => reader.innerText()).toBe(byDate[0]);
    await page.keyboard.press('j');
    await expect.poll(() => reader.innerText()).toBe(byDate[1]);
    await page.waitForLoadState('networkidle');

    await page.reload();
    await expect.poll(() => reader.innerText()).toBe(byDate[1]);
    expect(await page.getByRole('searchbox', { name: '搜索报道' }).inputValue()).toBe('志愿');
    expect(await page.getByLabel('排序').inputValue()).toBe('date');
    await expect.poll(() => listTotal(page)).toBe(found);
    expect(await storyList(page).locator('button[aria-current="true"]').innerText()).toBe(byDate[1]);
    // The cursor is back on its row: the next story is the next one by date.
    await page.keyboard.press('j');
    await expect.poll(() => reader.innerText()).toBe(byDate[2]);

    // The printed page shown over the story comes back over it.
    await page.keyboard.press('p');
    const printed = page.locator('#page-heading');
    await expect.poll(() => printed.innerText()).toMatch(/\.txt$/);
    const pageName = await printed.innerText();
    await page.waitForLoadState('networkidle');
    await page.reload();
    await expect.poll(() => printed.innerText()).toBe(pageName);
    await page.getByRole('button', { name: '← 返回正文' }).click();
    await expect.poll(() => reader.innerText()).toBe(byDate[2]);
  });

  it('opens the story it was left in where it was read to, and another story from its top', async () => {
    await page.setViewportSize({ width: 1400, height: 500 });
    await seeSeedStories(page);
    await openStory(page, STORY_OF_SEARCH);
    const reader = page.getByRole('region', { name: '正文' });
    const share = () => reader.evaluate((el) => el.scrollTop / (el.scrollHeight - el.clientHeight));
    expect(await reader.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeGreaterThan(300);
    await reader.evaluate((el) => el.scrollTo({ top: (el.scrollHeight - el.clientHeight) * 0.6 }));
    await expect.poll(async () => ((await callApi(host, 'getLastView', {})).body as { scroll: number }).scroll).toBe(0.6);

    await page.reload();
    await reader.getByRole('heading', { level: 1, name: STORY_OF_SEARCH }).waitFor();
    await expect.poll(share).toBeCloseTo(0.6, 1);

    // The next story starts at its top, and is kept so.
    await page.keyboard.press('j');
    await expect.poll(() => reader.getByRole('heading', { level: 1 }).innerText()).not.toMatch(STORY_OF_SEARCH);
    expect(await reader.evaluate((el) => el.scrollTop)).toBe(0);
    await expect.poll(async () => ((await callApi(host, 'getLastView', {})).body as { scroll: number }).scroll).toBe(0);
  });

  it('offers the searches settled on lately again, newest first, those going on from what is typed, also after a restart', async () => {
    const all = await seeSeedStories(page);
    await searchNarrows(page, '志愿', all);
    await storyList(page).getByRole('button').first().click();
    await page.getByRole('region', { name: '正文' }).getByRole('heading', { level: 1 }).waitFor();
    const box = page.getByRole('searchbox', { name: '搜索报道' });
    await box.fill('乡贤');
    await box.press('Enter');
    // Typed but neither entered nor opened: not a search the reader settled on.
    await box.fill('乡');
    await page.waitForLoadState('networkidle');

    await page.reload();
    await expect.poll(() => box.inputValue()).toBe('乡');
    const offers = page.getByRole('list', { name: '最近的搜索' });
    await box.focus();
    await expect.poll(() => offers.getByRole('button').allInnerTexts()).toEqual(['乡贤', '清除搜索记录']);
    await box.fill('');
    await expect.poll(() => offers.getByRole('button').allInnerTexts()).toEqual(['乡贤', '志愿', '清除搜索记录']);
    // From the keyboard: ↓ reaches the offers, Enter takes one.
    await box.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => box.inputValue()).toBe('乡贤');
    expect(await hasFocus(box)).toBe(true);
    const found = ((await callApi(host, 'search', { query: '乡贤' })).body as { total: number }).total;
    await expect.poll(() => listTotal(page)).toBe(found);
    expect(await offers.count()).toBe(0);

    await box.fill('');
    await offers.getByRole('button', { name: '清除搜索记录' }).click();
    await expect.poll(() => offers.count()).toBe(0);
    await page.waitForLoadState('networkidle');
    await page.reload();
    await expect.poll(() => box.inputValue()).toBe('');
    await box.focus();
    await seeSeedStories(page);
    expect(await offers.count()).toBe(0);
  });

  it('starts at the whole library when what it left off at is gone, or its note of it is damaged', async () => {
    const all = await seeSeedStories(page);
    writeFileSync(host.lastViewFile, JSON.stringify({ query: '', scope: { collectionId: 9999 }, sort: 'relevance', story: { id: 999999, index: 3 }, page: 999999 }));
    await page.reload();
    await expect.poll(() => listTotal(page)).toBe(all);
    await page.getByRole('heading', { level: 2, name: '全部报道' }).waitFor();
    await page.getByRole('region', { name: '正文' }).getByText('在左侧列表中选择一篇报道阅读。').waitFor();
    expect(await storyList(page).locator('button[aria-current="true"]').count()).toBe(0);
    expect(await page.locator('#page-heading').count()).toBe(0);

    writeFileSync(host.lastViewFile, '{"query": "乡');
    await page.reload();
    await expect.poll(() => listTotal(page)).toBe(all);
    expect(await page.getByRole('searchbox', { name: '搜索报道' }).inputValue()).toBe('');
  });

  it('says on the opening screen why the library could not open, or that the host is gone, instead of the reader', async () => {
    const reason = 'The library file /data/library.db was made by a newer version of Broadsheet (schema 99, this one knows 5). Update Broadsheet to open it.';
    const failure = JSON.stringify({ error: { kind: 'failed', message: reason } });
    await page.route('**/api/appInfo', (route) => route.fulfill({ status: 422, contentType: 'application/json', body: failure }));
    await page.reload();
    const alert = page.getByRole('alert').getByText(/^资料库无法打开/);
    await expect.poll(() => alert.innerText()).toBe(`资料库无法打开:${reason}`);
    expect(await page.getByRole('searchbox').count()).toBe(0);

    await page.unroute('**/api/appInfo');
    await page.route('**/api/appInfo', (route) => route.abort('connectionrefused'));
    await page.reload();
    await expect.poll(() => alert.innerText()).toBe('资料库无法打开:无法连接报览服务,它可能已经停止。');
  });

  it('shows only unread stories at u, keeping the one just read listed until the list is fetched again', async () => {
    const all = await seeSeedStories(page);
    const unread = async () => ((await callApi(host, 'listStories', { filters: { unread: true }, limit: 1 })).body as { total: number }).total;
    const before = await unread();
    expect(before).toBeGreaterThan(1);
    const only = page.getByLabel('只看未读');
    await page.keyboard.press('u');
    await expect.poll(() => listTotal(page)).toBe(before);
    expect(await only.isChecked()).toBe(true);
    await page.getByRole('heading', { level: 2, name: '未读' }).waitFor();

    await page.keyboard.press('j');
    const title = page.getByRole('region', { name: '正文' }).getByRole('heading', { level: 1 });
    await title.waitFor();
    await expect.poll(unread).toBe(before - 1);
    expect(await storyList(page).getByRole('button', { name: await title.innerText(), exact: true }).count()).toBe(1);
    expect(await listTotal(page)).toBe(before);

    await page.reload();
    await expect.poll(() => listTotal(page)).toBe(before - 1);
    expect(await only.isChecked()).toBe(true);
    await only.uncheck();
    await expect.poll(() => listTotal(page)).toBe(all);
    // The box keeps the focus, and letters are still the reader's keys.
    await page.keyboard.press('u');
    await expect.poll(() => only.isChecked()).toBe(true);
  });

  it('marks every unread story of the list read at once, counts that follow, and undoes it from the notice', async () => {
    const all = await seeSeedStories(page);
    const unread = async (query: string) => ((await callApi(host, 'search', { query, filters: { unread: true }, limit: 1 })).body as { total: number }).total;
    const everywhere = async () => ((await callApi(host, 'listStories', { filters: { unread: true }, limit: 1 })).body as { total: number }).total;
    const [before, beforeEverywhere] = [await unread('乡贤'), await everywhere()];
    expect(before).toBeGreaterThan(0);
    await searchNarrows(page, '乡贤', all);
    const dots = storyList(page).getByRole('img', { name: '未读' });
    expect(await dots.count()).toBeGreaterThan(0);

    await page.getByRole('button', { name: '全部标为已读' }).click();
    await page.getByRole('status').filter({ hasText: `已将 ${before} 篇报道标为已读。` }).waitFor();
    expect(await unread('乡贤')).toBe(0);
    expect(await everywhere()).toBe(beforeEverywhere - before);
    await expect.poll(() => dots.count()).toBe(0);

    // With only unread stories shown, the sidebar's counts follow too.
    await page.getByLabel('只看未读').check();
    await expect.poll(() => listTotal(page)).toBe(0);
    await page.getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => unread('乡贤')).toBe(before);
    await expect.poll(() => listTotal(page)).toBe(before);
    expect(await everywhere()).toBe(beforeEverywhere);
    const city = page.getByRole('navigation', { name: '资料库' }).getByRole('button', { name: /^嘉兴市/ });
    const facets = (await callApi(host, 'facets', { query: '乡贤', filters: { unread: true } })).body as { regions: { name: string; count: number }[] };
    await expect.poll(async () => Number((await city.innerText()).match(/(\d+)\s*$/)?.[1])).toBe(facets.regions.find((r) => r.name === '嘉兴市')?.count);
  });

  it('imports a folder typed into the import panel, showing progress and the outcome', async () => {
    const before = await seeSeedStories(page);
    await page.waitForLoadState('networkidle');
    const asked = askedMethods(page);
    const folder = join(host.dir, 'more-pages');
    mkdirSync(folder);
    const seed = readdirSync(join(ROOT, 'seeds'))[0] ?? '';
    writeAnotherPage(join(ROOT, 'seeds', seed), join(folder, 'another.txt'), '旧桥');
    cpSync(join(ROOT, 'seeds', seed), join(folder, 'copy.txt'));
    writeFileSync(join(folder, 'empty.txt'), '');
    await page.getByRole('button', { name: '导入…' }).click();
    const dialog = page.getByRole('dialog', { name: '导入版面' });
    await dialog.getByLabel('本机上的文件夹或文件路径').fill(folder);
    await dialog.getByRole('button', { name: '导入', exact: true }).click();
    await dialog.getByText(/导入完成/).waitFor();
    expect(await dialog.getByRole('status').first().innerText()).toMatch(/已处理 3\/3 个文件/);
    // A page the library already holds from another file is not stored twice.
    await dialog.getByText(/,1 个文件与书库中的版面相同,未重复导入/).waitFor();
    expect(await dialog.getByRole('list', { name: '与书库中版面相同的文件' }).innerText()).toBe(`${join(folder, 'copy.txt')}:与 ${join(ROOT, 'seeds', seed)} 相同`);
    await expect.poll(() => listTotal(page)).toBeGreaterThan(before);
    // An import changes what the library holds, so everything that shows it is asked for again.
    await page.waitForLoadState('networkidle');
    expect(asked).toEqual(expect.arrayContaining(['appInfo', 'regionTree', 'facets', 'listEditions', 'listStories', 'listBookmarks']));

    // The folder is kept: the page added to it the next day is imported with one click, and only it.
    const folders = dialog.getByRole('region', { name: '导入过的文件夹' });
    await folders.getByText(folder, { exact: true }).waitFor();
    const afterFirst = await listTotal(page);
    const second = readdirSync(join(ROOT, 'seeds'))[1] ?? '';
    writeAnotherPage(join(ROOT, 'seeds', second), join(folder, 'next-day.txt'), '新桥');
    await folders.getByRole('button', { name: '导入新增的版面' }).click();
    await dialog.getByText(/导入完成。新增 1 个版面、\d+ 篇报道,跳过未改动的 2 个,1 个文件与书库中的版面相同,未重复导入$/).waitFor();
    await expect.poll(() => listTotal(page)).toBeGreaterThan(afterFirst);
    const grown = await listTotal(page);
    expect(((await callApi(host, 'listImportFolders', {})).body as { path: string }[]).map((f) => f.path)).toEqual([folder]);

    // Forgetting it keeps its stories.
    await folders.getByRole('button', { name: `不再从 ${folder} 导入(已导入的报道保留)` }).click();
    await folders.getByText(/导入一个文件夹后/).waitFor();
    expect(await listTotal(page)).toBe(grown);
  });

  it("takes a kept folder's stories out of the library once the reader confirms, and says so", async () => {
    const before = await seeSeedStories(page);
    const folder = join(host.dir, 'imported-by-mistake');
    mkdirSync(folder);
    const seed = readdirSync(join(ROOT, 'seeds'))[2] ?? '';
    writeAnotherPage(join(ROOT, 'seeds', seed), join(folder, 'page.txt'), '误导入');
    const { articles } = (await callApi(host, 'importPaths', { paths: [folder] })).body as { articles: number };
    await page.reload();
    await expect.poll(() => listTotal(page)).toBe(before + articles);

    await page.getByRole('button', { name: '导入…' }).click();
    const folders = page.getByRole('dialog', { name: '导入版面' }).getByRole('region', { name: '导入过的文件夹' });
    const label = `把从 ${folder} 导入的 ${articles} 篇报道移出书库`;
    await folders.getByRole('button', { name: label }).click();
    const confirm = folders.getByRole('group', { name: label });
    expect(await confirm.innerText()).toContain('文件不会删除');
    await confirm.getByRole('button', { name: '取消' }).click();
    await folders.getByRole('button', { name: label }).click();
    const axe = await new AxeBuilder({ page }).include('.import-panel').withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await confirm.getByRole('button', { name: '移出', exact: true }).click();

    await folders.getByRole('status').filter({ hasText: `已移出 1 个版面、${articles} 篇报道。` }).waitFor();
    await expect.poll(() => listTotal(page)).toBe(before);
    expect(await folders.getByText(folder, { exact: true }).count()).toBe(0);
    expect(existsSync(join(folder, 'page.txt'))).toBe(true);
  });

  it('takes the printed page shown out of the library once the reader confirms', async () => {
    const folder = join(host.dir, 'badly-read');
    mkdirSync(folder);
    writeAnotherPage(join(ROOT, 'seeds', readdirSync(join(ROOT, 'seeds'))[3] ?? ''), join(folder, 'page.txt'), '误读');
    const { articles } = (await callApi(host, 'importPaths', { paths: [folder] })).body as { articles: number };
    await page.reload();
    await seeSeedStories(page);
    await page.getByRole('searchbox', { name: '搜索报道' }).fill('误读');
    await expect.poll(() => listTotal(page)).toBe(1);
    await storyList(page).getByRole('button').filter({ hasText: '误读' }).first().click();
    await page.getByRole('region', { name: '正文' }).getByRole('button', { name: '查看版面' }).click();
    await page.getByRole('button', { name: '把此版面移出书库…' }).click();
    const confirm = page.getByRole('group', { name: '把此版面移出书库…' });
    expect(await confirm.innerText()).toContain(`把此版面的 ${articles} 篇报道移出书库?文件不会删除`);
    await confirm.getByRole('button', { name: '移出', exact: true }).click();
    await page.getByRole('status').filter({ hasText: `已移出此版面的 ${articles} 篇报道。` }).waitFor();
    await expect.poll(() => listTotal(page)).toBe(0);
    expect(((await callApi(host, 'search', { query: '误读' })).body as { total: number }).total).toBe(0);
    await callApi(host, 'forgetImportFolder', { path: folder });
  });

  it('follows a search: counts its unread stories in the sidebar as they are read and as imports add more, and opens on them', async () => {
    // Whatever the tests before read, the story this one reads is unread.
    const { hits } = (await callApi(host, 'search', { query: '乡贤' })).body as { hits: { id: number; title: string }[] };
    const toRead = hits.find((h) => STORY_OF_SEARCH.test(h.title));
    await callApi(host, 'markRead', { id: toRead?.id ?? 0, read: false });
    const all = await seeSeedStories(page);
    await searchNarrows(page, '乡贤', all);
    // From the keyboard, out of the search box: f, as the button beside the list's title.
    await page.keyboard.press('Escape');
    await page.keyboard.press('f');
    await page.getByRole('button', { name: '★ 已关注' }).waitFor();
    const followedNow = async () => ((await callApi(host, 'listFollowedSearches', {})).body as { name: string; total: number; unread: number }[])[0];
    const section = page.getByRole('navigation', { name: '资料库' }).getByRole('region', { name: '关注' });
    const entry = async () => {
      const f = await followedNow();
      return section.getByRole('button', { name: `${f?.name ?? ''}:${f?.unread ?? 0} 篇未读,共 ${f?.total ?? 0} 篇` });
    };
    await (await entry()).waitFor();
    const first = await followedNow();
    expect(first).toMatchObject({ name: '“乡贤”' });

    // Reading one of its stories counts it down.
    await openStory(page, STORY_OF_SEARCH);
    await expect.poll(async () => (await followedNow())?.unread).toBe((first?.unread ?? 0) - 1);
    await (await entry()).waitFor();

    // The next day's page brings another.
    const folder = join(host.dir, 'followed');
    mkdirSync(folder);
    writeAnotherPage(join(ROOT, 'seeds', readdirSync(join(ROOT, 'seeds'))[0] ?? ''), join(folder, 'next.txt'), '乡贤');
    await callApi(host, 'importPaths', { paths: [folder] });
    await page.reload();
    const later = await followedNow();
    expect([later?.total, later?.unread]).toEqual([(first?.total ?? 0) + 1, first?.unread]);
    await (await entry()).waitFor();

    // From anywhere, it opens on what is unread.
    await page.getByRole('searchbox', { name: '搜索报道' }).fill('');
    await (await entry()).click();
    await page.getByRole('heading', { level: 2, name: '“乡贤”的搜索结果 · 未读' }).waitFor();
    await expect.poll(() => listTotal(page)).toBe(later?.unread);
    const axe = await new AxeBuilder({ page }).include('.sidebar').include('.story-list-header').withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

    await section.getByRole('button', { name: '不再关注 “乡贤”' }).click();
    await section.getByText(/点列表标题旁的“关注”/).waitFor();
    expect(await page.getByRole('button', { name: '☆ 关注' }).count()).toBe(1);
    await callApi(host, 'removePages', { paths: [folder] });
  });

  it('imports the pages added to the kept folders at start when asked to, saying only what was new', async () => {
    const folder = join(host.dir, 'daily');
    mkdirSync(folder);
    const [first = '', second = ''] = readdirSync(join(ROOT, 'seeds'));
    writeAnotherPage(join(ROOT, 'seeds', first), join(folder, 'day-1.txt'), '第一天');
    await callApi(host, 'importPaths', { paths: [folder] });
    await page.reload();
    await seeSeedStories(page);

    await page.getByRole('button', { name: '导入…' }).click();
    const dialog = page.getByRole('dialog', { name: '导入版面' });
    await dialog.getByRole('checkbox', { name: '每次启动时导入这些文件夹中新增的版面' }).check();
    await expect.poll(async () => ((await callApi(host, 'getSettings', {})).body as { importNewAtStart: boolean }).importNewAtStart).toBe(true);
    await dialog.getByRole('button', { name: '关闭' }).click();
    const before = await listTotal(page);

    // A followed search is told what the new pages brought it.
    const { id: followedId } = (await callApi(host, 'followSearch', { name: '“第二天”', query: '第二天', filters: {} })).body as { id: number };
    const found = async () => ((await callApi(host, 'search', { query: '第二天' })).body as { total: number }).total;
    const foundBefore = await found();
    writeAnotherPage(join(ROOT, 'seeds', second), join(folder, 'day-2.txt'), '第二天');
    await page.reload();
    const notice = page.getByRole('status').filter({ hasText: /^已导入文件夹中新增的 1 个版面、\d+ 篇报道/ });
    await notice.waitFor();
    expect(await notice.innerText()).toContain(`;关注:“第二天” 新增 ${(await found()) - foundBefore} 篇`);
    await callApi(host, 'unfollowSearch', { id: followedId });
    await expect.poll(() => listTotal(page)).toBeGreaterThan(before);
    expect(await page.getByRole('dialog', { name: '导入版面' }).count()).toBe(0);

    // Nothing new, nothing said.
    await page.reload();
    await seeSeedStories(page);
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('status').filter({ hasText: /已导入文件夹中新增/ }).count()).toBe(0);

    await callApi(host, 'updateSettings', { importNewAtStart: false });
    await callApi(host, 'forgetImportFolder', { path: folder });
  });

  it('has no serious accessibility violations', async () => {
    await seeSeedStories(page);
    await openStory(page, STORY_OF_SEARCH);
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  });
});

describe('the sample pages a new library starts with', () => {
  it('are taken out from the import panel once the reader has pages of their own', async () => {
    const own = await startWebHost();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    try {
      const folder = join(own.dir, 'archive');
      mkdirSync(folder);
      writeAnotherPage(join(ROOT, 'seeds', readdirSync(join(ROOT, 'seeds'))[0] ?? ''), join(folder, 'own.txt'), '自己的');
      const { articles } = (await callApi(own, 'importPaths', { paths: [folder] })).body as { articles: number };
      const { samples } = (await callApi(own, 'appInfo', {})).body as { samples: { stories: number } };
      const reader = await context.newPage();
      await reader.goto(own.url);
      await expect.poll(() => listTotal(reader)).toBe(articles + samples.stories);

      await reader.getByRole('button', { name: '导入…' }).click();
      const folders = reader.getByRole('dialog', { name: '导入版面' }).getByRole('region', { name: '导入过的文件夹' });
      const label = `把从 示例版面 导入的 ${samples.stories} 篇报道移出书库`;
      await folders.getByRole('button', { name: label }).click();
      await folders.getByRole('group', { name: label }).getByRole('button', { name: '移出', exact: true }).click();
      await folders.getByRole('status').filter({ hasText: `已移出 5 个版面、${samples.stories} 篇报道。` }).waitFor();
      await expect.poll(() => listTotal(reader)).toBe(articles);
      await expect.poll(() => folders.getByText('示例版面', { exact: true }).count()).toBe(0);
    } finally {
      await context.close();
      await own.stop();
    }
  });
});

describe('the web host API', () => {
  it('refuses requests without the token, or with a wrong one (401)', async () => {
    expect((await callApi(host, 'appInfo', {}, null)).status).toBe(401);
    expect((await callApi(host, 'appInfo', {}, 'x'.repeat(host.token.length))).status).toBe(401);
    expect((await fetch(`${host.origin}/api/events`)).status).toBe(401);
    expect((await fetch(`${host.origin}/api/nothing`, { method: 'POST' })).status).toBe(401);
    expect((await callApi(host, 'appInfo', {})).status).toBe(200);
  });

  it('validates input with the contract and says what is wrong', async () => {
    const bad = await callApi(host, 'getStory', { id: 'one' });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { kind: 'invalid-input', message: expect.stringContaining('id') } });
    expect((await callApi(host, 'search', { query: 'x', extra: 1 })).status).toBe(400);
    expect((await callApi(host, 'noSuchMethod', {})).status).toBe(404);
    const missing = await callApi(host, 'setBookmark', { storyId: 999_999, on: true });
    expect(missing).toMatchObject({ status: 422, body: { error: { message: expect.stringContaining('999999') } } });
  });

  it('answers only to its own host name (DNS rebinding)', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const port = Number(new URL(host.origin).port);
      const req = request({ host: '127.0.0.1', port, path: '/', headers: { Host: `evil.example:${port}` } }, (res) => resolve(res.statusCode ?? 0));
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });
});
