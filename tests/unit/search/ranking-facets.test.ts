import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Library } from '../../../electron/core/library';
import type { Region } from '../../../electron/shared/model';
import { article, page, tempDir } from '../store/article-fixtures';

const region = (town: string | null, county = '嘉善县'): Region => ({ province: '浙江省', city: '嘉兴市', county, town, village: null });

let library: Library;
beforeEach(() => {
  library = Library.open(join(tempDir(), 'rank.db'));
  library.importParsedPages([
    page('a.txt', [
      article({ title: '全县工作会议召开', paragraphs: ['西塘 西塘 西塘 西塘,西塘古镇游客多。'], region: region('西塘镇'), topics: ['culture'], date: '2024-01-03' }),
      article({ title: '西塘古镇迎来新春', paragraphs: ['游客如织。'], region: region('西塘镇'), topics: ['culture', 'economy'], date: '2023-12-01' }),
      article({ title: '姚庄镇桃花节', paragraphs: ['游客去了西塘,又来到姚庄。'], region: region('姚庄镇'), topics: ['rural'], date: '2024-03-01' }),
      article({ title: '平湖新闻', paragraphs: ['与西塘无关的平湖消息。'], region: region(null, '平湖市'), topics: ['economy'], date: '2022-05-01' }),
    ]),
  ]);
});
afterEach(() => library.close());

describe('ranking', () => {
  it('puts headline hits above body hits, however often the body repeats the term', () => {
    const r = library.search({ query: '西塘' });
    expect(r.hits[0]?.title).toBe('西塘古镇迎来新春');
    expect(r.hits[0]?.headlineHit).toBe(true);
    expect(r.hits.slice(1).every((h) => !h.headlineHit)).toBe(true);
  });

  it('orders body hits by bm25 relevance, the denser match first', () => {
    const r = library.search({ query: '西塘' });
    expect(r.hits[1]?.title).toBe('全县工作会议召开');
    expect(r.hits[1]?.score).toBeGreaterThan(r.hits[2]?.score ?? Infinity);
  });

  it('sorts newest first on request', () => {
    const r = library.search({ query: '西塘', sort: 'date' });
    expect(r.ranking).toBe('date');
    expect(r.hits.map((h) => h.date)).toEqual(['2024-03-01', '2024-01-03', '2023-12-01', '2022-05-01']);
  });

  it('pages through the hits', () => {
    const all = library.search({ query: '西塘', sort: 'date' }).hits.map((h) => h.id);
    const second = library.search({ query: '西塘', sort: 'date', offset: 1, limit: 2 }).hits.map((h) => h.id);
    expect(second).toEqual(all.slice(1, 3));
  });
});

describe('a search for either of two terms', () => {
  it('finds the stories with either, headline hits of either first, and marks both', () => {
    const r = library.search({ query: '姚庄 OR 新春' });
    expect(r.total).toBe(2);
    expect(r.hits.map((h) => [h.title, h.headlineHit]).sort()).toEqual([
      ['姚庄镇桃花节', true],
      ['西塘古镇迎来新春', true],
    ]);
    const wider = library.search({ query: '姚庄 OR 西塘' });
    expect(wider.hits.map((h) => h.headlineHit)).toEqual([true, true, false, false]);
    const yaozhuang = r.hits.find((h) => h.title === '姚庄镇桃花节');
    expect(yaozhuang?.titleHighlights).toEqual([[0, 2]]);
    expect(library.getStory(yaozhuang?.id ?? 0, '姚庄 OR 西塘')?.matches.paragraphs).toEqual([[[4, 6], [10, 12]]]);
    // With another term, that one must occur too.
    expect(library.search({ query: '姚庄 OR 平湖 游客' }).hits.map((h) => h.title)).toEqual(['姚庄镇桃花节']);
  });
});

describe('ranking of very many matches', () => {
  it('lists headline hits first and then the rest newest first, without bm25', () => {
    const big = Library.open(join(tempDir(), 'big.db'));
    const day = (i: number) => new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const body = Array.from({ length: 1200 }, (_, i) => article({ title: `新闻${i}`, paragraphs: ['游客来到西塘。'], date: day(i) }));
    const headline = [article({ title: '西塘旧闻', date: day(0) }), article({ title: '又是西塘', date: day(1) })];
    big.importParsedPages([page('big.txt', [...body, ...headline])]);
    const r = big.search({ query: '西塘', limit: 5 });
    expect(r.total).toBe(1202);
    expect(r.hits.map((h) => h.title)).toEqual(['又是西塘', '西塘旧闻', '新闻1199', '新闻1198', '新闻1197']);
    expect(big.search({ query: '西塘', limit: 2, offset: 1 }).hits.map((h) => h.title)).toEqual(['西塘旧闻', '新闻1199']);
    big.close();
  });
});

describe('browsing order', () => {
  // 600 stories stored in this order (so ids ascend with i): days in scrambled order with many
  // shared, some given by month only, some undated; every third about culture, a few about politics.
  const N = 600;
  const dateOf = (i: number): string | null => {
    if (i % 50 === 7) return null;
    if (i % 13 === 0) return `2023-0${1 + (i % 9)}`;
    return new Date(Date.UTC(2022, 0, 1) + ((i * 7919) % 400) * 86_400_000).toISOString().slice(0, 10);
  };
  const topicOf = (i: number) => (i % 3 === 0 ? 'culture' : i % 40 === 1 ? 'politics' : 'economy');
  /** What the order must be: ISO dates compare as text (a month before its first day), undated last, then the later stored first. */
  const expected = (keep: (i: number) => boolean) =>
    Array.from({ length: N }, (_, i) => i)
      .filter(keep)
      .sort((a, b) => (dateOf(b) ?? '').localeCompare(dateOf(a) ?? '') || b - a)
      .map((i) => `第${i}篇`);
  /** Oldest first: dates ascending, undated still last, the same day in the order stored. */
  const expectedOldest = (keep: (i: number) => boolean) =>
    Array.from({ length: N }, (_, i) => i)
      .filter(keep)
      .sort((a, b) => (dateOf(a) ?? '\uffff').localeCompare(dateOf(b) ?? '\uffff') || a - b)
      .map((i) => `第${i}篇`);
  let big: Library;
  beforeEach(() => {
    big = Library.open(join(tempDir(), 'order.db'));
    const stories = Array.from({ length: N }, (_, i) => article({ title: `第${i}篇`, paragraphs: [`${topicOf(i)}的报道。`], topics: [topicOf(i)], date: dateOf(i) }));
    big.importParsedPages([page('order.txt', stories, null)]);
  });
  afterEach(() => big.close());

  const pagedTitles = (fetch: (offset: number) => { total: number; titles: string[] }) => {
    const titles: string[] = [];
    for (let offset = 0; ; offset += 37) {
      const page = fetch(offset);
      titles.push(...page.titles);
      if (offset + 37 >= page.total) return titles;
    }
  };

  it('lists every story newest first, page after page', () => {
    const titles = pagedTitles((offset) => {
      const page = big.listStories({}, offset, 37);
      return { total: page.total, titles: page.items.map((s) => s.title) };
    });
    expect(titles).toEqual(expected(() => true));
  });

  it('keeps that order within a filter that keeps many stories and within one that keeps few', () => {
    for (const topic of ['culture', 'politics'] as const) {
      const titles = pagedTitles((offset) => {
        const page = big.listStories({ topic }, offset, 37);
        return { total: page.total, titles: page.items.map((s) => s.title) };
      });
      expect(titles).toEqual(expected((i) => topicOf(i) === topic));
    }
  });

  it('keeps that order for a search sorted by date', () => {
    const titles = pagedTitles((offset) => {
      const result = big.search({ query: '的报道', sort: 'date', offset, limit: 37 });
      return { total: result.total, titles: result.hits.map((h) => h.title) };
    });
    expect(titles).toEqual(expected(() => true));
  });

  it('counts the stories of each year and month, months-only dates with their month, undated ones nowhere', () => {
    const perYear = new Map<number, number>();
    const perMonth = new Map<string, number>();
    for (let i = 0; i < N; i++) {
      const date = dateOf(i);
      if (!date) continue;
      perYear.set(Number(date.slice(0, 4)), (perYear.get(Number(date.slice(0, 4))) ?? 0) + 1);
      perMonth.set(date.slice(0, 7), (perMonth.get(date.slice(0, 7)) ?? 0) + 1);
    }
    const expectedYears = [...perYear].sort((a, b) => a[0] - b[0]).map(([year, count]) => ({ year, count }));
    const expectedMonths = [...perMonth].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([month, count]) => ({ month, count }));
    expect(expectedYears.length).toBeGreaterThan(1);
    expect(expectedMonths.length).toBeGreaterThan(12);
    const { years, months } = big.facets('', {});
    expect(years).toEqual(expectedYears);
    expect(months).toEqual(expectedMonths);
    expect(big.search({ query: '的报道', filters: { topic: 'politics' } }).facets.months).toEqual(
      expectedMonths.map(({ month }) => ({ month, count: Array.from({ length: N }, (_, i) => i).filter((i) => topicOf(i) === 'politics' && dateOf(i)?.startsWith(month)).length })).filter((m) => m.count > 0),
    );
  });

  it('lists oldest first on request, with a filter keeping many or few, and for a search', () => {
    for (const topic of [undefined, 'culture', 'politics'] as const) {
      const titles = pagedTitles((offset) => {
        const page = big.listStories(topic ? { topic } : {}, offset, 37, 'oldest');
        return { total: page.total, titles: page.items.map((s) => s.title) };
      });
      expect(titles).toEqual(expectedOldest((i) => topic === undefined || topicOf(i) === topic));
    }
    const searched = pagedTitles((offset) => {
      const result = big.search({ query: '的报道', sort: 'oldest', offset, limit: 37 });
      expect(result.ranking).toBe('oldest');
      return { total: result.total, titles: result.hits.map((h) => h.title) };
    });
    expect(searched).toEqual(expectedOldest(() => true));
  });
});

describe('filters and facets', () => {
  it('counts hits per region and topic for the current query', () => {
    const { facets, total } = library.search({ query: '游客' });
    expect(total).toBe(3);
    expect(facets.regions).toContainEqual({ name: '西塘镇', level: 'town', count: 2 });
    expect(facets.regions).toContainEqual({ name: '姚庄镇', level: 'town', count: 1 });
    expect(facets.regions).toContainEqual({ name: '嘉善县', level: 'county', count: 3 });
    expect(facets.topics).toEqual([
      { id: 'culture', count: 2 },
      { id: 'economy', count: 1 },
      { id: 'rural', count: 1 },
    ]);
  });

  it('counts dated hits per year, oldest year first, with the other filters applied', () => {
    expect(library.search({ query: '西塘' }).facets.years).toEqual([
      { year: 2022, count: 1 },
      { year: 2023, count: 1 },
      { year: 2024, count: 2 },
    ]);
    expect(library.facets('西塘', { region: '西塘镇' }).years).toEqual([
      { year: 2023, count: 1 },
      { year: 2024, count: 1 },
    ]);
  });

  it('filters by region at any level, with or without the suffix', () => {
    expect(library.search({ query: '西塘', filters: { region: '西塘镇' } }).total).toBe(2);
    expect(library.search({ query: '西塘', filters: { region: '西塘' } }).total).toBe(2);
    expect(library.search({ query: '西塘', filters: { region: '平湖市' } }).total).toBe(1);
    expect(library.search({ query: '西塘', filters: { region: '嘉兴市' } }).total).toBe(4);
  });

  it('filters by topic and by date range (months included whole)', () => {
    expect(library.search({ query: '西塘', filters: { topic: 'economy' } }).hits.map((h) => h.title).sort()).toEqual(['平湖新闻', '西塘古镇迎来新春']);
    expect(library.search({ query: '西塘', filters: { dateFrom: '2023-12', dateTo: '2024-01' } }).total).toBe(2);
  });

  it('counts every town and village for the place tree, where a result keeps to the 30 commonest', () => {
    const many = Library.open(join(tempDir(), 'towns.db'));
    // Town i has i + 1 stories with the term, each in its own village; one more story lacks the term.
    const towns = Array.from({ length: 35 }, (_, i) => `第${i}镇`);
    const stories = towns.flatMap((town, i) =>
      Array.from({ length: i + 1 }, (_, k) =>
        article({ title: `${town}新闻${k}`, paragraphs: ['游客来了。'], region: { province: '浙江省', city: '嘉兴市', county: '嘉善县', town, village: `${town}${k}村` } }),
      ),
    );
    many.importParsedPages([page('towns.txt', [...stories, article({ title: '无关', paragraphs: ['别的事。'], region: region('第0镇') })])]);
    const inResult = many.search({ query: '游客' }).facets.regions.filter((r) => r.level === 'town');
    expect(inResult).toHaveLength(30);
    expect(inResult[0]).toEqual({ name: '第34镇', level: 'town', count: 35 });
    const complete = many.facets('游客');
    for (const [i, town] of towns.entries()) expect(complete.regions).toContainEqual({ name: town, level: 'town', count: i + 1 });
    expect(complete.regions.filter((r) => r.level === 'village')).toHaveLength(stories.length);
    expect(complete.regions).toContainEqual({ name: '第3镇2村', level: 'village', count: 1 });
    expect(many.facets('游客', { region: '第0镇' }).regions).toContainEqual({ name: '第0镇', level: 'town', count: 1 });
    many.close();
  });

  it('filters by bookmark and read state, and facets follow the filters', () => {
    const [first] = library.search({ query: '姚庄' }).hits;
    expect(first).toBeDefined();
    library.setBookmark(first?.id ?? 0, true);
    const r = library.search({ query: '西塘', filters: { bookmarked: true } });
    expect(r.hits.map((h) => h.title)).toEqual(['姚庄镇桃花节']);
    expect(r.facets.topics).toEqual([{ id: 'rural', count: 1 }]);
    library.markRead(first?.id ?? 0);
    expect(library.search({ query: '西塘', filters: { unread: true } }).total).toBe(3);
  });

  it('lists stories without a query, newest first', () => {
    const page1 = library.listStories({ region: '嘉善县' }, 0, 2);
    expect(page1.total).toBe(3);
    expect(page1.items.map((s) => s.date)).toEqual(['2024-03-01', '2024-01-03']);
  });

  it('answers a query of exclusions only', () => {
    expect(library.search({ query: '-西塘' }).total).toBe(0);
    expect(library.search({ query: '-游客' }).hits.map((h) => h.title)).toEqual(['平湖新闻']);
  });

  it('refuses invalid requests with a readable message', () => {
    expect(() => library.search({ query: 'x', filters: { dateFrom: 'yesterday' } })).toThrow(/date is YYYY/);
  });
});
