import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../electron/core/library';
import type { PageReader } from '../../../electron/core/import/import-files';
import { openAppLibrary } from '../../../electron/core/service/open-app-library';
import { article, page, tempDir } from './article-fixtures';

/** Each file is one story titled by its text. */
const readTitle: PageReader = (text, source) => page(source, [article({ title: text.trim(), paragraphs: ['正文。'] })]);

function archive(): { dir: string; folder: string; library: Library } {
  const dir = tempDir();
  const folder = join(dir, '嘉善版');
  mkdirSync(join(folder, '2024-01'), { recursive: true });
  writeFileSync(join(folder, '2024-01', '01.txt'), '第一天');
  writeFileSync(join(folder, '2024-01', '02.txt'), '第二天');
  writeFileSync(join(dir, 'loose.txt'), '单独的文件');
  return { dir, folder, library: Library.open(join(dir, 'lib.db'), { readPage: readTitle }) };
}

describe('the folders pages were imported from', () => {
  it('are kept by absolute path, files given by name are not, and a second import notes when it looked', async () => {
    const { dir, folder, library } = archive();
    await library.importPaths([relative(process.cwd(), folder), join(dir, 'loose.txt')]);
    const [first, ...others] = library.importFolders();
    expect(others).toEqual([]);
    expect(first).toMatchObject({ path: folder, present: true });
    expect(first?.checkedAt).toBe(first?.addedAt);

    await new Promise((r) => setTimeout(r, 5));
    await library.importPaths([folder]);
    const [again] = library.importFolders();
    expect(again?.addedAt).toBe(first?.addedAt);
    expect(again?.checkedAt && first && again.checkedAt > first.checkedAt).toBe(true);
    library.close();
  });

  it('bring in the pages added to them since, and only those, when imported again', async () => {
    const { folder, library } = archive();
    await library.importPaths([folder]);
    mkdirSync(join(folder, '2024-02'));
    writeFileSync(join(folder, '2024-02', '01.txt'), '新的一个月');
    const summary = await library.importPaths(library.importFolders().map((f) => f.path));
    expect([summary.pages, summary.skipped, summary.errors]).toEqual([1, 2, []]);
    expect(library.listStories().items.map((s) => s.title).sort()).toEqual(['新的一个月', '第一天', '第二天'].sort());
    library.close();
  });

  it('say when a folder has moved, report it when imported again, and can be forgotten, keeping its stories', async () => {
    const { dir, folder, library } = archive();
    await library.importPaths([folder]);
    renameSync(folder, join(dir, '搬走了'));
    expect(library.importFolders()).toEqual([expect.objectContaining({ path: folder, present: false })]);
    const summary = await library.importPaths([folder]);
    expect(summary.errors.map((e) => e.file)).toEqual([folder]);
    library.forgetImportFolder(folder);
    expect(library.importFolders()).toEqual([]);
    expect(library.stats().stories).toBe(2);
    library.close();
  });

  it('are kept after a cancelled import, so importing them again goes on where it stopped', async () => {
    const { folder, library } = archive();
    const controller = new AbortController();
    const first = await library.importPaths([folder], { signal: controller.signal, onProgress: (p) => p.filesDone === 1 && controller.abort() });
    expect([first.cancelled, first.pages]).toEqual([true, 1]);
    const rest = await library.importPaths(library.importFolders().map((f) => f.path));
    expect([rest.pages, rest.skipped]).toEqual([1, 1]);
    library.close();
  });

  it('leave out the seed pages a new library starts with, and whatever an import is told not to keep', async () => {
    const { dir, folder } = archive();
    const { library } = await openAppLibrary(join(dir, 'app.db'), folder, { readPage: readTitle });
    expect(library.stats().pages).toBe(2);
    expect(library.importFolders()).toEqual([]);
    await library.importPaths([folder], { rememberFolders: false });
    expect(library.importFolders()).toEqual([]);
    library.close();
  });
});

describe('pages that moved or were copied', () => {
  const storiesByTitle = (library: Library) => new Map(library.listStories().items.map((s) => [s.title, s]));

  it('found in the folder the archive moved to take their old place: the same stories, ids, bookmarks and read marks, and the old folder is forgotten', async () => {
    const { dir, folder, library } = archive();
    await library.importPaths([folder]);
    const before = storiesByTitle(library);
    const first = before.get('第一天');
    library.setBookmark(first?.id ?? 0, true);
    library.markRead(before.get('第二天')?.id ?? 0);

    const moved = join(dir, '新硬盘', '嘉善版');
    mkdirSync(join(dir, '新硬盘'));
    renameSync(folder, moved);
    const summary = await library.importPaths([moved]);
    expect([summary.pages, summary.moved, summary.duplicates]).toEqual([2, 2, []]);

    const after = storiesByTitle(library);
    expect(library.stats()).toMatchObject({ pages: 2, stories: 2 });
    expect([...after].map(([title, s]) => [title, s.id, s.read])).toEqual([...before].map(([title, s]) => [title, s.id, title === '第二天']));
    expect(library.listBookmarks()).toEqual([expect.objectContaining({ title: '第一天', storyId: first?.id })]);
    expect(library.importFolders().map((f) => f.path)).toEqual([moved]);
    expect(library.listPages().map((p) => p.source).sort()).toEqual([join(moved, '2024-01', '01.txt'), join(moved, '2024-01', '02.txt')]);
    library.close();
  });

  it('that are copies of pages the library holds from files still there are not stored twice, and name the page they copy', async () => {
    const { dir, folder, library } = archive();
    await library.importPaths([folder]);
    const copy = join(dir, '备份');
    cpSync(folder, copy, { recursive: true });
    writeFileSync(join(copy, 'twice-a.txt'), '同一天');
    writeFileSync(join(copy, 'twice-b.txt'), '同一天');

    const summary = await library.importPaths([copy]);
    expect(summary.pages).toBe(1);
    expect(summary.duplicates).toEqual([
      { file: join(copy, '2024-01', '01.txt'), of: join(folder, '2024-01', '01.txt') },
      { file: join(copy, '2024-01', '02.txt'), of: join(folder, '2024-01', '02.txt') },
      { file: join(copy, 'twice-b.txt'), of: join(copy, 'twice-a.txt') },
    ]);
    expect([...storiesByTitle(library).keys()].sort()).toEqual(['同一天', '第一天', '第二天'].sort());
    // The folder is the reader's to keep: its new pages come in later.
    expect(library.importFolders().map((f) => f.path).sort()).toEqual([folder, copy].sort());
    library.close();
  });

  it('do not stop a changed file from replacing its own stories, whatever it now equals', async () => {
    const { folder, library } = archive();
    await library.importPaths([folder]);
    writeFileSync(join(folder, '2024-01', '02.txt'), '第一天');
    const summary = await library.importPaths([folder]);
    expect([summary.pages, summary.skipped, summary.duplicates]).toEqual([1, 1, []]);
    expect(library.listStories().items.map((s) => s.title)).toEqual(['第一天', '第一天']);
    library.close();
  });
});

describe('pages read by an older version of the reader', () => {
  it('are read again by the next import of their folder, though their files are unchanged, keeping bookmarks', async () => {
    const { dir, folder, library } = archive();
    await library.importPaths([folder]);
    const first = library.listStories().items.find((s) => s.title === '第一天');
    library.setBookmark(first?.id ?? 0, true);
    expect((await library.importPaths([folder])).skipped).toBe(2);
    library.close();

    // As the code before reader versions fingerprinted files: by their bytes alone.
    const db = new Database(join(dir, 'lib.db'));
    const update = db.prepare('UPDATE pages SET sha256 = ? WHERE path = ?');
    for (const name of ['01.txt', '02.txt']) {
      const path = join(folder, '2024-01', name);
      update.run(createHash('sha256').update(readFileSync(path)).digest('hex'), path);
    }
    db.close();

    const reopened = Library.open(join(dir, 'lib.db'), { readPage: readTitle });
    const again = await reopened.importPaths([folder]);
    expect([again.pages, again.skipped]).toEqual([2, 0]);
    expect(reopened.listBookmarks()).toEqual([expect.objectContaining({ title: '第一天', storyId: first?.id })]);
    expect((await reopened.importPaths([folder])).skipped).toBe(2);
    reopened.close();
  });

  it('include the seed pages of an app library, read again when it opens, and no seed page is added to a library without them', async () => {
    const { dir, folder: seeds } = archive();
    let reads = 0;
    const counting: PageReader = (text, source) => (reads++, readTitle(text, source));
    const file = join(dir, 'app.db');
    const open = async () => (await openAppLibrary(file, seeds, { readPage: counting })).library;
    (await open()).close();
    expect(reads).toBe(2);
    reads = 0;
    (await open()).close();
    expect(reads).toBe(0);

    const db = new Database(file);
    db.prepare("UPDATE pages SET sha256 = 'read by an older Broadsheet'").run();
    db.close();
    const upgraded = await open();
    expect([reads, upgraded.stats().pages]).toEqual([2, 2]);
    upgraded.close();

    const own = join(dir, 'own.db');
    const other = Library.open(own, { readPage: readTitle });
    await other.importPaths([join(dir, 'loose.txt')]);
    other.close();
    reads = 0;
    const mine = (await openAppLibrary(own, seeds, { readPage: counting })).library;
    expect([reads, mine.stats().pages]).toEqual([0, 1]);
    // Which library holds pages from a folder, by path, and not a folder whose name merely starts the same.
    expect([mine.storiesIn(seeds) > 0, mine.storiesIn(dir) > 0]).toEqual([false, true]);
    const app = (await openAppLibrary(file, seeds, { readPage: counting })).library;
    expect([app.storiesIn(seeds) > 0, app.storiesIn(join(seeds, '2024-01')) > 0, app.storiesIn(seeds.slice(0, -1)) > 0, app.storiesIn(join(seeds, '2024')) > 0]).toEqual([true, true, false, false]);
    app.close();
    mine.close();
  });
});
