import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { computedStyle, hasFocus, rootData, rootLang, selectLeadingText } from '../support/in-page';
import { findInList, listTotal, openStory, seeSeedStories, storyList, STORY_OF_SEARCH } from '../support/journeys';
import { writeAnotherPage } from '../support/page-files';
import { callApi, ROOT, startWebHost, type RunningHost } from '../support/web-host';

/**
 * Issue 6, the reading experience, as a reader goes through it: one host and one browser for the
 * file, a few rich journeys rather than many small ones. Counts are compared with the API, not fixed.
 */

let host: RunningHost;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
const TIMEOUT = 10_000;

beforeAll(async () => {
  [host, browser] = await Promise.all([startWebHost(), launchChromium()]);
  // Dated pages (2023-12-29 pages 3 and 4, 2024-01-05 page 1) for the edition calendar and page view.
  const dated = join(host.dir, 'dated');
  cpSync(join(ROOT, 'tests/unit/export/fixtures'), dated, { recursive: true });
  const imported = (await callApi(host, 'importPaths', { paths: [dated] })).body as { pages: number };
  expect(imported.pages).toBe(3);
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});
beforeEach(async () => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
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

const sidebar = () => page.getByRole('navigation', { name: '资料库' });
const reader = () => page.getByRole('region', { name: '正文' });
const countOf = async (name: RegExp) => Number((await sidebar().getByRole('button', { name }).innerText()).match(/(\d+)\s*$/)?.[1]);
const settled = async (accept: (n: number) => boolean) => {
  await expect.poll(() => listTotal(page), { timeout: TIMEOUT }).toSatisfy(accept);
  await expect.poll(() => page.locator('[aria-busy="true"]').count(), { timeout: TIMEOUT }).toBe(0);
  return listTotal(page);
};
const seriousViolations = async () => {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.length}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
};

describe('reading a story', () => {
  it('sets it as the paper did, with reading settings that are remembered, in Chinese or English', async () => {
    await seeSeedStories(page);
    await openStory(page, STORY_OF_SEARCH);
    const body = reader().locator('.story-body p').first();
    const indent = parseFloat(await computedStyle(body, 'textIndent')) / parseFloat(await computedStyle(body, 'fontSize'));
    expect(indent).toBe(2);
    expect(await computedStyle(body, 'textAlign')).toBe('justify');
    expect(await computedStyle(body, 'fontFamily')).toMatch(/Noto Serif SC/);
    expect(await reader().getByLabel('作者').innerText()).toMatch(/\S/);
    expect(await reader().getByText(/^出处:/).innerText()).toMatch(/\.txt$/);

    await page.getByRole('button', { name: '阅读设置' }).click();
    const settings = page.getByRole('dialog', { name: '阅读设置' });
    await settings.getByRole('radio', { name: '棕褐' }).check();
    await settings.getByRole('radio', { name: '黑体(无衬线)' }).check();
    await settings.getByRole('radio', { name: '2' }).check();
    await settings.getByRole('button', { name: '放大字号' }).click();
    await expect.poll(() => rootData(page, 'theme')).toBe('sepia');
    await expect.poll(() => computedStyle(body, 'fontFamily')).toMatch(/Noto Sans SC/);
    await expect.poll(() => computedStyle(reader().locator('.story-body'), 'columnCount')).toBe('2');
    await settings.getByRole('checkbox', { name: '竖排' }).check();
    await expect.poll(() => computedStyle(reader().locator('.story-body'), 'writingMode')).toBe('vertical-rl');
    await page.screenshot({ path: join(host.dir, 'vertical.png') });

    await page.reload();
    await seeSeedStories(page);
    const kept = (await callApi(host, 'getSettings', {})).body;
    expect(kept).toMatchObject({ theme: 'sepia', typeface: 'sans', columns: 2, vertical: true, fontScale: 1.1 });
    expect(await rootData(page, 'theme')).toBe('sepia');

    await page.getByRole('button', { name: '阅读设置' }).click();
    await page.getByRole('dialog', { name: '阅读设置' }).getByLabel('界面语言').selectOption('en');
    await page.getByRole('navigation', { name: 'Library' }).getByRole('heading', { name: 'Topics' }).waitFor({ timeout: TIMEOUT });
    expect(await page.getByRole('status').filter({ hasText: /^\d+ stories$/ }).count()).toBe(1);
    expect(await rootLang(page)).toBe('en');
    expect(await seriousViolations()).toEqual([]);
    await page.getByRole('dialog', { name: 'Reading settings' }).getByLabel('Language').selectOption('zh');
    const back = page.getByRole('dialog', { name: '阅读设置' });
    await back.getByRole('radio', { name: '跟随系统' }).check();
    await back.getByRole('radio', { name: '宋体(衬线)' }).check();
    await back.getByRole('checkbox', { name: '竖排' }).uncheck();
    await back.getByRole('radio', { name: '1' }).check();
    await back.getByRole('button', { name: '缩小字号' }).click();
    await expect.poll(async () => (await callApi(host, 'getSettings', {})).body).toMatchObject({ theme: 'system', language: 'zh', vertical: false, fontScale: 1 });
  });

  it('highlights the search in the story, finds within it, explains its filing, and works from the keyboard', async () => {
    const all = await seeSeedStories(page);
    await page.keyboard.press('/');
    await page.keyboard.type('西塘');
    const hits = await settled((n) => n > 0 && n < all);
    await page.getByRole('combobox', { name: '排序' }).selectOption('date');
    const byDate = (await callApi(host, 'search', { query: '西塘', sort: 'date', limit: 3 })).body as { hits: { title: string }[] };
    await expect.poll(() => storyList(page).locator(':scope > li h3').first().innerText()).toBe(byDate.hits[0]?.title);
    expect(await listTotal(page)).toBe(hits);
    await page.getByRole('searchbox', { name: '搜索报道' }).focus();
    await page.getByRole('searchbox', { name: '搜索报道' }).blur();
    await page.keyboard.press('j');
    await reader().getByRole('heading', { level: 1 }).waitFor({ timeout: TIMEOUT });
    expect(await reader().locator('.story-body mark').allInnerTexts()).toContain('西塘');

    await page.keyboard.press('Control+f');
    const find = page.getByRole('searchbox', { name: '在本文中查找' });
    await expect.poll(() => hasFocus(find)).toBe(true);
    await find.fill('镇');
    const count = reader().getByRole('status');
    await expect.poll(() => count.innerText()).toMatch(/^1\/\d+$/);
    const total = Number((await count.innerText()).split('/')[1]);
    expect(total).toBe(await reader().locator('mark.found').count());
    await find.press('Enter');
    await expect.poll(() => count.innerText()).toBe(`2/${total}`);
    await page.getByRole('button', { name: '上一处' }).click();
    await page.getByRole('button', { name: '上一处' }).click();
    await expect.poll(() => count.innerText()).toBe(`${total}/${total}`);
    expect(await reader().locator('mark.found.current').count()).toBe(1);
    await find.press('Escape');
    await expect.poll(() => find.count()).toBe(0);

    await reader().getByRole('button', { name: '为何归类' }).click();
    const why = page.getByRole('complementary', { name: '为何归入这些地区和主题' });
    await why.getByText(/依据词:/).first().waitFor({ timeout: TIMEOUT });
    const place = await reader().locator('.story-facts .chip-place').innerText();
    expect(await why.innerText()).toContain(place);

    const title = await reader().getByRole('heading', { level: 1 }).innerText();
    await page.keyboard.press('b');
    await expect.poll(() => reader().getByRole('button', { name: '收藏' }).getAttribute('aria-pressed')).toBe('true');
    await sidebar().getByRole('list', { name: '收藏的报道' }).getByRole('button', { name: title }).waitFor({ timeout: TIMEOUT });
    await page.keyboard.press('b');
    await expect.poll(() => reader().getByRole('button', { name: '收藏' }).getAttribute('aria-pressed')).toBe('false');

    await page.keyboard.press('j');
    await expect.poll(() => reader().getByRole('heading', { level: 1 }).innerText()).not.toBe(title);
    await page.keyboard.press('k');
    await expect.poll(() => reader().getByRole('heading', { level: 1 }).innerText()).toBe(title);
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: '键盘快捷键' });
    for (const key of ['j / ↓', 'b', 'u', 'Esc', '?', 'Enter']) await help.getByText(key, { exact: true }).waitFor();
    await help.getByRole('heading', { name: '搜索写法' }).waitFor();
    for (const example of ['西塘 乡贤', '"乡村 振兴"', '西塘 -疫情']) await help.getByText(example, { exact: true }).waitFor();
    expect(await seriousViolations()).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => help.count()).toBe(0);

    // A search that finds nothing says how searches are written.
    await page.getByRole('searchbox', { name: '搜索报道' }).fill('西塘 -西');
    await settled((n) => n === 0);
    await page.getByText('没有找到“西塘 -西”。空格分开的词要都出现;按 ? 查看搜索写法。').waitFor({ timeout: TIMEOUT });

    await page.getByRole('searchbox', { name: '搜索报道' }).fill('张锡锋进社区');
    await settled((n) => n === 1);
    await (await findInList(page, /张锡锋进社区/)).click();
    await reader().getByRole('note').filter({ hasText: '本文开头不在此版面' }).waitFor({ timeout: TIMEOUT });
    expect(await computedStyle(reader().locator('.story-body p').first(), 'textIndent')).toBe('0px');
    await reader().getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => hasFocus(storyList(page).locator('[aria-current="true"]'))).toBe(true);
  });
});

describe('finding stories', () => {
  it('copies the reference of a story for a bibliography, from its toolbar or with c', async () => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
    await seeSeedStories(page);
    await page.getByRole('searchbox', { name: '搜索报道' }).fill('西塘迎来');
    await settled((n) => n === 1);
    await openStory(page, /西塘迎来年末旅游小高峰/);
    const clipboard = () => page.evaluate<string>('navigator.clipboard.readText()');
    const reference = '周奕, 胡凌霄, 徐寻. 西塘迎来年末旅游小高峰[N]. 嘉兴日报(嘉善版), 2023-12-29(3).';
    await reader().getByRole('button', { name: '复制引用' }).click();
    await expect.poll(clipboard, { timeout: TIMEOUT }).toBe(reference);
    await page.getByText(`已复制引用:${reference}`).waitFor({ timeout: TIMEOUT });

    await page.evaluate("navigator.clipboard.writeText('')");
    await reader().getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('c');
    await expect.poll(clipboard, { timeout: TIMEOUT }).toBe(reference);

    // Untitled photo news is cited by its caption, the same alone as in a selection's references,
    // and named so in its list row; the open story is headed as photo news, its caption below.
    const listed = (await callApi(host, 'listStories', { limit: 500 })).body as { items: { id: number; title: string; kind: string; caption: string | null }[] };
    const photo = listed.items.find((s) => s.kind === 'photo' && s.title === '');
    if (!photo) throw new Error('the seeds have no untitled photo news');
    writeFileSync(host.lastViewFile, JSON.stringify({ query: '', scope: {}, sort: 'relevance', story: { id: photo.id, index: -1 } }));
    await page.reload();
    await reader().getByRole('heading', { level: 1 }).waitFor({ timeout: TIMEOUT });
    await page.keyboard.press('c');
    const inSelection = ((await callApi(host, 'citeSelection', { selection: { kind: 'stories', ids: [photo.id] } })).body as { references: string[] }).references[0];
    expect(inSelection).toMatch(/^(.+\. )?图片新闻：.+\[N\]/);
    await expect.poll(clipboard, { timeout: TIMEOUT }).toBe(inSelection);
    expect(await reader().getByRole('heading', { level: 1 }).innerText()).toBe('图片新闻');
    const named = /图片新闻：[^[]+(?=\[N\])/.exec(inSelection ?? '')?.[0] ?? '';
    expect(named.startsWith(`图片新闻：${photo.caption?.slice(0, 8)}`)).toBe(true);
    expect(await (await findInList(page, new RegExp(`^${named.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`))).getAttribute('aria-current')).toBe('true');
  });

  it('copies the references of the stories listed, numbered in the order of the list, or offers them to copy by hand', async () => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
    const all = await seeSeedStories(page);
    await page.getByRole('searchbox', { name: '搜索报道' }).fill('西塘');
    const total = await settled((n) => n > 1 && n < all);
    const titles = await storyList(page).locator('.story-item-title button').allInnerTexts();
    expect(titles).toHaveLength(total);

    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog', { name: '导出 PDF' });
    await dialog.getByRole('button', { name: '复制参考文献' }).click();
    await dialog.getByRole('status').filter({ hasText: `已复制 ${total} 条参考文献。` }).waitFor({ timeout: TIMEOUT });
    const lines = (await page.evaluate<string>('navigator.clipboard.readText()')).split('\n');
    expect(lines).toHaveLength(total);
    lines.forEach((line, i) => expect(line.startsWith(`[${i + 1}] `) && line.includes(`${titles[i]}[N]`), line).toBe(true));

    await dialog.getByRole('button', { name: '复制 RIS' }).click();
    await dialog.getByRole('status').filter({ hasText: `已复制 ${total} 条 RIS 记录。` }).waitFor({ timeout: TIMEOUT });
    const ris = await page.evaluate<string>('navigator.clipboard.readText()');
    expect(ris.match(/^TY {2}- NEWS\r?$/gm)).toHaveLength(total);
    expect(ris.match(/^TI {2}- .*$/gm)?.map((line) => line.slice(6).trimEnd())).toEqual(titles);
    // The same records as a file, named after the book's title, for EndNote or NoteExpress.
    await dialog.getByLabel('标题').fill('西塘/专题');
    const [saved] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: '存为 .ris' }).click()]);
    expect(saved.suggestedFilename()).toBe('西塘专题.ris');
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(await saved.path(), 'utf8').replace(/\r\n/g, '\n')).toBe(ris.replace(/\r\n/g, '\n'));
    await dialog.getByRole('status').filter({ hasText: `${total} 条 RIS 记录已存为 西塘专题.ris。` }).waitFor({ timeout: TIMEOUT });

    await page.evaluate("navigator.clipboard.writeText = () => Promise.reject(new Error('refused'))");
    await dialog.getByRole('button', { name: '复制参考文献' }).click();
    await dialog.getByRole('alert').filter({ hasText: '无法写入剪贴板' }).waitFor({ timeout: TIMEOUT });
    expect((await dialog.getByRole('textbox', { name: '复制参考文献' }).inputValue()).split('\n')).toEqual(lines);
    expect(await seriousViolations()).toEqual([]);
  });

  it('lists oldest first on request, from the top, browsing or searching, and a search after browsing newest first is by relevance again', async () => {
    // Seeing the seed stories scrolls the list down: a new order is read from its top.
    const all = await seeSeedStories(page);
    const order = page.getByLabel('排序');
    const titles = () => storyList(page).locator('.story-item-title button').allInnerTexts();
    const apiTitles = async (method: 'listStories' | 'search', input: object) => {
      const body = (await callApi(host, method, { ...input, limit: 5 })).body as { items?: { title: string }[]; hits?: { title: string }[] };
      return (body.items ?? body.hits ?? []).map((s) => s.title);
    };
    expect(await order.inputValue()).toBe('date');
    await order.selectOption('oldest');
    const oldest = await apiTitles('listStories', { sort: 'oldest' });
    expect(oldest).not.toEqual(await apiTitles('listStories', {}));
    await expect.poll(async () => (await titles()).slice(0, 5)).toEqual(oldest);

    await page.getByRole('searchbox', { name: '搜索报道' }).fill('县');
    const searched = await apiTitles('search', { query: '县', sort: 'oldest' });
    await expect.poll(async () => (await titles()).slice(0, 5)).toEqual(searched);
    expect(await order.inputValue()).toBe('oldest');

    await page.getByRole('searchbox', { name: '搜索报道' }).fill('');
    await expect.poll(() => listTotal(page)).toBe(all);
    await order.selectOption('date');
    await page.getByRole('searchbox', { name: '搜索报道' }).fill('县');
    await expect.poll(() => order.inputValue()).toBe('relevance');
    await expect.poll(async () => (await titles()).slice(0, 5)).toEqual(await apiTitles('search', { query: '县' }));
  });

  it('keeps a reading history: the stories opened, the last first, with h, after a reload, and cleared on request with the stories still read', async () => {
    await callApi(host, 'clearReadingHistory', {});
    await seeSeedStories(page);
    const heading = () => reader().getByRole('heading', { level: 1 }).innerText();
    const opened: string[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('j');
      await expect.poll(heading, { timeout: TIMEOUT }).not.toBe(opened.at(-1) ?? '');
      opened.push(await heading());
    }
    const lastFirst = [...opened].reverse();
    const history = sidebar().getByRole('region', { name: '阅读记录' });
    await expect.poll(() => history.getByRole('list', { name: '最近读过的报道' }).getByRole('button').allInnerTexts(), { timeout: TIMEOUT }).toEqual(lastFirst);
    expect(await countOf(/^读过的报道/)).toBe(3);

    await page.keyboard.press('h');
    await expect.poll(() => page.locator('#story-list-heading').innerText(), { timeout: TIMEOUT }).toBe('读过的报道');
    await settled((n) => n === 3);
    const titles = () => storyList(page).locator('.story-item-title button').allInnerTexts();
    await expect.poll(titles, { timeout: TIMEOUT }).toEqual(lastFirst);
    expect(await page.getByLabel('排序').inputValue()).toBe('opened');
    expect(await storyList(page).locator('.opened-at').allInnerTexts()).toEqual(lastFirst.map(() => expect.stringMatching(/^读于 今天 \d\d:\d\d$/)));
    expect(await seriousViolations()).toEqual([]);

    // After a reload, in the dark theme, where the confirmation's buttons once lost their contrast.
    await callApi(host, 'updateSettings', { theme: 'dark' });
    await page.reload();
    await expect.poll(() => rootData(page, 'theme')).toBe('dark');
    await settled((n) => n === 3);
    await expect.poll(titles, { timeout: TIMEOUT }).toEqual(lastFirst);

    await history.getByRole('button', { name: '清除阅读记录…' }).click();
    const confirm = history.getByRole('group', { name: '清除阅读记录' });
    expect(await confirm.innerText()).toContain('清除全部 3 篇的阅读记录');
    expect(await seriousViolations()).toEqual([]);
    await confirm.getByRole('button', { name: '清除', exact: true }).click();
    await settled((n) => n === 0);
    expect(await storyList(page).locator('xpath=../..').getByText('打开过的报道会按时间记在这里。').count()).toBe(1);
    const listed = (await callApi(host, 'listStories', { filters: { opened: true } })).body as { total: number };
    expect(listed.total).toBe(0);
    const everything = (await callApi(host, 'listStories', { limit: 500 })).body as { items: { title: string; read: boolean }[] };
    expect(everything.items.filter((s) => opened.includes(s.title)).map((s) => s.read)).toEqual([true, true, true]);

    await page.keyboard.press('h');
    await expect.poll(() => page.getByLabel('排序').inputValue()).toBe('date');
    await expect.poll(() => listTotal(page)).toBeGreaterThan(3);
    await callApi(host, 'updateSettings', { theme: 'system' });
  });

  it('marks the open story unread to come back to it, with Shift+U or from its toolbar, and read again', async () => {
    await seeSeedStories(page);
    const [first] = ((await callApi(host, 'listStories', { limit: 1 })).body as { items: { id: number; title: string }[] }).items;
    const { id: storyId, title } = first ?? { id: 0, title: '' };
    await page.keyboard.press('j');
    await reader().getByRole('heading', { level: 1, name: title }).waitFor({ timeout: TIMEOUT });
    const readInLibrary = async () => ((await callApi(host, 'getStory', { id: storyId })).body as { read: boolean }).read;
    const row = storyList(page).getByRole('listitem').filter({ has: page.getByRole('button', { name: title, exact: true }) });
    await expect.poll(readInLibrary, { timeout: TIMEOUT }).toBe(true);
    expect(await row.getByRole('img', { name: '未读' }).count()).toBe(0);

    await page.keyboard.press('Shift+U');
    await expect.poll(readInLibrary, { timeout: TIMEOUT }).toBe(false);
    await reader().getByRole('button', { name: '标为已读' }).waitFor({ timeout: TIMEOUT });
    await expect.poll(() => row.getByRole('img', { name: '未读' }).count(), { timeout: TIMEOUT }).toBe(1);

    await reader().getByRole('button', { name: '标为已读' }).click();
    await expect.poll(readInLibrary, { timeout: TIMEOUT }).toBe(true);
    await reader().getByRole('button', { name: '标为未读' }).waitFor({ timeout: TIMEOUT });
    await expect.poll(() => row.getByRole('img', { name: '未读' }).count(), { timeout: TIMEOUT }).toBe(0);
  });

  it('narrows to a year, a month of it, or the days between two dates, with counts per year, month and topic that follow', async () => {
    const all = await seeSeedStories(page);
    const dates = sidebar().getByRole('region', { name: '日期' });
    const between = async (dateFrom: string, dateTo: string) => {
      const filters = { dateFrom, dateTo };
      const listed = (await callApi(host, 'listStories', { filters })).body as { total: number };
      const facets = (await callApi(host, 'facets', { query: '', filters })).body as { topics: { count: number }[] };
      return { total: listed.total, topicCounts: facets.topics.map((f) => f.count) };
    };
    const topicCounts = async () => (await sidebar().getByRole('region', { name: '主题' }).getByRole('button').allInnerTexts()).map((text) => Number(/\d+$/.exec(text)?.[0]));

    // Each year counts its stories with the other choices: here all, then a search.
    const yearCounts = async () => Object.fromEntries((await dates.getByRole('list', { name: '按年份' }).locator(':scope > li > button').allInnerTexts()).map((text) => text.split(/\s+/).map(Number)));
    const perYear = async (query: string) => Object.fromEntries(((await callApi(host, 'facets', { query })).body as { years: { year: number; count: number }[] }).years.map((y) => [y.year, y.count]));
    await expect.poll(yearCounts, { timeout: TIMEOUT }).toEqual(await perYear(''));
    await page.getByRole('searchbox', { name: '搜索报道' }).fill('县');
    await expect.poll(yearCounts, { timeout: TIMEOUT }).toEqual({ 2023: 0, 2024: 0, ...(await perYear('县')) });
    await page.getByRole('searchbox', { name: '搜索报道' }).fill('');
    await settled((n) => n === all);

    const year2023 = dates.getByRole('button', { name: /^2023\s+\d+$/ });
    await year2023.click();
    const year = await between('2023-01-01', '2023-12-31');
    expect(year.total).toBeGreaterThan(0);
    expect(await settled((n) => n === year.total)).toBeLessThan(all);
    await page.getByRole('heading', { level: 2, name: '2023年' }).waitFor({ timeout: TIMEOUT });
    await expect.poll(topicCounts, { timeout: TIMEOUT }).toEqual(year.topicCounts);
    expect(await year2023.getAttribute('aria-pressed')).toBe('true');
    expect(await seriousViolations()).toEqual([]);
    // Choosing a year leaves the other years' counts as they were: they say what picking them gives.
    expect(await yearCounts()).toEqual(await perYear(''));

    // Under the year chosen, its twelve months, counted alike; one of them narrows to that month, and the year widens again.
    const months = dates.getByRole('list', { name: '2023年各月' });
    const in2023 = ((await callApi(host, 'facets', { query: '' })).body as { months: { month: string; count: number }[] }).months.filter((m) => m.month.startsWith('2023-'));
    const monthCounts = async () => Object.fromEntries((await months.getByRole('button').allInnerTexts()).map((text) => text.split(/\s+/)).map(([name, n]) => [name, Number(n)]));
    await expect.poll(monthCounts, { timeout: TIMEOUT }).toEqual(
      Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`${i + 1}月`, in2023.find((m) => Number(m.month.slice(5)) === i + 1)?.count ?? 0])),
    );
    const busiest = in2023.reduce((a, b) => (b.count > a.count ? b : a));
    const monthNumber = Number(busiest.month.slice(5));
    await months.getByRole('button', { name: new RegExp(`^${monthNumber}月\\s`) }).click();
    const month = await between(`${busiest.month}-01`, `${busiest.month}-${new Date(Date.UTC(2023, monthNumber, 0)).getUTCDate()}`);
    expect(month.total).toBe(busiest.count);
    await settled((n) => n === month.total);
    await page.getByRole('heading', { level: 2, name: `2023年${monthNumber}月` }).waitFor({ timeout: TIMEOUT });
    expect(await seriousViolations()).toEqual([]);
    await year2023.click();
    await settled((n) => n === year.total);

    const from = dates.getByLabel('从');
    const to = dates.getByLabel('到');
    await to.fill('2024-01-05');
    const span = await between('2023-01-01', '2024-01-05');
    expect(span.total).toBeGreaterThan(year.total);
    await settled((n) => n === span.total);
    await page.getByRole('heading', { level: 2, name: '2023年1月1日至2024年1月5日' }).waitFor({ timeout: TIMEOUT });
    await expect.poll(topicCounts, { timeout: TIMEOUT }).toEqual(span.topicCounts);

    // A start after the end takes the end along: one day, not an empty range.
    await from.fill('2024-01-05');
    await to.fill('2023-12-29');
    expect(await from.inputValue()).toBe('2023-12-29');
    const day = await between('2023-12-29', '2023-12-29');
    expect(day.total).toBeGreaterThan(0);
    await settled((n) => n === day.total);

    await dates.getByRole('button', { name: '不限日期' }).click();
    await settled((n) => n === all);
    expect(await from.inputValue()).toBe('');
  });

  it('lists the people the stories name, keeps the stories naming one, and leads from a name in a story to every story naming them', async () => {
    const all = await seeSeedStories(page);
    const people = sidebar().getByRole('region', { name: '人物' });
    type Counted = { name: string; count: number }[];
    const named = async (query: string, filters: object = {}) => ((await callApi(host, 'facets', { query, filters })).body as { people: Counted }).people;
    const listedPeople = async () =>
      (await people.getByRole('list').getByRole('button').allInnerTexts()).map((text) => {
        const [, name = '', count = ''] = /^(.+?)\s+(\d+)$/.exec(text) ?? [];
        return { name, count: Number(count) };
      });
    const total = async (filters: object) => ((await callApi(host, 'listStories', { filters })).body as { total: number }).total;

    // The ten named most, then all thirty counted.
    const everyone = await named('');
    expect(everyone.length).toBeGreaterThan(10);
    await expect.poll(listedPeople, { timeout: TIMEOUT }).toEqual(everyone.slice(0, 10));
    await people.getByRole('button', { name: `再看 ${everyone.length - 10} 位` }).click();
    await expect.poll(listedPeople, { timeout: TIMEOUT }).toEqual(everyone);

    // A search counts the people of its hits.
    await page.getByRole('searchbox', { name: '搜索报道' }).fill('县');
    await expect.poll(listedPeople, { timeout: TIMEOUT }).toEqual(await named('县'));
    await page.getByRole('searchbox', { name: '搜索报道' }).fill('');
    await settled((n) => n === all);

    // Picking the person named most keeps the stories naming them; the other people count within what else is chosen.
    const [first] = everyone;
    const person = first?.name ?? '';
    await people.getByRole('button', { name: new RegExp(`^${person}\\s+\\d+$`) }).click();
    expect(await settled((n) => n === first?.count)).toBeLessThan(all);
    await page.getByRole('heading', { level: 2, name: person }).waitFor({ timeout: TIMEOUT });
    expect(await people.getByRole('button', { name: new RegExp(`^${person}`) }).getAttribute('aria-pressed')).toBe('true');
    await sidebar().getByRole('region', { name: '主题' }).getByRole('button').first().click();
    const topic = ((await callApi(host, 'facets', { query: '', filters: { person } })).body as { topics: { id: string }[] }).topics[0]?.id;
    await settled((n) => n > 0 && n <= (first?.count ?? 0));
    await expect.poll(listedPeople, { timeout: TIMEOUT }).toEqual(await named('', { topic }));
    await page.getByRole('button', { name: '清除筛选' }).click();
    await settled((n) => n === all);

    // In a story found by a search, a name leads to every story naming that person: the search and choices give way.
    await page.getByRole('searchbox', { name: '搜索报道' }).fill('茶话会');
    await settled((n) => n === 1);
    await storyList(page).getByRole('button').first().click();
    await reader().getByRole('heading', { level: 1, name: /茶话会/ }).waitFor({ timeout: TIMEOUT });
    const facts = reader().getByRole('list', { name: '地区、主题与人物' });
    const storyPeople = (await facts.getByRole('button').allInnerTexts()).filter((name) => everyone.some((p) => p.name === name) && name !== person);
    const other = storyPeople.at(-1) ?? '';
    expect(other).not.toBe('');
    await facts.getByRole('button', { name: other, exact: true }).click();
    await settled((n) => n === everyone.find((p) => p.name === other)?.count);
    expect(await page.getByRole('searchbox', { name: '搜索报道' }).inputValue()).toBe('');
    expect(await listTotal(page)).toBe(await total({ person: other }));
    expect(await people.getByRole('button', { name: new RegExp(`^${other}`) }).getAttribute('aria-pressed')).toBe('true');
    expect(await seriousViolations()).toEqual([]);

    // The choice is kept with the last view.
    await page.waitForLoadState('networkidle');
    await page.reload();
    await settled((n) => n === everyone.find((p) => p.name === other)?.count);
    expect(await people.getByRole('button', { name: new RegExp(`^${other}`) }).getAttribute('aria-pressed')).toBe('true');
  });

  it('lists under a story the stories on the same thread, and opens one', async () => {
    await seeSeedStories(page);
    await page.getByRole('searchbox', { name: '搜索报道' }).fill('茶话会');
    await settled((n) => n === 1);
    const [hit] = ((await callApi(host, 'search', { query: '茶话会' })).body as { hits: { id: number }[] }).hits;
    const expected = ((await callApi(host, 'relatedStories', { id: hit?.id, limit: 5 })).body as { title: string }[]).map((s) => s.title);
    expect(expected.length).toBeGreaterThan(1);
    await storyList(page).getByRole('button').first().click();
    const related = reader().getByRole('region', { name: '相关报道' });
    await expect.poll(() => related.getByRole('button').allInnerTexts(), { timeout: TIMEOUT }).toEqual(expected);
    await related.getByRole('button', { name: expected[1] }).click();
    await reader().getByRole('heading', { level: 1, name: expected[1] }).waitFor({ timeout: TIMEOUT });
    // The story opened names someone the first did: the thread goes back to it.
    await expect.poll(() => related.getByRole('button').allInnerTexts(), { timeout: TIMEOUT }).toContain('2024年各界人士新年茶话会举行');
    expect(await seriousViolations()).toEqual([]);

    // The same page in the dark theme: the search's marks in the list's snippets stay legible.
    await page.getByRole('button', { name: '阅读设置' }).click();
    await page.getByRole('dialog', { name: '阅读设置' }).getByRole('radio', { name: '深色' }).check();
    await expect.poll(() => rootData(page, 'theme')).toBe('dark');
    await page.getByRole('dialog', { name: '阅读设置' }).getByRole('button', { name: '关闭' }).click();
    expect(await storyList(page).locator('.snippet mark').count()).toBeGreaterThan(0);
    expect(await seriousViolations()).toEqual([]);
    await callApi(host, 'updateSettings', { theme: 'system' });
  });

  it('combines places, topics, editions and search, with counts that follow, and lays out a printed page', async () => {
    const all = await seeSeedStories(page);
    const county = await countOf(/^嘉善县\s*\d+$/);
    await sidebar().getByRole('button', { name: /^嘉善县\s*\d+$/ }).click();
    await settled((n) => n === county);
    const topicButton = sidebar().getByRole('region', { name: '主题' }).getByRole('button').first();
    const topicName = (await topicButton.innerText()).replace(/\s*\d+$/, '');
    const topicCount = Number((await topicButton.innerText()).match(/(\d+)$/)?.[1]);
    await topicButton.click();
    const both = await settled((n) => n === topicCount);
    const api = (await callApi(host, 'listStories', { filters: { region: '嘉善县', topic: await topicIdOf(topicName) } })).body as { total: number };
    expect(both).toBe(api.total);
    expect(await page.getByRole('heading', { level: 2, name: `嘉善县 · ${topicName}` }).count()).toBe(1);

    await page.getByRole('searchbox', { name: '搜索报道' }).fill('乡贤');
    const answer = (await callApi(host, 'search', { query: '乡贤', filters: { region: '嘉善县', topic: await topicIdOf(topicName) } })).body as { total: number };
    await page.getByRole('heading', { level: 2, name: `“乡贤”的搜索结果 · 嘉善县 · ${topicName}` }).waitFor({ timeout: TIMEOUT });
    const found = await settled((n) => n === answer.total);
    expect(found).toBeLessThan(both);
    const facets = (await callApi(host, 'facets', { query: '乡贤', filters: { region: '嘉善县' } })).body as { topics: { id: string; count: number }[] };
    expect(await countOf(new RegExp(`^${topicName}\\s*\\d+$`))).toBe(facets.topics.find((t) => t.count === found)?.count ?? found);

    await sidebar().getByRole('button', { name: /^清除筛选/ }).click();
    await page.getByRole('searchbox', { name: '搜索报道' }).fill('');
    await settled((n) => n === all);

    interface Node { name: string; level: string; count: number; children: Node[] }
    const tree = (await callApi(host, 'regionTree', {})).body as Node[];
    const pathTo = (nodes: Node[], trail: Node[]): Node[] | null => {
      for (const node of nodes) {
        if (node.level === 'village') return [...trail, node];
        const found = pathTo(node.children, [...trail, node]);
        if (found) return found;
      }
      return null;
    };
    const trail = pathTo(tree, []) ?? [];
    const village = trail.at(-1);
    expect(village?.level).toBe('village');
    for (const place of trail.slice(1, -1)) {
      const expand = sidebar().getByRole('button', { name: `展开${place.name}` });
      if ((await expand.count()) > 0) await expand.click();
    }
    await sidebar().getByRole('button', { name: new RegExp(`^${village?.name}\\s*${village?.count}$`) }).click();
    await settled((n) => n === village?.count);
    await sidebar().getByRole('button', { name: /^清除筛选/ }).click();
    await settled((n) => n === all);

    const day = sidebar().getByRole('button', { name: /^2023年12月29日:\d+ 篇$/ });
    await day.click();
    const dayStories = await settled((n) => n > 0 && n < all);
    expect(Number((await day.getAttribute('aria-label'))?.match(/(\d+) 篇/)?.[1])).toBe(dayStories);
    const missingDay = sidebar().locator('td.no-paper[title="2023年12月28日:无报纸"]');
    expect(await missingDay.count()).toBe(1);
    const pages = sidebar().getByRole('list', { name: /的版面$/ });
    expect(await pages.getByText('第1版(缺)').count()).toBe(1);
    await pages.getByRole('button', { name: '第3版' }).click();
    const printed = page.getByRole('region', { name: /第3版/ });
    await printed.getByRole('heading', { level: 1, name: /2023年12月29日 · 第3版/ }).waitFor({ timeout: TIMEOUT });
    const pageApi = (await callApi(host, 'listPages', {})).body as { id: number; source: string }[];
    const third = pageApi.find((p) => p.source.endsWith('嘉善版第3版.txt'));
    const onPage = (await callApi(host, 'pageStories', { pageId: third?.id })).body as { title: string }[];
    expect(await printed.getByRole('heading').getByRole('button').count()).toBe(onPage.length);
    expect(await seriousViolations()).toEqual([]);
    // 第1版 is missing from the archive: 第3版 is the first, 第4版 the next, by button or by [ and ].
    const turns = printed.getByRole('navigation', { name: '翻版' });
    expect(await turns.getByRole('button', { name: '已是第一版' }).isDisabled()).toBe(true);
    expect(Number(await computedStyle(turns.getByRole('button', { name: '已是第一版' }), 'opacity'))).toBeLessThan(1);
    await turns.getByRole('button', { name: '下一版:第4版' }).click();
    const fourth = page.getByRole('region', { name: /第4版/ });
    await fourth.getByRole('heading', { level: 1, name: /2023年12月29日 · 第4版/ }).waitFor({ timeout: TIMEOUT });
    // The sidebar's list of pages marks the page shown.
    expect(await pages.getByRole('button', { name: '第4版' }).getAttribute('aria-current')).toBe('page');
    expect(await pages.getByRole('button', { name: '第3版' }).getAttribute('aria-current')).toBeNull();
    expect(await fourth.getByRole('button', { name: '已是最后一版' }).isDisabled()).toBe(true);
    await page.keyboard.press('[');
    await printed.waitFor({ timeout: TIMEOUT });
    await page.keyboard.press(']');
    await fourth.waitFor({ timeout: TIMEOUT });
    await page.keyboard.press('[');
    const lead = printed.locator('.page-lead h2');
    const leadTitle = await lead.innerText();
    await lead.getByRole('button').click();
    await reader().getByRole('heading', { level: 1, name: leadTitle }).waitFor({ timeout: TIMEOUT });
    // p: the open story's page, and back to the story.
    await page.keyboard.press('p');
    await printed.getByRole('heading', { level: 2, name: leadTitle }).waitFor({ timeout: TIMEOUT });
    await page.keyboard.press('p');
    await reader().getByRole('heading', { level: 1, name: leadTitle }).waitFor({ timeout: TIMEOUT });
  });

  it('pages through the list as it scrolls, and multi-selects stories for export with progress and a download', async () => {
    const all = await seeSeedStories(page);
    const rows = storyList(page).locator(':scope > li');
    expect(await rows.count()).toBeLessThan(all);
    await findInList(page, STORY_OF_SEARCH);
    const last = Number(await rows.last().getAttribute('aria-posinset'));
    expect(last).toBeGreaterThan(await rows.count());

    await storyList(page).locator('xpath=..').evaluate((scroller) => scroller.scrollTo({ top: 0 }));
    // The virtual list re-renders after the scroll; clicking before it settles would hit rows that are about to move.
    await expect.poll(() => rows.first().getAttribute('aria-posinset'), { timeout: TIMEOUT }).toBe('1');
    const boxes = storyList(page).getByRole('checkbox');
    await boxes.nth(0).click();
    await boxes.nth(3).click({ modifiers: ['Shift'] });
    await page.getByText('已选 4 篇').waitFor({ timeout: TIMEOUT });
    await boxes.nth(1).click();
    await page.getByText('已选 3 篇').waitFor({ timeout: TIMEOUT });

    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog', { name: '导出 PDF' });
    await dialog.getByText('勾选的 3 篇报道').waitFor({ timeout: TIMEOUT });
    await dialog.getByLabel('标题').fill('西塘剪报');
    await dialog.getByLabel('每篇另起一页').check();
    expect(await seriousViolations()).toEqual([]);
    await dialog.getByRole('button', { name: '开始导出' }).click();
    const link = dialog.getByRole('link', { name: '下载 PDF' });
    await link.waitFor({ timeout: 30_000 });
    expect(await dialog.getByRole('status').innerText()).toMatch(/已导出 3 篇报道,共 \d+ 页/);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const saved = join(host.dir, 'book.pdf');
    await download.saveAs(saved);
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(saved).subarray(0, 5).toString()).toBe('%PDF-');
    await dialog.getByRole('button', { name: '关闭' }).click();

    await page.getByRole('checkbox', { name: /^已选 3 篇$/ }).click();
    await page.getByText(`已选 ${all} 篇`).waitFor({ timeout: TIMEOUT });
    await page.getByRole('button', { name: '导出 PDF' }).click();
    await page.getByRole('dialog', { name: '导出 PDF' }).getByText(`当前列表的 ${all} 篇报道`).waitFor({ timeout: TIMEOUT });
    // The last export's choices are offered again, also after a reload; the title names one book and is not kept.
    for (const reload of [false, true]) {
      if (reload) {
        await page.reload();
        await seeSeedStories(page);
        await page.keyboard.press('Control+e');
      }
      expect(await dialog.getByLabel('每篇另起一页').isChecked()).toBe(true);
      expect(await dialog.getByLabel('标题').inputValue()).toBe('剪报集');
    }
    await callApi(host, 'updateSettings', { exportOptions: { paper: 'a4', columns: 1, newPage: false, includeNotes: true } });
  });
  it('scrolls through 100,000 stories, fetching only the blocks in view', async () => {
    const TOTAL = 100_000;
    const asked: number[] = [];
    await page.route('**/api/listStories', async (route) => {
      const { offset = 0, limit = 50 } = JSON.parse(route.request().postData() ?? '{}') as { offset?: number; limit?: number };
      asked.push(offset);
      const items = Array.from({ length: Math.max(0, Math.min(limit, TOTAL - offset)) }, (_, i) => ({
        id: offset + i + 1,
        key: `k${offset + i + 1}`,
        kind: 'article',
        section: null,
        kicker: null,
        title: `第${offset + i + 1}篇报道`,
        subtitle: null,
        region: { province: '浙江省', city: '嘉兴市', county: '嘉善县', town: null, village: null },
        topics: ['economy'],
        date: '2024-01-02',
        editionId: 1,
        pageId: 1,
        bookmarked: false,
        read: false,
      }));
      await route.fulfill({ json: { total: TOTAL, items } });
    });
    await page.reload();
    await settled((n) => n === TOTAL);
    const scroller = storyList(page).locator('xpath=..');
    // Rows are measured as they render, so the list's height settles while it is scrolled: keep going to the end as a reader would.
    const last = storyList(page).getByRole('button', { name: `第${TOTAL}篇报道` });
    await expect
      .poll(
        async () => {
          await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
          return last.count();
        },
        { timeout: TIMEOUT },
      )
      .toBe(1);
    await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight / 2 }));
    await storyList(page).getByRole('button', { name: /^第5\d{4}篇报道$/ }).first().waitFor({ timeout: TIMEOUT });
    expect(await storyList(page).locator(':scope > li').count()).toBeLessThan(60);
    expect(new Set(asked).size).toBeLessThan(10);
    await page.keyboard.press('j');
    await reader().getByRole('heading', { level: 1 }).waitFor({ timeout: TIMEOUT });
  });
});

describe('keeping stories', () => {
  it('clips a passage with a note, keeps stories in collections, renames, reorders, deletes and undoes', async () => {
    await seeSeedStories(page);
    const make = async (name: string) => {
      await sidebar().getByRole('textbox', { name: '剪报本名称' }).fill(name);
      await sidebar().getByRole('button', { name: '创建' }).click();
      await sidebar().getByRole('button', { name: new RegExp(`^${name}\\s*0$`) }).waitFor({ timeout: TIMEOUT });
    };
    await make('乡村振兴');
    await make('古镇');
    await openStory(page, STORY_OF_SEARCH);
    await reader().getByRole('combobox', { name: '加入剪报本' }).selectOption({ label: '古镇' });
    await sidebar().getByRole('button', { name: /^古镇\s*1$/ }).waitFor({ timeout: TIMEOUT });
    await reader().getByRole('list', { name: '所在剪报本' }).getByText('古镇').waitFor();

    const paragraph = reader().locator('.story-body p').nth(1);
    await expect.poll(() => page.locator('[aria-busy="true"]').count(), { timeout: TIMEOUT }).toBe(0);
    await selectLeadingText(paragraph, 8);
    const quote = (await paragraph.innerText()).slice(0, 8);
    const draft = page.getByRole('form', { name: '摘录所选文字' });
    await draft.getByText(quote).waitFor({ timeout: TIMEOUT });
    await draft.getByLabel('摘录笔记').fill('写进乡贤专题');
    await draft.getByRole('button', { name: '保存摘录' }).click();
    const clips = page.getByRole('region', { name: '本文摘录' });
    await clips.getByText(quote).waitFor({ timeout: TIMEOUT });
    const stored = (await callApi(host, 'listClippings', {})).body as { quote: string; note: string }[];
    expect(stored).toEqual([expect.objectContaining({ quote, note: '写进乡贤专题' })]);
    // The passage copies with the story's reference under it, to quote in an article.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
    await clips.getByRole('button', { name: '复制引文' }).click();
    const title = await reader().getByRole('heading', { level: 1 }).innerText();
    await expect.poll(async () => (await page.evaluate<string>('navigator.clipboard.readText()')).split('\n')[0]).toBe(`“${quote}”`);
    const [, source] = (await page.evaluate<string>('navigator.clipboard.readText()')).split('\n');
    expect(source).toContain(`${title}[N]`);
    await page.getByText(`已复制引文及出处:${source}`).waitFor({ timeout: TIMEOUT });
    const clipped = sidebar().getByRole('list', { name: '摘录' });
    await clipped.getByRole('button', { name: new RegExp(`${quote}.*写进乡贤专题`) }).waitFor({ timeout: TIMEOUT });
    await sidebar().getByRole('button', { name: '导出全部摘录…' }).click();
    await page.getByRole('dialog', { name: '导出 PDF' }).getByText('全部 1 条摘录').waitFor({ timeout: TIMEOUT });
    await page.keyboard.press('Escape');

    const names = () => sidebar().locator('.collections .facet-name').allInnerTexts();
    const before = await names();
    await sidebar().getByRole('button', { name: `下移${before[0]}` }).click();
    await expect.poll(names).toEqual([before[1], before[0]]);
    await sidebar().getByRole('button', { name: '重命名古镇' }).click();
    await sidebar().getByRole('textbox', { name: '重命名古镇' }).fill('西塘古镇');
    await sidebar().getByRole('textbox', { name: '重命名古镇' }).press('Enter');
    await sidebar().getByRole('button', { name: /^西塘古镇\s*1$/ }).click();
    await settled((n) => n === 1);
    expect(await seriousViolations()).toEqual([]);

    await sidebar().getByRole('button', { name: '删除西塘古镇' }).click();
    await page.getByRole('status').filter({ hasText: '已删除剪报本“西塘古镇”' }).getByRole('button', { name: '撤销' }).click();
    await sidebar().getByRole('button', { name: /^西塘古镇\s*1$/ }).waitFor({ timeout: TIMEOUT });
    // Back in the place the reader had moved it to, not where a new collection would go.
    expect(before).toEqual(['古镇', '乡村振兴']);
    await expect.poll(names).toEqual(['乡村振兴', '西塘古镇']);
  });

  it('imports from the toolbar with counts, and lists the files it skipped and why', async () => {
    const before = await seeSeedStories(page);
    const folder = join(host.dir, 'more');
    mkdirSync(folder);
    const page1 = join(ROOT, 'tests/unit/export/fixtures/2024-01-05/嘉善版第1版.txt');
    writeAnotherPage(page1, join(folder, '2024-02-01-嘉善版第1版.txt'), '二月');
    cpSync(page1, join(folder, 'copy.txt'));
    writeFileSync(join(folder, 'broken.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 0, 0, 7, 8]));
    await page.getByRole('button', { name: '导入…' }).click();
    const dialog = page.getByRole('dialog', { name: '导入版面' });
    await dialog.getByLabel('本机上的文件夹或文件路径').fill(folder);
    await dialog.getByRole('button', { name: '导入', exact: true }).click();
    await dialog.getByText(/导入完成/).waitFor({ timeout: TIMEOUT });
    const skipped = dialog.getByRole('list', { name: '未导入的文件及原因' });
    expect(await skipped.innerText()).toMatch(/broken\.txt:\S+/);
    const copies = dialog.getByRole('list', { name: '与书库中版面相同的文件' });
    expect(await copies.innerText()).toBe(`${join(folder, 'copy.txt')}:与 ${join(host.dir, 'dated', '2024-01-05', '嘉善版第1版.txt')} 相同`);
    await expect.poll(() => listTotal(page)).toBeGreaterThan(before);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });
});

async function topicIdOf(label: string): Promise<string> {
  const { TOPIC_NAMES } = await import('../../renderer/i18n/messages');
  return Object.entries(TOPIC_NAMES.zh).find(([, name]) => name === label)?.[0] ?? label;
}
