import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Library } from '../../../electron/core/library';
import type { PageReader } from '../../../electron/core/import/import-files';
import { article, page, tempDir } from '../store/article-fixtures';

let library: Library | null = null;
afterEach(() => library?.close());

function open(readPage?: PageReader): { dir: string; library: Library } {
  const dir = tempDir();
  library = Library.open(join(dir, 'people.db'), readPage ? { readPage } : {});
  return { dir, library };
}

describe('people: filter and facet', () => {
  it('counts the people the matching stories name, most first, and filters by one of them with the other filters', () => {
    const lib = open().library;
    lib.importParsedPages([
      page('a.txt', [
        article({ title: '县长调研西塘', paragraphs: ['张锡锋在西塘调研。'], people: ['张锡锋'], topics: ['politics'], date: '2024-01-03' }),
        article({ title: '书记与县长座谈', paragraphs: ['江海洋、张锡锋出席。'], people: ['江海洋', '张锡锋'], topics: ['politics'], date: '2023-05-01' }),
        article({ title: '西塘古镇游客多', paragraphs: ['游客如织。'], people: ['陈坤'], topics: ['culture'], date: '2024-02-01' }),
        article({ title: '无人具名的消息', paragraphs: ['西塘下雨。'], topics: ['culture'], date: '2024-02-02' }),
      ]),
    ]);

    expect(lib.facets().people).toEqual([
      { name: '张锡锋', count: 2 },
      { name: '江海洋', count: 1 },
      { name: '陈坤', count: 1 },
    ]);
    expect(lib.facets('西塘').people).toEqual([
      { name: '张锡锋', count: 1 },
      { name: '陈坤', count: 1 },
    ]);
    expect(lib.facets('', { topic: 'culture' }).people).toEqual([{ name: '陈坤', count: 1 }]);

    const titles = (filters: Parameters<Library['search']>[0]['filters'], query = '') => lib.search({ query, filters, sort: 'date' }).hits.map((h) => h.title);
    expect(titles({ person: '张锡锋' })).toEqual(['县长调研西塘', '书记与县长座谈']);
    expect(titles({ person: '张锡锋' }, '西塘')).toEqual(['县长调研西塘']);
    expect(titles({ person: '张锡锋', dateTo: '2023' })).toEqual(['书记与县长座谈']);
    expect(lib.listStories({ person: '江海洋' }).items.map((s) => s.title)).toEqual(['书记与县长座谈']);
    expect(titles({ person: '张锡' })).toEqual([]);
    expect(titles({ person: '无名氏' })).toEqual([]);
    expect(lib.facets('', { person: '张锡锋' }).people).toEqual([
      { name: '张锡锋', count: 2 },
      { name: '江海洋', count: 1 },
    ]);
  });

  it('lists the 10 people named most with a search and the 30 named most in the sidebar facets, ties in code-point order', () => {
    const lib = open().library;
    // Person i is named by 40 − i stories, and 甲乙 and 甲丙 tie.
    const names = Array.from({ length: 40 }, (_, i) => `人物${String(i).padStart(2, '0')}`);
    const stories = names.flatMap((name, i) => Array.from({ length: 40 - i }, (_, k) => article({ title: `${name}的第${k}篇报道`, people: [name] })));
    stories.push(article({ title: '并列甲', people: ['甲丙'] }), article({ title: '并列乙', people: ['甲乙'] }));
    lib.importParsedPages([page('many.txt', stories)]);

    const summary = lib.search({ query: '报道' }).facets.people;
    expect(summary.map((p) => p.name)).toEqual(names.slice(0, 10));
    expect(summary.map((p) => p.count)).toEqual(Array.from({ length: 10 }, (_, i) => 40 - i));
    expect(lib.facets('报道').people.map((p) => p.name)).toEqual(names.slice(0, 30));
    // 丙 is U+4E19, 乙 U+4E59.
    expect(lib.facets('并列').people).toEqual([
      { name: '甲丙', count: 1 },
      { name: '甲乙', count: 1 },
    ]);
  });

  it('filters and counts the people of stories stored while an import runs, and forgets those a re-import removed', async () => {
    const { dir, library: lib } = open((text, source) => page(source, [article({ title: `第${source.slice(-5, -4)}版`, paragraphs: ['会议召开。'], people: text.split(' ') })]));
    writeFileSync(join(dir, '1.txt'), '张锡锋');
    writeFileSync(join(dir, '2.txt'), '张锡锋 江海洋');
    writeFileSync(join(dir, '3.txt'), '陈坤');
    const seen: [number, string[]][] = [];
    await lib.importPaths([dir], {
      onProgress: () => seen.push([lib.listStories({ person: '张锡锋' }).total, lib.facets('会议').people.map((p) => p.name)]),
    });
    expect(seen).toEqual([
      [0, []],
      [1, ['张锡锋']],
      [2, ['张锡锋', '江海洋']],
      [2, ['张锡锋', '江海洋', '陈坤']],
    ]);

    writeFileSync(join(dir, '2.txt'), '陆丹');
    await lib.importPaths([join(dir, '2.txt')]);
    expect(lib.facets().people).toEqual([
      { name: '张锡锋', count: 1 },
      { name: '陆丹', count: 1 },
      { name: '陈坤', count: 1 },
    ]);
    expect(lib.listStories({ person: '江海洋' }).total).toBe(0);
  });

  it('relates the stories that name the same people, the rarer the person the closer, then the same town, then the nearer date', () => {
    const lib = open().library;
    const town = (name: string) => ({ province: '浙江省', city: '嘉兴市', county: '嘉善县', town: name, village: null });
    const everyday = (n: number) => Array.from({ length: n }, (_, i) => article({ title: `县长日常${i}`, people: ['张锡锋'], date: '2022-01-01' }));
    lib.importParsedPages([
      page('a.txt', [
        article({ title: '开篇', people: ['张锡锋', '陆丹'], region: town('西塘镇'), date: '2024-03-10' }),
        article({ title: '两人都在', people: ['陆丹', '张锡锋'], date: '2020-01-01' }),
        article({ title: '只有陆丹', people: ['陆丹'], date: '2020-01-01' }),
        article({ title: '县长在西塘', people: ['张锡锋'], region: town('西塘镇'), date: '2019-01-01' }),
        article({ title: '县长近日', people: ['张锡锋'], date: '2024-03-01' }),
        article({ title: '无人具名', date: '2024-03-10' }),
        ...everyday(6),
      ]),
    ]);
    const idOf = (title: string) => lib.search({ query: title }).hits.find((h) => h.title === title)?.id ?? 0;
    const related = (title: string, limit?: number) => lib.relatedStories(idOf(title), limit).map((s) => s.title);
    expect(related('开篇', 4)).toEqual(['两人都在', '只有陆丹', '县长在西塘', '县长近日']);
    expect(related('开篇', 50)).toHaveLength(10);
    expect(related('无人具名')).toEqual([]);
    expect(related('只有陆丹')).toEqual(['两人都在', '开篇']);
    expect(() => lib.relatedStories(99_999)).toThrow(/no story with id 99999/);
    expect(() => lib.relatedStories(idOf('开篇'), 0)).toThrow(/1 to 50/);
  });

  it('refuses an empty or overlong name', () => {
    const lib = open().library;
    expect(() => lib.search({ query: '', filters: { person: ' ' } })).toThrow(/filters\.person/);
    expect(() => lib.facets('', { person: '名'.repeat(41) })).toThrow(/filters\.person/);
  });
});
