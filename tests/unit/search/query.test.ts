import { describe, expect, it } from 'vitest';
import { matchesFolded, parseQuery } from '../../../electron/core/search/query';

describe('parseQuery', () => {
  it('ANDs whitespace-separated terms', () => {
    expect(parseQuery('西塘  古镇\t旅游')).toEqual({ include: ['西塘', '古镇', '旅游'], anyOf: [], exclude: [] });
  });

  it('keeps a quoted phrase together and excludes -terms', () => {
    expect(parseQuery('"西塘 古镇" -旅游 -"a b"')).toEqual({ include: ['西塘 古镇'], anyOf: [], exclude: ['旅游', 'a b'] });
  });

  it('folds the query like the text, including full-width quotes and minus', () => {
    expect(parseQuery('＂西塘鎮＂ －ＣＢＤ')).toEqual({ include: ['西塘镇'], anyOf: [], exclude: ['cbd'] });
  });

  it('makes either of two terms do with OR or |, and the rest must still occur', () => {
    expect(parseQuery('新冠 OR 疫情 防控')).toEqual({ include: ['防控'], anyOf: [['新冠', '疫情']], exclude: [] });
    expect(parseQuery('西塘|姚庄｜大云 -会议')).toEqual({ include: [], anyOf: [['西塘', '姚庄', '大云']], exclude: ['会议'] });
    expect(parseQuery('"a|b" OR "西塘 古镇"')).toEqual({ include: [], anyOf: [['a|b', '西塘 古镇']], exclude: [] });
  });

  it('reads OR only as the upper-case word between terms: a lower-case or, or one with nothing on a side, is not', () => {
    expect(parseQuery('Sale or rent')).toEqual({ include: ['sale', 'or', 'rent'], anyOf: [], exclude: [] });
    expect(parseQuery('OR 西塘 OR')).toEqual({ include: ['西塘'], anyOf: [], exclude: [] });
    // An exclusion between ends the alternatives: 西塘 and 古镇 must both occur.
    expect(parseQuery('西塘 OR -会议 古镇')).toEqual({ include: ['西塘', '古镇'], anyOf: [], exclude: ['会议'] });
  });

  it('reads a lone minus and an unclosed quote literally', () => {
    expect(parseQuery('- "西塘').include).toEqual(['-', '西塘']);
  });

  it('matches folded fields term by term, never across fields', () => {
    const q = parseQuery('西塘 -会议');
    expect(matchesFolded(q, ['西塘镇', '新闻'])).toBe(true);
    expect(matchesFolded(q, ['西塘镇', '工作会议'])).toBe(false);
    expect(matchesFolded(parseQuery('塘镇'), ['西塘', '镇'])).toBe(false);
    expect(matchesFolded(parseQuery('姚庄 OR 西塘 镇'), ['西塘镇'])).toBe(true);
    expect(matchesFolded(parseQuery('姚庄 OR 大云 镇'), ['西塘镇'])).toBe(false);
  });
});
