import { describe, expect, it } from 'vitest';
import { excludeExpression, includeExpression, matchesFolded, parseQuery } from '../../../electron/core/search/query';

describe('parseQuery', () => {
  it('ANDs whitespace-separated terms', () => {
    expect(parseQuery('西塘  古镇\t旅游')).toEqual({ include: ['西塘', '古镇', '旅游'], exclude: [] });
  });

  it('keeps a quoted phrase together and excludes -terms', () => {
    expect(parseQuery('"西塘 古镇" -旅游 -"a b"')).toEqual({ include: ['西塘 古镇'], exclude: ['旅游', 'a b'] });
  });

  it('folds the query like the text, including full-width quotes and minus', () => {
    expect(parseQuery('＂西塘鎮＂ －ＣＢＤ')).toEqual({ include: ['西塘镇'], exclude: ['cbd'] });
  });

  it('reads a lone minus and an unclosed quote literally', () => {
    expect(parseQuery('- "西塘').include).toEqual(['-', '西塘']);
  });

  it('builds FTS5 expressions from the terms', () => {
    const q = parseQuery('西塘 镇 -会议');
    expect(includeExpression(q)).toBe('"西塘" AND "镇"*');
    expect(excludeExpression(q)).toBe('"会议"');
    expect(includeExpression(parseQuery('-会议'))).toBeNull();
  });

  it('matches folded fields term by term, never across fields', () => {
    const q = parseQuery('西塘 -会议');
    expect(matchesFolded(q, ['西塘镇', '新闻'])).toBe(true);
    expect(matchesFolded(q, ['西塘镇', '工作会议'])).toBe(false);
    expect(matchesFolded(parseQuery('塘镇'), ['西塘', '镇'])).toBe(false);
  });
});
