import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Library, LibraryError } from '../../../electron/core/library';
import { article, page, tempDir } from './article-fixtures';

let library: Library;
let id: number;
beforeEach(() => {
  library = Library.open(join(tempDir(), 'user.db'));
  library.importParsedPages([page('a.txt', [article({ title: '西塘新闻', paragraphs: ['第一段文字。', '第二段:西塘古镇。'] })])]);
  id = library.listStories().items[0]?.id ?? 0;
});
afterEach(() => library.close());

describe('clippings', () => {
  it('quotes the clipped characters and keeps an editable note', () => {
    const c = library.addClipping({ storyId: id, paragraph: 1, start: 4, end: 8, note: '好' });
    expect(c).toMatchObject({ quote: '西塘古镇', note: '好', title: '西塘新闻', storyId: id });
    const edited = library.updateClippingNote(c.id, '改过的笔记');
    expect(edited.note).toBe('改过的笔记');
    expect(library.getStory(id)?.clippings.map((x) => x.note)).toEqual(['改过的笔记']);
    library.deleteClipping(c.id);
    expect(library.listClippings()).toEqual([]);
  });

  it('refuses clippings outside the story', () => {
    expect(() => library.addClipping({ storyId: id, paragraph: 5, start: 0, end: 1 })).toThrow(/no paragraph 5/);
    expect(() => library.addClipping({ storyId: id, paragraph: 0, start: 0, end: 99 })).toThrow(/past the paragraph/);
    expect(() => library.addClipping({ storyId: id, paragraph: 0, start: 3, end: 3 })).toThrow(/ends after it starts/);
    expect(() => library.addClipping({ storyId: 999, paragraph: 0, start: 0, end: 1 })).toThrow(LibraryError);
  });
});

describe('collections', () => {
  it('are created, renamed, filled, searched within and deleted', () => {
    const c = library.createCollection('  古镇  ');
    expect(c.name).toBe('古镇');
    expect(() => library.createCollection('古镇')).toThrow(/already a collection/);
    library.renameCollection(c.id, '水乡');
    library.addToCollection(c.id, id);
    library.addToCollection(c.id, id);
    expect(library.listCollections()).toEqual([{ id: c.id, name: '水乡', createdAt: c.createdAt, count: 1 }]);
    expect(library.search({ query: '西塘', filters: { collectionId: c.id } }).total).toBe(1);
    library.removeFromCollection(c.id, id);
    expect(library.search({ query: '西塘', filters: { collectionId: c.id } }).total).toBe(0);
    library.deleteCollection(c.id);
    expect(library.listCollections()).toEqual([]);
  });
});

describe('read state and bookmarks', () => {
  it('are reported on the story and can be undone', () => {
    library.markRead(id);
    library.setBookmark(id, true);
    expect(library.getStory(id)).toMatchObject({ read: true, bookmarked: true });
    library.markRead(id, false);
    library.setBookmark(id, false);
    expect(library.getStory(id)).toMatchObject({ read: false, bookmarked: false, readAt: null });
    expect(library.listBookmarks()).toEqual([]);
  });

  it('filter searches after the library is opened again', () => {
    const file = join(tempDir(), 'reopened.db');
    const first = Library.open(file);
    first.importParsedPages([page('b.txt', ['甲', '乙', '丙'].map((t) => article({ title: `西塘${t}`, paragraphs: ['正文。'] })))]);
    const idOf = (title: string) => first.listStories().items.find((s) => s.title === title)?.id ?? -1;
    first.setBookmark(idOf('西塘甲'), true);
    first.markRead(idOf('西塘乙'));
    first.close();
    const reopened = Library.open(file);
    const titles = (filters: Parameters<Library['search']>[0]['filters']) => reopened.search({ query: '西塘', filters }).hits.map((h) => h.title).sort();
    expect(titles({ bookmarked: true })).toEqual(['西塘甲']);
    expect(titles({ unread: true })).toEqual(['西塘丙', '西塘甲']);
    reopened.close();
  });
});

describe('marking all read', () => {
  it('marks the unread stories of a search read together, and an undo makes them unread again unless read since', () => {
    const file = join(tempDir(), 'all-read.db');
    const lib = Library.open(file);
    lib.importParsedPages([page('c.txt', ['甲', '乙', '丙', '丁'].map((t) => article({ title: `西塘${t}`, paragraphs: ['正文。'] })).concat(article({ title: '平湖', paragraphs: ['正文。'] })))]);
    const idOf = (title: string) => lib.listStories().items.find((s) => s.title === title)?.id ?? -1;
    const unread = (query: string) => lib.search({ query, filters: { unread: true } }).hits.map((h) => h.title).sort();
    lib.markRead(idOf('西塘甲'));

    const { marked, batch } = lib.markAllRead('西塘');
    expect(marked).toBe(3);
    expect(unread('西塘')).toEqual([]);
    expect(unread('平湖')).toEqual(['平湖']);
    expect(lib.markAllRead('西塘').marked).toBe(0);

    lib.markRead(idOf('西塘乙'));
    expect(lib.undoMarkAllRead(batch)).toBe(2);
    expect(unread('西塘')).toEqual(['西塘丁', '西塘丙']);
    expect(lib.getStory(idOf('西塘甲'))?.read).toBe(true);
    lib.close();

    const reopened = Library.open(file);
    expect(reopened.search({ query: '西塘', filters: { unread: true } }).total).toBe(2);
    reopened.close();
  });

  it('takes the filters of a list, and refuses bad ones without marking anything', () => {
    expect(() => library.markAllRead('', { topic: 'gardening' as 'culture' })).toThrow(LibraryError);
    expect(library.getStory(id)?.read).toBe(false);
    expect(library.markAllRead('', {}).marked).toBe(1);
    expect(library.getStory(id)?.read).toBe(true);
  });
});

describe('reading history', () => {
  const titles = (items: { title: string }[]) => items.map((s) => s.title);
  const fourStories = (lib: Library) => {
    lib.importParsedPages([page('h.txt', ['甲', '乙', '丙', '丁'].map((t, i) => article({ title: `西塘${t}`, paragraphs: ['正文。'], date: `2024-01-0${i + 1}` })))]);
    return (title: string) => lib.listStories().items.find((s) => s.title === title)?.id ?? -1;
  };

  it('holds the stories opened, the one opened last first, through a re-import and a reopen; marking read is not opening', () => {
    const file = join(tempDir(), 'history.db');
    const lib = Library.open(file);
    const idOf = fourStories(lib);
    lib.storyOpened(idOf('西塘乙'));
    lib.storyOpened(idOf('西塘丁'));
    lib.storyOpened(idOf('西塘乙'));
    lib.markRead(idOf('西塘甲'));
    lib.markAllRead('西塘');

    const history = lib.listStories({ opened: true }, 0, 50, 'opened').items;
    expect(titles(history)).toEqual(['西塘乙', '西塘丁']);
    expect(history.every((s) => s.read && s.openedAt !== null)).toBe(true);
    expect(Date.parse(history[0]?.openedAt ?? '')).toBeGreaterThan(Date.parse(history[1]?.openedAt ?? ''));
    expect(lib.getStory(idOf('西塘甲'))?.openedAt).toBeNull();
    // Every story by when it was opened: the history first, then the rest newest first.
    expect(titles(lib.listStories({}, 0, 50, 'opened').items)).toEqual(['西塘乙', '西塘丁', '西塘丙', '西塘甲']);
    expect(titles(lib.listStories({}, 1, 2, 'opened').items)).toEqual(['西塘丁', '西塘丙']);
    expect(lib.search({ query: '西塘', sort: 'opened' })).toMatchObject({ ranking: 'opened', total: 4 });
    expect(titles(lib.search({ query: '西塘', sort: 'opened', filters: { opened: false } }).hits)).toEqual(['西塘丙', '西塘甲']);

    lib.importParsedPages([page('h.txt', ['甲', '乙', '丙', '丁', '戊'].map((t, i) => article({ title: `西塘${t}`, paragraphs: ['正文。'], date: `2024-01-0${i + 1}` })))]);
    expect(titles(lib.listStories({ opened: true }, 0, 50, 'opened').items)).toEqual(['西塘乙', '西塘丁']);
    lib.close();
    const reopened = Library.open(file);
    expect(titles(reopened.search({ query: '西塘', filters: { opened: true }, sort: 'opened' }).hits)).toEqual(['西塘乙', '西塘丁']);
    reopened.close();
  });

  it('is emptied on request, leaving the stories read', () => {
    const idOf = fourStories(library);
    library.storyOpened(idOf('西塘甲'));
    library.storyOpened(id);
    expect(library.clearReadingHistory()).toBe(2);
    expect(library.listStories({ opened: true }).total).toBe(0);
    expect(library.listStories({}, 0, 50, 'opened').items.every((s) => s.openedAt === null)).toBe(true);
    expect(library.getStory(idOf('西塘甲'))?.read).toBe(true);
    expect(library.clearReadingHistory()).toBe(0);
  });

  it('refuses a story that is not in the library, changing nothing', () => {
    expect(() => library.storyOpened(999)).toThrow(/no story with id 999/);
    expect(library.listStories({ opened: true }).total).toBe(0);
    expect(library.getStory(id)?.read).toBe(false);
  });
});

describe('browsing', () => {
  it('lists editions, pages and the stories of a page', () => {
    const [edition] = library.listEditions();
    expect(edition).toMatchObject({ name: '嘉善版', pages: 1, stories: 1 });
    const [p] = library.listPages(edition?.id);
    expect(p).toMatchObject({ source: 'a.txt', stories: 1, unplaced: [] });
    expect(library.pageStories(p?.id ?? 0).map((s) => s.title)).toEqual(['西塘新闻']);
  });
});

describe('untitled photo news', () => {
  it('is listed with its caption, and a bookmark or clipping keeps it named by the caption after it has left the library', () => {
    const caption = '金色稻田泛起阵阵稻浪,收割机在田里来回穿梭。';
    const photos = (captions: string[]) => captions.map((c) => article({ kind: 'photo', title: '', caption: c, paragraphs: [c] }));
    library.importParsedPages([page('b.txt', [...photos([caption, '街头亮起一盏盏反诈街灯。']), article({ title: '有标题的报道', paragraphs: ['正文。'] })])]);
    const items = library.listStories({ editionId: library.getStory(id)?.editionId }).items;
    expect(items.filter((s) => s.kind === 'photo').map((s) => s.caption).sort()).toEqual([caption, '街头亮起一盏盏反诈街灯。'].sort());
    expect(items.filter((s) => s.kind === 'article').map((s) => s.caption)).toEqual([null, null]);

    const photo = items.find((s) => s.caption === caption)?.id ?? 0;
    library.setBookmark(photo, true);
    library.addClipping({ storyId: photo, paragraph: 0, start: 0, end: 4 });
    library.importParsedPages([page('b.txt', [article({ title: '改版后的报道', paragraphs: ['正文。'] })])]);
    const [bookmark] = library.listBookmarks();
    expect(bookmark).toMatchObject({ storyId: null });
    expect(bookmark?.title).toMatch(/^图片新闻：金色稻田泛起阵阵稻浪/);
    expect(bookmark?.title).not.toContain('来回穿梭');
    expect(library.listClippings()[0]).toMatchObject({ storyId: null, title: bookmark?.title, quote: '金色稻田' });
  });
});
