import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enrichPage } from '../../../electron/core/enrich';
import { parsedPageSchema } from '../../../electron/shared/model';
import { gazetteer, page, story } from './fixtures';

/** Fragments that exercise every rule: names, short forms, 我县-words, titles, speech, dates, punctuation. */
const FRAGMENTS = [
  '嘉善县', '西塘镇', '西塘', '华联村', '大桥镇', '扬州市', '江都区', '我县', '全县', '市委', '县委书记', '王建国', '说', '表示',
  '“', '”', '、', ',', '。', '党支部', '乡村振兴', '医院', '学校', '2024年1月2日', '惠民', '和县', '上海宁波', '平湖', '区委', '縣',
  '吴金华', '调研时强调', '全市', '幸福社区', '', ' ',
];
const text = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((parts) => parts.join(''));
const article = fc.record({ title: text, paragraphs: fc.array(text, { maxLength: 5 }), caption: fc.option(text, { nil: null }) });

describe('enrichPage on any text', () => {
  it('returns a valid page: known place levels, 1–3 topics, no byline among the people', () => {
    fc.assert(
      fc.property(fc.array(article, { maxLength: 4 }), fc.constantFrom('嘉善版', null), (fields, masthead) => {
        const stories = fields.map((f) => story({ ...f, authors: [{ name: '王建国', role: '记者' }] }));
        const enriched = enrichPage(page(stories, { paper: '嘉兴日报', name: masthead }), { gazetteer });
        parsedPageSchema.parse(enriched);
        for (const a of enriched.articles) {
          expect(a.topics.length).toBeGreaterThanOrEqual(1);
          expect(a.topics.length).toBeLessThanOrEqual(3);
          expect(a.people).not.toContain('王建国');
          if (a.region.town) expect(a.region.county).not.toBeNull();
          if (a.region.village) expect(a.region.town).not.toBeNull();
        }
      }),
      { numRuns: 200 },
    );
  });
});
