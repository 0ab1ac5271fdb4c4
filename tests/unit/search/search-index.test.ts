import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../electron/core/library';
import { ByteWriter, VarintReader } from '../../../electron/core/search/postings';
import { article, page, tempDir } from '../store/article-fixtures';

const segments = (file: string): number => {
  const db = new Database(file, { readonly: true });
  const n = db.prepare<[], number>('SELECT count(*) FROM search_segments').pluck().get() ?? 0;
  db.close();
  return n;
};

describe('the search index', () => {
  it('finds a phrase only where its pairs follow one another, whatever the stories before it held', () => {
    const library = Library.open(join(tempDir(), 'phrase.db'));
    library.importParsedPages([
      page('a.txt', [
        // 甲 holds 23 at positions 2 and 5; 乙 holds 20 at 3 and 02 at 4, and 23 only at 0: 2023 is not in it.
        article({ title: '甲', paragraphs: ['2023 23'] }),
        article({ title: '乙', paragraphs: ['23x202x'] }),
        article({ title: '丙', paragraphs: ['2020年至2023年。'] }),
      ]),
    ]);
    const titles = (query: string) => library.search({ query, sort: 'date' }).hits.map((h) => h.title).sort();
    expect(titles('2023')).toEqual(['丙', '甲']);
    expect(titles('202x')).toEqual(['乙']);
    expect(titles('23x')).toEqual(['乙']);
    library.close();
  });

  it('answers from what a page holds now after it is imported again, and forgets what it held', async () => {
    const dir = tempDir();
    const file = join(dir, 'again.db');
    let text = '原来的消息:大桥开工。';
    // The story's key reads its headline and opening (64 characters), which stay the same.
    const opening = '本报讯 大桥工程进展顺利,'.repeat(8);
    const library = Library.open(file, { readPage: (_, source) => page(source, [article({ title: '大桥', paragraphs: [opening, text] })]) });
    const { writeFileSync } = await import('node:fs');
    const pageFile = join(dir, 'p.txt');
    writeFileSync(pageFile, 'first');
    await library.importPaths([pageFile]);
    const [id] = library.searchIds('开工');
    text = '新的消息:大桥通车。';
    writeFileSync(pageFile, 'second');
    await library.importPaths([pageFile]);
    // The story keeps its id (same headline and opening), its old words are gone, its new ones found.
    expect(library.searchIds('开工')).toEqual([]);
    expect(library.searchIds('通车')).toEqual([id]);
    expect(library.searchIds('大桥')).toEqual([id]);
    library.close();
  });

  it('merges the small segments a library grows by, and rewrites segments whose stories were taken out, with the same answers', () => {
    const dir = tempDir();
    const file = join(dir, 'merge.db');
    const library = Library.open(file);
    for (let day = 1; day <= 12; day++) {
      library.importParsedPages([page(join(dir, `day${day}.txt`), [article({ title: `第${day}天`, paragraphs: [`西塘镇第${day}天的消息。`, day % 2 === 0 ? '双数日的集市。' : '单数日。'] })])]);
    }
    expect(segments(file)).toBeLessThan(12);
    const even = library.searchIds('双数日');
    expect(even).toHaveLength(6);
    expect(library.searchIds('西塘镇')).toHaveLength(12);

    library.removePages([1, 2, 4, 6, 8, 10].map((day) => join(dir, `day${day}.txt`)));
    expect(library.searchIds('双数日')).toEqual([even.at(-1)]);
    expect(library.searchIds('西塘镇')).toHaveLength(6);
    library.close();

    // Most of the merged segment's stories are gone, so it was written again without them.
    const db = new Database(file, { readonly: true });
    const stories = db.prepare<[], Buffer>('SELECT stories FROM search_segments').pluck().all().reduce((n, blob) => n + blob.length / 4, 0);
    db.close();
    expect(stories).toBe(6);
  });
});

describe('searches made while segments are merged', () => {
  it('see the merged segment, whose number is never one the index has used before', () => {
    const dir = tempDir();
    const library = Library.open(join(dir, 'renumber.db'));
    // One segment too large to merge, one small one, and a search that reads those two.
    library.importParsedPages([page(join(dir, 'big.txt'), Array.from({ length: 1000 }, (_, i) => article({ title: `大版${i}`, paragraphs: ['平常的一天。'] })))]);
    library.importParsedPages([page(join(dir, 'day0.txt'), [article({ title: '第0天', paragraphs: ['集市开张。'] })])]);
    expect(library.searchIds('集市')).toHaveLength(1);
    // Nine more small segments: the tenth small one merges them all.
    for (let day = 1; day <= 9; day++) library.importParsedPages([page(join(dir, `day${day}.txt`), [article({ title: `第${day}天`, paragraphs: ['集市开张。', `第${day}场雨。`] })])]);
    expect(library.searchIds('集市')).toHaveLength(10);
    expect(library.searchIds('第9场雨')).toHaveLength(1);
    expect(library.searchIds('平常')).toHaveLength(1000);
    library.close();
  });
});

describe('a story too long to share a segment', () => {
  it('is found by words at its end, and the stories around it too', () => {
    const library = Library.open(join(tempDir(), 'long.db'));
    // 200,000 characters a paragraph, three paragraphs: positions past half a million.
    const long = ['甲', '乙', '丙'].map((c) => c.repeat(199_990) + `${c}段结尾处的西塘`);
    library.importParsedPages([
      page('a.txt', [article({ title: '前面', paragraphs: ['西塘镇'] }), article({ title: '很长', paragraphs: long }), article({ title: '后面', paragraphs: ['丙段'] })]),
    ]);
    const titles = (query: string) => library.search({ query, sort: 'date' }).hits.map((h) => h.title).sort();
    expect(titles('丙段结尾处的西塘')).toEqual(['很长']);
    expect(titles('西塘')).toEqual(['前面', '很长']);
    expect(titles('丙段')).toEqual(['后面', '很长']);
    expect(titles('"甲段结尾处的西塘 乙乙"')).toEqual([]);
    library.close();
  });
});

describe('posting lists', () => {
  it('write and read back varints of every size a list or a chunk directory holds', () => {
    const values = [0, 1, 127, 128, 16_383, 16_384, 2 ** 31 - 1, 2 ** 31, 2 ** 32 + 65_535, 2 ** 53 - 1];
    const out = new ByteWriter();
    for (const v of values) out.varint(v);
    const reader = new VarintReader(out.bytes.subarray(0, out.length));
    expect(values.map(() => reader.next())).toEqual(values);
    expect(reader.done).toBe(true);
  });
});
