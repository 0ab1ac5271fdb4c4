import iconv from 'iconv-lite';
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../electron/core/library';
import type { PageReader } from '../../../electron/core/import/import-files';
import type { ImportProgress } from '../../../electron/shared/library';
import { article, page, tempDir } from './article-fixtures';

/** A stand-in parser: each blank-line-separated block is a story, its first line the title. */
const readBlocks: PageReader = (text, source) =>
  page(
    source,
    text
      .split(/\n\s*\n/)
      .filter((b) => b.trim())
      .map((block) => {
        const [title = '', ...rest] = block.split('\n');
        return article({ title, paragraphs: rest });
      }),
  );

const SEED = readFileSync(join(import.meta.dirname, '../../../seeds/000_0a73ae1694179353.txt'), 'utf8').slice(0, 3000);
const PAGE = '西塘镇新闻\n本报讯 西塘镇召开会议。\n\n第二篇\n正文内容';

function setup(): { dir: string; library: Library } {
  const dir = tempDir();
  return { dir, library: Library.open(join(dir, 'lib.db'), { readPage: readBlocks }) };
}

/** Files a.txt and c.txt, and between them b.txt, whose page the database refuses (a story without a title violates NOT NULL). */
function setupWithRefusedPage(): { dir: string; library: Library } {
  const dir = tempDir();
  const library = Library.open(join(dir, 'lib.db'), {
    readPage: (text, source) => (text.includes('坏') ? page(source, [article({ title: null as unknown as string })]) : readBlocks(text, source)),
  });
  writeFileSync(join(dir, 'a.txt'), PAGE);
  writeFileSync(join(dir, 'b.txt'), '坏页面');
  writeFileSync(join(dir, 'c.txt'), '丙\n正文');
  return { dir, library };
}

const storiesOf = (library: Library) => [...library.stories()].map((s) => ({ id: s.id, title: s.article.title, paragraphs: s.article.paragraphs }));

describe('import: encodings', () => {
  const cases: [string, (s: string) => Buffer][] = [
    ['utf-8', (s) => Buffer.from(s, 'utf8')],
    ['utf-8 with BOM', (s) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s, 'utf8')])],
    ['utf-16le with BOM', (s) => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(s, 'utf16le')])],
    ['utf-16be with BOM', (s) => Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(s, 'utf16be')])],
    ['utf-16le without BOM', (s) => iconv.encode(s, 'utf16le')],
    ['utf-16be without BOM', (s) => iconv.encode(s, 'utf16be')],
    ['gb18030', (s) => iconv.encode(s, 'gb18030')],
    ['gbk', (s) => iconv.encode(s, 'gbk')],
  ];
  for (const [name, encode] of cases) {
    for (const [ending, text] of [
      ['LF', `${PAGE}\n\n${SEED}`],
      ['CRLF', `${PAGE}\n\n${SEED}`.replace(/\n/g, '\r\n')],
    ] as const) {
      it(`reads ${name} with ${ending} line ends`, async () => {
        const { dir, library } = setup();
        writeFileSync(join(dir, 'page.txt'), encode(text));
        const summary = await library.importPaths([dir]);
        expect(summary.errors).toEqual([]);
        const stories = storiesOf(library);
        expect(stories[0]).toMatchObject({ title: '西塘镇新闻', paragraphs: ['本报讯 西塘镇召开会议。'] });
        expect(stories.map((s) => s.title)).toEqual(readBlocks(`${PAGE}\n\n${SEED}`, 'x').articles.map((a) => a.title));
        library.close();
      });
    }
  }
});

describe('import: failures', () => {
  it('reports each bad file with its reason, imports the rest and stores nothing of the bad ones', async () => {
    const { dir, library } = setup();
    writeFileSync(join(dir, 'good.txt'), PAGE);
    writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]));
    writeFileSync(join(dir, 'huge.txt'), Buffer.alloc(21 * 1024 * 1024, 0x61));
    writeFileSync(join(dir, 'record.txt'), `嘉善新闻\n${'\u0003\u0001\u001b'.repeat(20)}\n`);
    const summary = await library.importPaths([dir, join(dir, 'missing.txt')]);
    expect(summary.pages).toBe(1);
    expect(summary.articles).toBe(2);
    const reasons = Object.fromEntries(summary.errors.map((e) => [e.file.split('/').pop(), e.reason]));
    expect(reasons['image.txt']).toMatch(/binary/);
    expect(reasons['huge.txt']).toMatch(/too large/);
    expect(reasons['record.txt']).toBe('binary file (contains control characters)');
    expect(reasons['missing.txt']).toMatch(/not found/);
    expect(library.listPages().map((p) => p.source.split('/').pop())).toEqual(['good.txt']);
    library.close();
  });

  it('reports a file that disappears before it is read and stores the others', async () => {
    const dir = tempDir();
    const names = Array.from({ length: 100 }, (_, i) => `p${String(i).padStart(3, '0')}.txt`);
    for (const name of names) writeFileSync(join(dir, name), `${name}\n正文`);
    const library = Library.open(join(tempDir(), 'lib.db'), { readPage: (text, source) => page(source, [article({ title: text.split('\n')[0] ?? '' })]) });
    const summary = await library.importPaths([dir], {
      onProgress: ({ filesDone }) => {
        if (filesDone === 1) rmSync(join(dir, names.at(-1) ?? ''));
      },
    });
    expect(summary.errors).toEqual([{ file: join(dir, names.at(-1) ?? ''), reason: 'file disappeared' }]);
    expect(summary.pages).toBe(99);
    library.close();
  });

  it.skipIf(process.getuid?.() === 0)('reports a file it may not read', async () => {
    const { dir, library } = setup();
    writeFileSync(join(dir, 'secret.txt'), PAGE);
    chmodSync(join(dir, 'secret.txt'), 0);
    const summary = await library.importPaths([dir]);
    expect(summary.errors.map((e) => e.reason)).toEqual(['permission denied']);
    library.close();
  });

  it('keeps what a file stored before when its new version fails', async () => {
    const { dir, library } = setup();
    const file = join(dir, 'a.txt');
    writeFileSync(file, PAGE);
    await library.importPaths([file]);
    const before = storiesOf(library);
    writeFileSync(file, Buffer.from([1, 2, 3, 0, 0, 5]));
    const summary = await library.importPaths([file]);
    expect(summary.errors).toHaveLength(1);
    expect(storiesOf(library)).toEqual(before);
    library.close();
  });

  it('rolls back a file whose parse throws', async () => {
    const dir = tempDir();
    const library = Library.open(join(dir, 'lib.db'), {
      readPage: (text, source) => {
        if (text.includes('坏')) throw new Error('parser gave up');
        return readBlocks(text, source);
      },
    });
    writeFileSync(join(dir, 'a.txt'), PAGE);
    writeFileSync(join(dir, 'b.txt'), '坏页面');
    const summary = await library.importPaths([dir]);
    expect(summary.errors.map((e) => e.reason)).toEqual(['parser gave up']);
    expect(library.stats()).toMatchObject({ pages: 1, stories: 2 });
    library.close();
  });

  it('stores the other files of a batch when one page cannot be stored', async () => {
    const { dir, library } = setupWithRefusedPage();
    const summary = await library.importPaths([dir]);
    expect(summary.errors.map((e) => [e.file.split('/').pop(), e.reason.split(':')[0]])).toEqual([['b.txt', 'could not be stored']]);
    expect([summary.pages, summary.articles]).toEqual([2, 3]);
    expect(library.listPages().map((p) => p.source.split('/').pop())).toEqual(['a.txt', 'c.txt']);
    // The rolled-back group had added the stories' place; written again, they must still have it.
    expect(library.listStories({ region: '嘉善县' }).total).toBe(3);
    expect(library.regionCounts()).toEqual([{ city: '嘉兴市', county: '嘉善县', town: null, village: null, count: 3 }]);
    library.close();
  });
});

describe('import: idempotence', () => {
  it('skips unchanged files and keeps story ids', async () => {
    const { dir, library } = setup();
    writeFileSync(join(dir, 'a.txt'), PAGE);
    const first = await library.importPaths([dir]);
    const ids = storiesOf(library);
    const second = await library.importPaths([dir]);
    expect([first.pages, first.skipped, second.pages, second.skipped, second.articles]).toEqual([1, 0, 0, 1, 0]);
    expect(storiesOf(library)).toEqual(ids);
    library.close();
  });

  it('replaces only the changed file’s stories; unchanged stories and user data keep their identity', async () => {
    const { dir, library } = setup();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'a.txt'), PAGE);
    writeFileSync(join(dir, 'sub', 'b.txt'), '乙一\n正文一\n\n乙二\n正文二');
    await library.importPaths([dir]);
    const before = storiesOf(library);
    const kept = before.find((s) => s.title === '乙一');
    const dropped = before.find((s) => s.title === '乙二');
    library.setBookmark(kept?.id ?? 0, true);
    library.setBookmark(dropped?.id ?? 0, true);
    const c = library.createCollection('收藏');
    library.addToCollection(c.id, kept?.id ?? 0);

    writeFileSync(join(dir, 'sub', 'b.txt'), '乙一\n正文一\n\n乙三\n新的正文');
    const summary = await library.importPaths([dir]);
    expect([summary.pages, summary.skipped, summary.articles]).toEqual([1, 1, 2]);
    const after = storiesOf(library);
    expect(after.filter((s) => s.title !== '乙三')).toEqual(before.filter((s) => s.title !== '乙二'));
    expect(library.getStory(kept?.id ?? 0)).toMatchObject({ title: '乙一', bookmarked: true, collections: [{ id: c.id, name: '收藏' }] });
    const bookmarks = library.listBookmarks();
    expect(bookmarks.map((b) => [b.title, b.storyId]).sort()).toEqual([
      ['乙一', kept?.id],
      ['乙二', null],
    ]);
    expect(library.searchIds('正文二')).toEqual([]);
    expect(library.searchIds('新的')).toHaveLength(1);
    library.close();
  });

  it('keeps a story printed in two files of the same name in other folders twice, each with an identity of its own', async () => {
    const { dir, library } = setup();
    mkdirSync(join(dir, 'x'));
    mkdirSync(join(dir, 'y'));
    writeFileSync(join(dir, 'x', 'p.txt'), '同题\n同样的正文\n\n甲\n只在x');
    writeFileSync(join(dir, 'y', 'p.txt'), '同题\n同样的正文\n\n乙\n只在y');
    const first = await library.importPaths([dir]);
    expect([first.pages, first.articles, first.errors]).toEqual([2, 4, []]);
    const twice = library.searchIds('同样的正文');
    expect(twice).toHaveLength(2);
    const keys = twice.map((id) => {
      library.setBookmark(id, true);
      return library.listBookmarks().find((b) => b.storyId === id)?.storyKey;
    });
    expect(new Set(keys).size).toBe(2);

    writeFileSync(join(dir, 'y', 'p.txt'), '同题\n同样的正文\n\n丙\n后来在y');
    const again = await library.importPaths([dir]);
    expect([again.pages, again.articles, again.errors]).toEqual([1, 2, []]);
    expect(library.searchIds('同样的正文')).toEqual(twice);
    expect(library.listBookmarks().map((b) => b.storyId).sort()).toEqual([...twice].sort());
    library.close();
  });
});

describe('import: what filters and facets see after a re-import', () => {
  it('places a story by what its page says now, also when the story keeps its id', async () => {
    const dir = tempDir();
    // Each block: title, paragraph, then the town it is placed in (not part of the text, so the
    // story's key, and with it its id, stays the same when only the town changes).
    const library = Library.open(join(dir, 'lib.db'), {
      readPage: (text, source) =>
        page(
          source,
          text.split('\n\n').map((block) => {
            const [title = '', paragraph = '', town = ''] = block.split('\n');
            return article({ title, paragraphs: [paragraph], region: { province: '浙江省', city: '嘉兴市', county: '嘉善县', town, village: null } });
          }),
        ),
    });
    writeFileSync(join(dir, 'a.txt'), '甲\n正文甲\n西塘镇\n\n乙\n正文乙\n西塘镇');
    await library.importPaths([dir]);
    const ids = storiesOf(library).map((s) => s.id);
    expect(library.listStories({ region: '西塘镇' }).total).toBe(2);

    writeFileSync(join(dir, 'a.txt'), '甲\n正文甲\n西塘镇\n\n乙\n正文乙\n姚庄镇');
    await library.importPaths([dir]);
    expect(storiesOf(library).map((s) => s.id)).toEqual(ids);
    expect(library.listStories({ region: '西塘镇' }).items.map((s) => s.title)).toEqual(['甲']);
    expect(library.listStories({ region: '姚庄镇' }).items.map((s) => s.title)).toEqual(['乙']);
    expect(library.facets().regions.filter((r) => r.level === 'town')).toEqual([
      { name: '姚庄镇', level: 'town', count: 1 },
      { name: '西塘镇', level: 'town', count: 1 },
    ]);
    expect(library.regionCounts().map((r) => [r.town, r.count])).toEqual([
      ['姚庄镇', 1],
      ['西塘镇', 1],
    ]);
    library.close();
  });

  it('filters by what a changed page says now when searched while its import is still running', async () => {
    const dir = tempDir();
    const library = Library.open(join(dir, 'lib.db'), {
      readPage: (text, source) => {
        const [title = '', paragraph = '', topic = ''] = text.split('\n');
        return page(source, [article({ title, paragraphs: [paragraph], topics: [topic as 'culture' | 'economy'] })]);
      },
    });
    writeFileSync(join(dir, 'a.txt'), '甲\n正文甲\nculture');
    writeFileSync(join(dir, 'b.txt'), '乙\n正文乙\nculture');
    await library.importPaths([dir]);
    const [a, b] = storiesOf(library).map((s) => s.id);
    expect(library.listStories({ topic: 'culture' }).total).toBe(2);

    // a.txt keeps its story (same key) but changes its topic; b.txt is replaced by another story.
    writeFileSync(join(dir, 'a.txt'), '甲\n正文甲\neconomy');
    writeFileSync(join(dir, 'b.txt'), '丙\n正文丙\neconomy');
    writeFileSync(join(dir, 'c.txt'), '丁\n正文丁\nculture');
    const seen: { done: number; culture: string[]; economy: string[]; total: number }[] = [];
    await library.importPaths([dir], {
      onProgress: (p) => {
        const titles = (topic: 'culture' | 'economy') => library.listStories({ topic }).items.map((s) => s.title);
        seen.push({ done: p.filesDone, culture: titles('culture'), economy: titles('economy'), total: library.facets().topics.reduce((n, t) => n + t.count, 0) });
      },
    });
    expect(seen).toEqual([
      { done: 0, culture: ['乙', '甲'], economy: [], total: 2 },
      { done: 1, culture: ['乙'], economy: ['甲'], total: 2 },
      { done: 2, culture: [], economy: ['丙', '甲'], total: 2 },
      { done: 3, culture: ['丁'], economy: ['丙', '甲'], total: 3 },
    ]);
    const ids = storiesOf(library).map((s) => s.id);
    expect(ids).toContain(a);
    expect(ids).not.toContain(b);
    library.close();
  });
});

describe('import: progress and cancel', () => {
  it('reports files done of total and stories so far', async () => {
    const { dir, library } = setup();
    for (const n of [1, 2, 3]) writeFileSync(join(dir, `${n}.txt`), `${PAGE}${n}`);
    const events: ImportProgress[] = [];
    await library.importPaths([dir], { onProgress: (p) => events.push(p) });
    expect(events.map((e) => [e.filesDone, e.filesTotal, e.stories])).toEqual([
      [0, 3, 0],
      [1, 3, 2],
      [2, 3, 4],
      [3, 3, 6],
    ]);
    library.close();
  });

  it('answers calls made during an import with the pages stored so far', async () => {
    const { dir, library } = setup();
    for (const n of [1, 2, 3]) writeFileSync(join(dir, `${n}.txt`), `${PAGE}${n}`);
    const seen: number[] = [];
    await library.importPaths([dir], { onProgress: () => seen.push(library.stats().stories) });
    expect(seen).toEqual([0, 2, 4, 6]);
    library.close();
  });

  it('filters and counts the stories stored so far when searched during an import', async () => {
    const dir = tempDir();
    const library = Library.open(join(dir, 'lib.db'), {
      readPage: (text, source) => page(source, [article({ title: text, paragraphs: ['西塘的文化活动。'], topics: ['culture'] })]),
    });
    for (const n of [1, 2, 3]) writeFileSync(join(dir, `${n}.txt`), `西塘${n}`);
    expect(library.search({ query: '西塘' }).total).toBe(0);
    const seen: [number, number | undefined][] = [];
    await library.importPaths([dir], {
      onProgress: () => {
        const result = library.search({ query: '西塘', filters: { topic: 'culture' } });
        seen.push([result.total, result.facets.topics.find((t) => t.id === 'culture')?.count]);
      },
    });
    expect(seen).toEqual([
      [0, undefined],
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    library.close();
  });

  it('keeps a bookmark made during an import when a later page of the same group cannot be stored', async () => {
    const { dir, library } = setupWithRefusedPage();
    const summary = await library.importPaths([dir], {
      onProgress: (p) => {
        if (p.filesDone === 1) library.setBookmark(library.searchIds('西塘镇新闻')[0] ?? -1, true);
      },
    });
    expect(summary.errors.map((e) => e.file.split('/').pop())).toEqual(['b.txt']);
    expect(library.listBookmarks().map((b) => b.title)).toEqual(['西塘镇新闻']);
    expect(library.listPages().map((p) => p.source.split('/').pop())).toEqual(['a.txt', 'c.txt']);
    library.close();
  });

  it('runs one import at a time', async () => {
    const { dir, library } = setup();
    writeFileSync(join(dir, '1.txt'), PAGE);
    const first = library.importPaths([dir]);
    await expect(library.importPaths([dir])).rejects.toThrow(/already running/);
    await first;
    expect(library.stats().pages).toBe(1);
    library.close();
  });

  it('stops after the file in hand when cancelled, keeping the files already done', async () => {
    const { dir, library } = setup();
    for (const n of [1, 2, 3, 4]) writeFileSync(join(dir, `${n}.txt`), `${PAGE}${n}`);
    const controller = new AbortController();
    const summary = await library.importPaths([dir], {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.filesDone === 2) controller.abort();
      },
    });
    expect(summary).toMatchObject({ cancelled: true, pages: 2 });
    expect(library.stats().pages).toBe(2);
    library.close();
  });
});
