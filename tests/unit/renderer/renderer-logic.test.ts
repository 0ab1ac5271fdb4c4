import { describe, expect, it } from 'vitest';
import { daysOfMonth, monthsBetween } from '../../../renderer/calendar';
import { moved, ordered } from '../../../renderer/collection-order';
import { facetScopes, monthRange, sameChoices, toggle, wholeMonthOf, withDates, without, yearRange } from '../../../renderer/filters';
import { dateRangeLabel, headlineOf, storyTitle } from '../../../renderer/format';
import { findRanges } from '../../../renderer/highlight';
import { offeredSearches, rememberSearch } from '../../../renderer/recent-searches';
import { neighbourPages } from '../../../renderer/page-order';
import { translator } from '../../../renderer/i18n/translator';
import { format, MESSAGES, TOPIC_NAMES } from '../../../renderer/i18n/messages';
import { checkedCount, clickBox, isChecked, NONE } from '../../../renderer/selection';

const collection = (id: number, name: string) => ({ id, name, createdAt: '2024-01-01', count: 0 });

describe('find in story', () => {
  it('finds every occurrence, ignoring letter case, with overlaps merged', () => {
    expect(findRanges('西塘镇西塘', ['西塘'])).toEqual([
      [0, 2],
      [3, 5],
    ]);
    expect(findRanges('5G网络 5g', ['5G'])).toEqual([
      [0, 2],
      [5, 7],
    ]);
    expect(findRanges('长三角一体化', ['三角', '角一体'])).toEqual([[1, 5]]);
    expect(findRanges('文本', [''])).toEqual([]);
  });
});

describe('sidebar choices combine', () => {
  it('adds a choice of another kind, replaces one of the same kind, and takes back the same one', () => {
    const county = toggle({}, 'region', '嘉善县');
    const both = toggle(county, 'topic', 'economy');
    expect(both).toEqual({ region: '嘉善县', topic: 'economy' });
    expect(toggle(both, 'region', '平湖市')).toEqual({ region: '平湖市', topic: 'economy' });
    expect(toggle(both, 'region', '嘉善县')).toEqual({ topic: 'economy' });
    expect(without(both, 'topic')).toEqual({ region: '嘉善县' });
  });
});

describe('story titles', () => {
  it('name untitled photo news by the start of its caption, in either language, and fall back to a label', () => {
    const zh = translator('zh').t;
    const en = translator('en').t;
    const photo = { title: '', kind: 'photo' as const, caption: '  金色稻田泛起阵阵稻浪,收割机在田里来回穿梭,收割、脱粒' };
    expect(storyTitle(photo, zh)).toBe('图片新闻：金色稻田泛起阵阵稻浪,收割机在田里来…');
    expect(storyTitle(photo, en)).toBe('Photo: 金色稻田泛起阵阵稻浪,收割机在田里来…');
    expect(storyTitle({ ...photo, caption: '反诈街灯' }, zh)).toBe('图片新闻：反诈街灯');
    expect(storyTitle({ ...photo, caption: null }, zh)).toBe('(无标题图片新闻)');
    expect(storyTitle({ title: '', kind: 'article', caption: null }, en)).toBe('(untitled)');
    expect(storyTitle({ ...photo, title: '稻浪' }, zh)).toBe('稻浪');
    // The open story's headline leaves the caption to the caption.
    expect([headlineOf(photo, zh), headlineOf(photo, en), headlineOf({ ...photo, title: '稻浪' }, zh)]).toEqual(['图片新闻', 'Photo', '稻浪']);
  });
});

describe('the sidebar counts', () => {
  it('count each facet with every choice but its own, one request per distinct scope', () => {
    const nothing = facetScopes({});
    expect(nothing.requests).toEqual([{}]);
    const chosen = facetScopes({ region: '嘉善县', person: '张锡锋', dateFrom: '2023-01-01', dateTo: '2023-12-31', unread: true });
    const scopeOf = (kind: keyof typeof chosen.scopeOf) => JSON.parse(chosen.scopeOf[kind]) as unknown;
    expect(scopeOf('regions')).toEqual({ person: '张锡锋', dateFrom: '2023-01-01', dateTo: '2023-12-31', unread: true });
    expect(scopeOf('topics')).toEqual({ region: '嘉善县', person: '张锡锋', dateFrom: '2023-01-01', dateTo: '2023-12-31', unread: true });
    expect(scopeOf('years')).toEqual({ region: '嘉善县', person: '张锡锋', unread: true });
    expect(scopeOf('people')).toEqual({ region: '嘉善县', dateFrom: '2023-01-01', dateTo: '2023-12-31', unread: true });
    expect(chosen.requests).toHaveLength(4);
    // With only a topic chosen, places, years and people all count the topic's stories.
    expect(facetScopes({ topic: 'culture' }).requests).toEqual([{ topic: 'culture' }, {}]);
  });
});

describe('the choices a followed search is known by', () => {
  it('are the same in any order of keys, and differ in any value or key', () => {
    expect(sameChoices({ region: '嘉善县', topic: 'culture' }, { topic: 'culture', region: '嘉善县' })).toBe(true);
    expect(sameChoices({}, {})).toBe(true);
    expect(sameChoices({ region: '嘉善县' }, { region: '平湖市' })).toBe(false);
    expect(sameChoices({ region: '嘉善县' }, { region: '嘉善县', topic: 'culture' })).toBe(false);
  });
});

describe('a range of dates', () => {
  it('keeps the other choices, leaves either end open, and moves the other end along rather than making the range empty', () => {
    const county = { region: '嘉善县' };
    expect(withDates(county, '2023-03-01', '2023-06-30', 'from')).toEqual({ region: '嘉善县', dateFrom: '2023-03-01', dateTo: '2023-06-30' });
    expect(withDates(county, '', '2023-06-30', 'from')).toEqual({ region: '嘉善县', dateTo: '2023-06-30' });
    expect(withDates({ ...county, dateFrom: '2023-03-01', dateTo: '2023-06-30' }, undefined, undefined, 'from')).toEqual(county);
    expect(withDates(county, '2023-08-01', '2023-06-30', 'from')).toEqual({ region: '嘉善县', dateFrom: '2023-08-01', dateTo: '2023-08-01' });
    expect(withDates(county, '2023-08-01', '2023-06-30', 'to')).toEqual({ region: '嘉善县', dateFrom: '2023-06-30', dateTo: '2023-06-30' });
  });

  it('is a whole month from its first to its last day, leap years included, and is known as that month only when it is exactly that', () => {
    expect([monthRange('2024-02'), monthRange('2023-02'), monthRange('2023-12'), monthRange('2023-04')]).toEqual([
      { dateFrom: '2024-02-01', dateTo: '2024-02-29' },
      { dateFrom: '2023-02-01', dateTo: '2023-02-28' },
      { dateFrom: '2023-12-01', dateTo: '2023-12-31' },
      { dateFrom: '2023-04-01', dateTo: '2023-04-30' },
    ]);
    expect(wholeMonthOf(monthRange('2024-02'))).toBe('2024-02');
    expect([wholeMonthOf({ dateFrom: '2024-02-01', dateTo: '2024-02-28' }), wholeMonthOf({ dateFrom: '2024-02-01' }), wholeMonthOf({}), wholeMonthOf(yearRange('2024'))]).toEqual([null, null, null, null]);
  });

  it('is named in the list heading as a year, a month, two ends or one', () => {
    const named = (lang: 'zh' | 'en') => {
      const { t, date } = translator(lang);
      return (dateFrom?: string, dateTo?: string) => dateRangeLabel({ dateFrom, dateTo }, t, date);
    };
    const zh = named('zh');
    expect([zh('2022-01-01', '2022-12-31'), zh('2022-03-01', '2022-03-31'), zh('2022-01-01', '2023-12-31'), zh('2022-03-05'), zh(undefined, '2022-03-05'), zh()]).toEqual([
      '2022年',
      '2022年3月',
      '2022年1月1日至2023年12月31日',
      '2022年3月5日以来',
      '2022年3月5日以前',
      null,
    ]);
    const en = named('en');
    expect([en('2022-01-01', '2022-12-31'), en('2022-03-01', '2022-03-31'), en('2022-01-01', '2023-12-31'), en('2022-03-05'), en(undefined, '2022-03-05')]).toEqual([
      '2022',
      'Mar 2022',
      '1 Jan 2022 to 31 Dec 2023',
      'since 5 Mar 2022',
      'until 5 Mar 2022',
    ]);
  });
});

describe('when the reader opened a story', () => {
  it('is said by its day as near as it is, in local time, with the time of day until a year has turned', () => {
    const now = new Date(2026, 10, 23, 9, 30);
    const at = (...parts: [number, number, number, number, number]) => new Date(...parts).toISOString();
    const zh = translator('zh').when;
    const en = translator('en').when;
    expect(zh(at(2026, 10, 23, 0, 5), now)).toBe('今天 00:05');
    expect(zh(at(2026, 10, 22, 23, 59), now)).toBe('昨天 23:59');
    expect(zh(at(2026, 0, 2, 14, 7), now)).toBe('1月2日 14:07');
    expect(zh(at(2025, 11, 31, 14, 7), now)).toBe('2025年12月31日');
    expect(en(at(2026, 10, 23, 13, 0), now)).toBe('today 13:00');
    expect(en(at(2026, 10, 21, 8, 0), now)).toBe('21 Nov 08:00');
    expect(en(at(2024, 1, 29, 8, 0), now)).toBe('29 Feb 2024');
  });
});

describe('recent searches', () => {
  it('put the newest first, once, and keep twenty', () => {
    expect(rememberSearch(['乡贤', '西塘'], ' 西塘 ')).toEqual(['西塘', '乡贤']);
    const same = ['西塘', '乡贤'];
    expect(rememberSearch(same, '西塘')).toBe(same);
    expect(rememberSearch(same, '  ')).toBe(same);
    const many = Array.from({ length: 20 }, (_, i) => `词${i}`);
    const next = rememberSearch(many, '新词');
    expect(next).toHaveLength(20);
    expect([next[0], next.at(-1)]).toEqual(['新词', '词18']);
  });

  it('are offered as they go on from what is typed, all of them for an empty box, at most as many as asked', () => {
    const recent = ['乡贤 西塘', '志愿', 'CBD 规划', '乡贤', '乡村振兴'];
    expect(offeredSearches(recent, '', 3)).toEqual(['乡贤 西塘', '志愿', 'CBD 规划']);
    expect(offeredSearches(recent, ' 乡', 8)).toEqual(['乡贤 西塘', '乡贤', '乡村振兴']);
    expect(offeredSearches(recent, '乡贤', 8)).toEqual(['乡贤 西塘']);
    expect(offeredSearches(recent, 'cbd', 8)).toEqual(['CBD 规划']);
    expect(offeredSearches(recent, '西塘', 8)).toEqual([]);
  });
});

describe('checking stories for export', () => {
  it('checks a range with shift and unchecks one out of "all" without losing the others loaded', () => {
    const one = clickBox(NONE, [1, 2, 3, 4], 2, null);
    expect(isChecked(one, 2)).toBe(true);
    const range = clickBox(one, [1, 2, 3, 4], 4, [2, 3, 4]);
    expect(checkedCount(range, 4)).toBe(3);
    const offAgain = clickBox(range, [1, 2, 3, 4], 3, [3]);
    expect([...(offAgain.all ? [] : offAgain.ids)].sort()).toEqual([2, 4]);
    expect(checkedCount({ all: true }, 100_000)).toBe(100_000);
    const fromAll = clickBox({ all: true }, [1, 2, 3], 2, null);
    expect(fromAll).toEqual({ all: false, ids: new Set([1, 3]) });
  });
});

describe('collections in the reader’s order', () => {
  it('keeps the saved order, puts new ones after it by name, and moves one step at a time', () => {
    const all = [collection(1, '乡村振兴'), collection(2, '古镇'), collection(3, '党建')];
    expect(ordered(all, [3, 1]).map((c) => c.id)).toEqual([3, 1, 2]);
    expect(ordered(all, []).map((c) => c.name)).toEqual(['党建', '古镇', '乡村振兴']);
    expect(moved(ordered(all, [3, 1]), 1, -1)).toEqual([1, 3, 2]);
    expect(moved(ordered(all, [3, 1]), 3, -1)).toEqual([3, 1, 2]);
  });
});

describe('the edition calendar', () => {
  it('covers every month between the first and last dated edition, newest first', () => {
    expect(monthsBetween(['2024-02-03', '2023-11-30', '2023-12-29'])).toEqual(['2024-02', '2024-01', '2023-12', '2023-11']);
    expect(monthsBetween([])).toEqual([]);
  });

  it('lays a month out in weeks from Monday', () => {
    const weeks = daysOfMonth('2024-01');
    expect(weeks[0]?.[0]).toBe('2024-01-01');
    expect(weeks.flat().filter(Boolean)).toHaveLength(31);
    const december = daysOfMonth('2023-12');
    expect(december[0]?.slice(0, 5)).toEqual([null, null, null, null, '2023-12-01']);
  });
});

describe('the message catalogue', () => {
  it('has every key in English as in Chinese, with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, zh] of Object.entries(MESSAGES.zh)) {
      const en = MESSAGES.en[key as keyof typeof MESSAGES.en];
      expect(en, key).toMatch(/\S/);
      expect(placeholders(en), key).toEqual(placeholders(zh));
    }
    expect(Object.keys(TOPIC_NAMES.en).sort()).toEqual(Object.keys(TOPIC_NAMES.zh).sort());
  });

  it('fills placeholders and leaves a missing one visible', () => {
    expect(format('共 {total} 篇', { total: 41 })).toBe('共 41 篇');
    expect(format('{a}/{b}', { a: 1 })).toBe('1/{b}');
  });
});

describe('turning printed pages', () => {
  const pages = [
    { id: 7, source: '2024-01-05/嘉善版第10版.txt' },
    { id: 3, source: '2024-01-05/嘉善版第3版.txt' },
    { id: 9, source: '2024-01-05/附页.txt' },
    { id: 4, source: '2024-01-05/嘉善版第4版.txt' },
    { id: 8, source: '2024-01-05/b-插页.txt' },
  ];
  it('goes by the page numbers of the file names, not by id or name, over the numbers the archive lacks', () => {
    expect(neighbourPages(pages, 3)).toEqual({ previous: null, next: pages[3] });
    expect(neighbourPages(pages, 4)).toEqual({ previous: pages[1], next: pages[0] });
  });
  it('puts pages without a number last, by name, and knows no neighbours of a page not listed', () => {
    expect(neighbourPages(pages, 7)).toEqual({ previous: pages[3], next: pages[4] });
    expect(neighbourPages(pages, 9)).toEqual({ previous: pages[4], next: null });
    expect(neighbourPages(pages, 99)).toEqual({ previous: null, next: null });
  });
});
