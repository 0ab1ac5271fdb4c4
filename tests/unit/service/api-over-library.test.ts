import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GazetteerMissingError } from '../../../electron/core/enrich/gazetteer';
import { dispatch } from '../../../electron/core/service/dispatch';
import { EventHub } from '../../../electron/core/service/event-hub';
import { createHandlers, settingsHandlers, type Handlers } from '../../../electron/core/service/handlers';
import { handlersOnceReady } from '../../../electron/core/service/handlers-once-ready';
import { ImportRunner } from '../../../electron/core/service/import-runner';
import { LastViewStore } from '../../../electron/core/service/last-view-store';
import { openAppLibrary } from '../../../electron/core/service/open-app-library';
import { SettingsStore } from '../../../electron/core/service/settings-store';
import { NewerLibraryError, type Library } from '../../../electron/core/library';
import { API, type ApiEvent, type ApiMethod } from '../../../electron/shared/api';

const seeds = fileURLToPath(new URL('../../../seeds', import.meta.url));
let library: Library;
let handlers: Handlers;
const events: { event: ApiEvent; payload: unknown }[] = [];
const dir = mkdtempSync(join(tmpdir(), 'bs-api-'));

beforeAll(async () => {
  const opened = await openAppLibrary(join(dir, 'library.db'), seeds);
  expect(opened.seeded).toBe(true);
  library = opened.library;
  const hub = new EventHub();
  hub.subscribe((event, payload) => events.push({ event, payload }));
  handlers = createHandlers({ version: '0.0.0', library, settings: new SettingsStore(join(dir, 'settings.json')), lastView: new LastViewStore(join(dir, 'last-view.json')), imports: new ImportRunner(library, hub) });
});
afterAll(() => library.close());

/** Calls a method as a transport would and checks the answer against the contract's output schema. */
async function call(method: ApiMethod, input: unknown): Promise<unknown> {
  const result = await dispatch(handlers, method, input, () => undefined);
  if (!result.ok) throw new Error(result.error.message);
  const checked = API[method].output.safeParse(result.value);
  expect(checked.success, `${method} answers in the contract's shape: ${checked.error?.message ?? ''}`).toBe(true);
  return result.value;
}

describe('the API over a library seeded on first start', () => {
  it('answers every read method in the shape the contract promises', async () => {
    const stories = (await call('listStories', {})) as { total: number; items: { id: number; pageId: number; editionId: number }[] };
    expect(stories.total).toBeGreaterThan(0);
    const first = stories.items[0];
    if (!first) throw new Error('no stories');
    await call('search', { query: '乡贤' });
    await call('facets', { query: '嘉善' });
    await call('regionTree', {});
    await call('getStory', { id: first.id });
    await call('listEditions', {});
    await call('listPages', { editionId: first.editionId });
    await call('pageStories', { pageId: first.pageId });
    const cited = (await call('citeSelection', { selection: { kind: 'search', query: '乡贤' } })) as { references: string[] };
    expect(cited.references.length).toBe(((await call('search', { query: '乡贤' })) as { total: number }).total);
    await call('appInfo', {});
    await call('getSettings', {});
    expect(await call('getLastView', {})).toBeNull();
    const view = { query: '乡贤', scope: { editionId: first.editionId }, sort: 'relevance', story: { id: first.id, index: 0 }, page: first.pageId, scroll: 0.25, recentSearches: ['乡贤'] };
    await call('saveLastView', view);
    expect(await call('getLastView', {})).toEqual(view);
  });

  it("marks where the query's terms occur in a story as search finds them, folded, exclusions left out", async () => {
    const term = '西塘镇';
    const found = (await call('search', { query: term, limit: 1 })) as { hits: { id: number }[] };
    const id = found.hits[0]?.id;
    if (id === undefined) throw new Error(`the seeds have no story with ${term}`);
    const occurrences = (text: string) => {
      const ranges: [number, number][] = [];
      for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) ranges.push([at, at + term.length]);
      return ranges;
    };
    type Ranges = [number, number][];
    type Detail = { article: { title: string; caption: string | null; paragraphs: string[] }; matches: { title: Ranges; caption: Ranges; paragraphs: Ranges[] } };
    const story = (await call('getStory', { id, query: '西塘鎮 -乡贤' })) as Detail;
    expect(story.matches.paragraphs).toEqual(story.article.paragraphs.map(occurrences));
    expect(story.matches.title).toEqual(occurrences(story.article.title));
    expect(story.matches.caption).toEqual(occurrences(story.article.caption ?? ''));
    expect([...story.matches.paragraphs.flat(), ...story.matches.title, ...story.matches.caption].length).toBeGreaterThan(0);
    const plain = (await call('getStory', { id })) as Detail;
    expect(plain.matches).toEqual({ title: [], caption: [], paragraphs: story.article.paragraphs.map(() => []) });
  });

  it('keeps bookmarks, collections and clippings', async () => {
    const id = ((await call('search', { query: '乡贤' })) as { hits: { id: number }[] }).hits[0]?.id ?? 0;
    await call('setBookmark', { storyId: id, on: true });
    expect(await call('listBookmarks', {})).toEqual([expect.objectContaining({ storyId: id })]);
    const collection = (await call('createCollection', { name: '统战' })) as { id: number };
    await call('addToCollection', { collectionId: collection.id, storyId: id });
    expect(await call('listCollections', {})).toEqual([expect.objectContaining({ name: '统战', count: 1 })]);
    const clipping = (await call('addClipping', { storyId: id, paragraph: 0, start: 0, end: 4, note: '开头' })) as { quote: string; id: number };
    expect(clipping.quote).toHaveLength(4);
    await call('updateClippingNote', { id: clipping.id, note: '改过' });
    expect(await call('listClippings', { storyId: id })).toEqual([expect.objectContaining({ note: '改过' })]);
    await call('markRead', { id });
    expect(await call('getStory', { id })).toMatchObject({ bookmarked: true, read: true, collections: [{ name: '统战' }] });

    const unread = async () => ((await call('listStories', { filters: { unread: true }, limit: 1 })) as { total: number }).total;
    const before = await unread();
    const all = (await call('markAllRead', { query: '', filters: { unread: true } })) as { marked: number; batch: string };
    expect(all.marked).toBe(before);
    expect(await unread()).toBe(0);
    expect(await call('undoMarkAllRead', { batch: all.batch })).toEqual({ unmarked: before });
    expect(await unread()).toBe(before);
  });

  it('keeps a reading history of the stories opened, newest first, until it is cleared', async () => {
    const listed = (await call('listStories', { limit: 2 })) as { items: { id: number }[] };
    const [a, b] = listed.items.map((s) => s.id);
    if (a === undefined || b === undefined) throw new Error('two stories needed');
    await call('storyOpened', { id: a });
    await call('storyOpened', { id: b });
    const history = (await call('listStories', { filters: { opened: true }, sort: 'opened' })) as { items: { id: number; read: boolean; openedAt: string | null }[] };
    expect(history.items.map((s) => [s.id, s.read])).toEqual([
      [b, true],
      [a, true],
    ]);
    expect(await call('clearReadingHistory', {})).toEqual({ cleared: 2 });
    expect(await call('listStories', { filters: { opened: true } })).toMatchObject({ total: 0 });
    expect(await dispatch(handlers, 'storyOpened', { id: 'a' })).toMatchObject({ ok: false, error: { kind: 'invalid-input', message: expect.stringMatching(/^Invalid input for storyOpened: id/) } });
    expect(await dispatch(handlers, 'storyOpened', { id: 987654 })).toMatchObject({ ok: false, error: { kind: 'failed', message: 'there is no story with id 987654' } });
  });

  it('names the sample pages while the library holds them, and they are taken out as a folder is', async () => {
    const own = mkdtempSync(join(tmpdir(), 'bs-api-samples-'));
    const { library: sampled } = await openAppLibrary(join(own, 'library.db'), seeds);
    const withSamples = createHandlers({ version: '0', library: sampled, settings: new SettingsStore(join(own, 's.json')), lastView: new LastViewStore(join(own, 'v.json')), imports: new ImportRunner(sampled, new EventHub()), seedsDir: seeds });
    const info = async () => {
      const result = await dispatch(withSamples, 'appInfo', {});
      if (!result.ok) throw new Error(result.error.message);
      expect(API.appInfo.output.safeParse(result.value).success).toBe(true);
      return result.value as { samples: unknown; stats: { stories: number } };
    };
    const before = await info();
    expect(before.samples).toEqual({ path: seeds, stories: before.stats.stories });
    expect(await dispatch(withSamples, 'removePages', { paths: [seeds] })).toMatchObject({ ok: true, value: { pages: 5, stories: before.stats.stories } });
    expect(await info()).toMatchObject({ samples: null, stats: { stories: 0 } });
    sampled.close();
  });

  it('imports with progress events, one import at a time', async () => {
    events.length = 0;
    const summary = (await call('importPaths', { paths: [seeds] })) as { skipped: number; pages: number };
    expect(summary).toMatchObject({ pages: 0, skipped: 5 });
    expect(events.map((e) => e.event)).toContain('importProgress');
    expect(events.at(-1)).toMatchObject({ event: 'importFinished', payload: summary });
    const running = dispatch(handlers, 'importPaths', { paths: [seeds] });
    const second = await dispatch(handlers, 'importPaths', { paths: [seeds] });
    expect(second).toMatchObject({ ok: false, error: { kind: 'failed', message: expect.stringMatching(/already running/) } });
    await running;
  });

  it("shows a core error written for the user as it is, and anything else as unexpected without its details", async () => {
    const logged: string[] = [];
    const failing = (err: Error): Handlers => ({ ...handlers, regionTree: () => { throw err; } });
    const missing = new GazetteerMissingError('/nowhere/gazetteer.json', 'ENOENT');
    expect(await dispatch(failing(missing), 'regionTree', {}, (m) => logged.push(m))).toEqual({ ok: false, error: { kind: 'failed', message: missing.message } });
    expect(logged).toEqual([]);
    const bug = await dispatch(failing(new TypeError('x is undefined')), 'regionTree', {}, (m) => logged.push(m));
    expect(bug).toMatchObject({ ok: false, error: { kind: 'internal', message: 'regionTree failed unexpectedly: x is undefined' } });
    expect(logged).toEqual([expect.stringContaining('TypeError: x is undefined')]);
  });

  it('turns bad input and refused requests into failures with a sentence, not exceptions', async () => {
    expect(await dispatch(handlers, 'getStory', { id: 0 })).toMatchObject({ ok: false, error: { kind: 'invalid-input', message: expect.stringMatching(/^Invalid input for getStory: id/) } });
    expect(await dispatch(handlers, 'constructor', {})).toMatchObject({ ok: false, error: { kind: 'unknown-method' } });
    expect(await dispatch(handlers, 'setBookmark', { storyId: 999999, on: true })).toMatchObject({ ok: false, error: { kind: 'failed', message: expect.stringContaining('999999') } });
    expect(await dispatch(handlers, 'pickImportPaths', { kind: 'folder' })).toMatchObject({ ok: false, error: { kind: 'unavailable' } });
    expect(await dispatch(handlers, 'saveLastView', { query: '', scope: { pageId: 3 }, sort: 'date', story: null })).toMatchObject({
      ok: false,
      error: { kind: 'invalid-input', message: expect.stringMatching(/^Invalid input for saveLastView: scope/) },
    });
    expect(await dispatch(handlers, 'exportPdf', { selection: { kind: 'bookmarks' } })).toMatchObject({ ok: false, error: { kind: 'unavailable' } });
    expect(await dispatch(handlers, 'exportPdf', { selection: { kind: 'everything' } })).toMatchObject({ ok: false, error: { kind: 'invalid-input' } });
    expect(await dispatch(handlers, 'removePages', { paths: [] })).toMatchObject({ ok: false, error: { kind: 'invalid-input', message: expect.stringMatching(/^Invalid input for removePages: paths/) } });
    expect(await dispatch(handlers, 'removePages', { paths: [''] })).toMatchObject({ ok: false, error: { kind: 'invalid-input' } });
    expect(await dispatch(handlers, 'citeSelection', { selection: { kind: 'stories', ids: [] } })).toMatchObject({ ok: false, error: { kind: 'invalid-input' } });
    expect(await dispatch(handlers, 'citeSelection', { selection: { kind: 'stories', ids: [987654] } })).toMatchObject({ ok: false, error: { kind: 'failed', message: 'there is no story with id 987654' } });
  });

  it('answers settings while the library is still opening, and other calls once it is open or with why it could not', async () => {
    let open!: (value: Handlers) => void;
    const pending = handlersOnceReady(new Promise<Handlers>((resolve) => (open = resolve)));
    let answered = false;
    const early = dispatch(pending, 'appInfo', {}).then((result) => ((answered = true), result));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(answered).toBe(false);
    open(handlers);
    expect(await early).toMatchObject({ ok: true, value: { libraryFile: library.file } });

    const settings = new SettingsStore(join(dir, 'meanwhile.json'));
    const stillOpening = handlersOnceReady(new Promise<Handlers>(() => undefined), settingsHandlers(settings));
    expect(await dispatch(stillOpening, 'updateSettings', { language: 'en' })).toMatchObject({ ok: true, value: { language: 'en' } });
    expect(await dispatch(stillOpening, 'getSettings', {})).toMatchObject({ ok: true, value: { language: 'en' } });

    const newer = new NewerLibraryError('/x/library.db', 99);
    const failed = handlersOnceReady(Promise.reject(newer));
    expect(await dispatch(failed, 'listStories', {})).toEqual({ ok: false, error: { kind: 'failed', message: newer.message } });
  });
});
