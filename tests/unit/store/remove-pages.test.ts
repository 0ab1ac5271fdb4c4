import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../electron/core/library';
import type { PageReader } from '../../../electron/core/import/import-files';
import { article, page, tempDir } from './article-fixtures';

/** Each file is one story titled by its first line, dated by its second. */
const readDated: PageReader = (text, source) => {
  const [title = '', date = null] = text.trim().split('\n');
  return page(source, [article({ title, paragraphs: [`${title}的正文。`] })], date);
};

/** Two counties' folders, and a third whose name merely starts like the first. */
function archive(): { dir: string; library: Library; jiashan: string; pinghu: string; jiashan2: string } {
  const dir = tempDir();
  const folders = { jiashan: join(dir, '嘉善版'), pinghu: join(dir, '平湖版'), jiashan2: join(dir, '嘉善版2') };
  for (const f of Object.values(folders)) mkdirSync(f);
  writeFileSync(join(folders.jiashan, '1.txt'), '西塘古镇迎客\n2024-01-05');
  writeFileSync(join(folders.jiashan, '2.txt'), '姚庄新村落成\n2024-01-06');
  writeFileSync(join(folders.pinghu, '1.txt'), '平湖西瓜灯节\n2024-01-05');
  writeFileSync(join(folders.jiashan2, '1.txt'), '嘉善版二号\n2024-02-01');
  return { dir, library: Library.open(join(dir, 'lib.db'), { readPage: readDated }), ...folders };
}

const titles = (library: Library) => library.listStories().items.map((s) => s.title).sort();

describe('removing pages from the library', () => {
  it('takes out every page under a folder, and nothing under a folder whose name merely starts the same', async () => {
    const { library, jiashan, pinghu, jiashan2 } = archive();
    await library.importPaths([jiashan, pinghu, jiashan2]);
    expect(library.search({ query: '西塘' }).total).toBe(1);

    expect(library.removePages([jiashan])).toEqual({ pages: 2, stories: 2, notFound: [] });
    expect(titles(library)).toEqual(['嘉善版二号', '平湖西瓜灯节'].sort());
    expect(library.search({ query: '西塘' }).total).toBe(0);
    expect(library.searchIds('新村')).toEqual([]);
    expect(library.facets().years.map((y) => [y.year, y.count])).toEqual([[2024, 2]]);
    // The edition of 2024-01-06 had only that page; the one of 2024-01-05 keeps 平湖's.
    expect(library.listEditions().map((e) => e.date).sort()).toEqual(['2024-01-05', '2024-02-01']);
    expect(library.importFolders().map((f) => f.path).sort()).toEqual([pinghu, jiashan2].sort());
    library.close();
  });

  it('takes out one page file given by its path, and says which paths held nothing', async () => {
    const { dir, library, jiashan } = archive();
    await library.importPaths([jiashan]);
    const nowhere = join(dir, '从未导入');
    expect(library.removePages([join(jiashan, '2.txt'), nowhere])).toEqual({ pages: 1, stories: 1, notFound: [nowhere] });
    expect(titles(library)).toEqual(['西塘古镇迎客']);
    // Removing a file of a kept folder keeps the folder: the reader took out one page, not the archive.
    expect(library.importFolders().map((f) => [f.path, f.stories])).toEqual([[jiashan, 1]]);
    library.close();
  });

  it('works on a folder that is no longer there', async () => {
    const { library, jiashan } = archive();
    await library.importPaths([jiashan]);
    rmSync(jiashan, { recursive: true });
    expect(library.importFolders()).toEqual([expect.objectContaining({ path: jiashan, present: false, stories: 2 })]);
    expect(library.removePages([jiashan])).toMatchObject({ pages: 2, stories: 2 });
    expect([library.stats().stories, library.importFolders()]).toEqual([0, []]);
    library.close();
  });

  it('keeps bookmarks, collections, clippings and read marks, which find their stories again when the pages are imported again', async () => {
    const { library, jiashan } = archive();
    await library.importPaths([jiashan]);
    const story = library.listStories().items.find((s) => s.title === '西塘古镇迎客');
    const id = story?.id ?? 0;
    library.setBookmark(id, true);
    library.markRead(id);
    const collection = library.createCollection('古镇');
    library.addToCollection(collection.id, id);
    library.addClipping({ storyId: id, paragraph: 0, start: 0, end: 4, note: '开头' });

    library.removePages([jiashan]);
    expect(library.listBookmarks()).toEqual([expect.objectContaining({ title: '西塘古镇迎客', storyId: null })]);
    expect(library.listClippings()).toEqual([expect.objectContaining({ quote: '西塘古镇', storyId: null })]);

    await library.importPaths([jiashan]);
    const back = library.listStories().items.find((s) => s.title === '西塘古镇迎客');
    expect(back?.read).toBe(true);
    expect(library.listBookmarks()).toEqual([expect.objectContaining({ storyId: back?.id })]);
    expect(library.listClippings()).toEqual([expect.objectContaining({ storyId: back?.id })]);
    expect(library.listStories({ collectionId: collection.id }).items.map((s) => s.title)).toEqual(['西塘古镇迎客']);
    library.close();
  });

  it('waits for no import: it is refused while one runs', async () => {
    const { library, jiashan, pinghu } = archive();
    await library.importPaths([jiashan]);
    const running = library.importPaths([pinghu]);
    expect(() => library.removePages([jiashan])).toThrow(/an import is running/);
    await running;
    expect(library.stats().stories).toBe(3);
    library.close();
  });
});
