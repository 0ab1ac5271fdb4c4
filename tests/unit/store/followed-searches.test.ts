import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../electron/core/library';
import type { PageReader } from '../../../electron/core/import/import-files';
import { article, page, tempDir } from './article-fixtures';

/** Each line of a file is a story: its title, then after a tab its topic (economy when none). */
const readLines: PageReader = (text, source) =>
  page(
    source,
    text
      .trim()
      .split('\n')
      .map((line) => {
        const [title = '', topic = 'economy'] = line.split('\t');
        return article({ title, paragraphs: [`${title}。`], topics: [topic as 'economy'] });
      }),
  );

async function archive(): Promise<{ folder: string; library: Library }> {
  const dir = tempDir();
  const folder = join(dir, 'pages');
  mkdirSync(folder);
  writeFileSync(join(folder, 'day-1.txt'), '西塘古镇迎客\tculture\n西塘黄酒节\n姚庄新村落成');
  const library = Library.open(join(dir, 'lib.db'), { readPage: readLines });
  await library.importPaths([folder]);
  return { folder, library };
}

describe('followed searches', () => {
  it('count the stories they find and those not read yet, as reading and imports change them', async () => {
    const { folder, library } = await archive();
    const followed = library.followSearch({ name: '“西塘” · 经济', query: '西塘', filters: { topic: 'economy' } });
    expect(followed).toMatchObject({ name: '“西塘” · 经济', query: '西塘', filters: { topic: 'economy' }, total: 1, unread: 1 });

    const [hit] = library.search({ query: '西塘', filters: { topic: 'economy' } }).hits;
    library.markRead(hit?.id ?? 0);
    expect(library.followedSearches()).toEqual([expect.objectContaining({ id: followed.id, total: 1, unread: 0 })]);

    // The next day's paper brings two more, one of them about culture.
    writeFileSync(join(folder, 'day-2.txt'), '西塘招商引资\n西塘灯会\tculture');
    await library.importPaths([folder]);
    expect(library.followedSearches()).toEqual([expect.objectContaining({ total: 2, unread: 1 })]);
    library.close();
  });

  it('are one per search and choices, whatever order the choices come in: following again renames', async () => {
    const { library } = await archive();
    const first = library.followSearch({ name: '古镇', query: '西塘', filters: { topic: 'culture', region: '嘉善县' } });
    const again = library.followSearch({ name: '西塘文化', query: '西塘', filters: { region: '嘉善县', topic: 'culture' } });
    const other = library.followSearch({ name: '嘉善文化', query: '', filters: { region: '嘉善县', topic: 'culture' } });
    expect(again.id).toBe(first.id);
    expect(library.followedSearches().map((f) => [f.id, f.name])).toEqual([
      [first.id, '西塘文化'],
      [other.id, '嘉善文化'],
    ]);
    library.unfollowSearch(first.id);
    expect(library.followedSearches().map((f) => f.name)).toEqual(['嘉善文化']);
    library.close();
  });

  it('stay when the pages are imported again or taken out', async () => {
    const { folder, library } = await archive();
    library.followSearch({ name: '西塘', query: '西塘', filters: {} });
    library.removePages([folder]);
    expect(library.followedSearches()).toEqual([expect.objectContaining({ name: '西塘', total: 0, unread: 0 })]);
    await library.importPaths([folder]);
    expect(library.followedSearches()).toEqual([expect.objectContaining({ total: 2, unread: 2 })]);
    library.close();
  });

  it.each([
    [{ name: '全部', query: ' ', filters: {} }, /needs a query or a choice/],
    [{ name: ' ', query: '西塘', filters: {} }, /name/],
    [{ name: '未读', query: '西塘', filters: { unread: true } }, /unread/],
    [{ name: '读过的', query: '西塘', filters: { opened: true } }, /opened/],
    [{ name: '西塘', query: '西塘', filters: { topic: 'gossip' } }, /filters\.topic/],
  ])('refuse %j', async (input, message) => {
    const { library } = await archive();
    expect(() => library.followSearch(input as never)).toThrow(message);
    expect(() => library.unfollowSearch(99)).toThrow(/no followed search with id 99/);
    library.close();
  });
});
