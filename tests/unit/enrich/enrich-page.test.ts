import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { enrichPage, enrichPageWithoutTopics, explainArticle, fileTopics } from '../../../electron/core/enrich';
import { DEFAULT_GAZETTEER_PATH } from '../../../electron/core/enrich/gazetteer-file';
import { readPage } from '../../../electron/core/page';
import { parsedPageSchema } from '../../../electron/shared/model';
import { gazetteer, page, story } from './fixtures';

const seedPage = (name: string) => readPage(readFileSync(`seeds/${name}`, 'utf8'), `seeds/${name}`);

describe('enrichPage', () => {
  const enriched = enrichPage(
    page(
      [
        story({
          title: '王建国赴西塘镇调研时强调',
          authors: [{ name: '周奕', role: '记者' }],
          paragraphs: ['县委书记王建国来到西塘镇华联村,了解党支部建设情况。', '华联村党支部书记李红介绍,党支部开展党建品牌创建。'],
        }),
      ],
      { paper: '嘉兴日报', name: '嘉善版' },
      'archive/2024-01-02/001.txt',
    ),
    { gazetteer },
  );
  const article = enriched.articles[0];

  it('fills every field of the model and stays valid', () => {
    expect(() => parsedPageSchema.parse(enriched)).not.toThrow();
    expect(enriched.edition).toMatchObject({ county: '嘉善县', date: '2024-01-02' });
    expect(article).toMatchObject({
      region: { province: '浙江省', city: '嘉兴市', county: '嘉善县', town: '西塘镇', village: '华联村' },
      topics: ['politics', 'party'],
      people: ['王建国', '李红'],
      date: '2024-01-02',
    });
  });

  it('explains its topics, places, people and date', () => {
    if (!article) throw new Error('no article');
    const why = explainArticle(article, enriched.edition, { gazetteer });
    expect(why.topics[0]).toMatchObject({ id: 'politics', rule: expect.stringContaining('王建国') });
    const party = why.topics.find((topic) => topic.id === 'party');
    expect(party?.terms).toEqual(expect.arrayContaining([expect.objectContaining({ term: '党支部', count: 3 })]));
    expect(why.places.find((place) => place.name === '西塘镇')).toEqual({ name: '西塘镇', level: 'town', count: 2, mentions: [{ text: '西塘镇', count: 2 }] });
    expect(why.people.map((person) => person.name)).toEqual(['王建国', '李红']);
    expect(why.date).toEqual({ value: '2024-01-02', source: 'file' });
  });

  it('offers an inferred date, kept out of the stored one, when the file name has none', () => {
    const undated = story({ title: '新年茶话会', paragraphs: ['2023年12月30日,茶话会在县行政中心举行。'] });
    const why = explainArticle(undated, { paper: '嘉兴日报', name: '嘉善版', county: '嘉善县', date: null }, { gazetteer });
    expect(undated.date).toBeNull();
    expect(why.date).toEqual({ value: '2023-12-30', precision: 'day', inferred: true, evidence: '2023年12月30日' });
  });
});

describe('topics filed apart from the rest of enrichment', () => {
  // 看望 makes a leader's visit 时政 only when the person holds an office, which a cue tells.
  const visit = page(
    [
      story({ title: '王建国到西塘镇看望困难群众', paragraphs: ['县委书记王建国来到西塘镇,看望慰问困难群众,送上慰问金。'] }),
      story({ title: '华联村开展党建品牌创建', paragraphs: ['华联村党支部书记李红介绍,党支部开展党建品牌创建。'] }),
    ],
    { paper: '嘉兴日报', name: '嘉善版' },
    'archive/2024-01-02/002.txt',
  );

  it('leaves topics empty and files them as enrichPage does, from a copy made across threads', () => {
    const without = enrichPageWithoutTopics(visit, { gazetteer });
    expect(without.page.articles.map((a) => a.topics)).toEqual([[], []]);
    const filed = fileTopics(structuredClone(without));
    expect(filed).toEqual(enrichPage(visit, { gazetteer }));
    expect(filed.articles[0]?.topics[0]).toBe('politics');
  });

  it('files a story set in traditional characters from its text in simplified ones, as enrichPage does', () => {
    const traditional = page(
      [story({ title: '縣醫院走進西塘鎮開展義診', paragraphs: ['縣醫院開展義診活動,醫生為群眾檢查身體。'] }), story({ title: '西塘镇举办灯会', paragraphs: ['游客纷纷前来观赏。'] })],
      { paper: '嘉兴日报', name: '嘉善版' },
      'archive/2024-01-02/003.txt',
    );
    const without = enrichPageWithoutTopics(traditional, { gazetteer });
    expect(without.traditional).toEqual([true, false]);
    const filed = fileTopics(structuredClone(without));
    expect(filed).toEqual(enrichPage(traditional, { gazetteer }));
    expect(filed.articles[0]?.topics[0]).toBe('health');
  });

  it('files a visit by someone without an office as what it is about, when the cues say so', () => {
    const without = enrichPageWithoutTopics(visit, { gazetteer });
    const noOffice = { ...without, cues: without.cues.map((people) => people.map(() => ['说'])) };
    expect(fileTopics(noOffice).articles[0]?.topics[0]).not.toBe('politics');
  });
});

describe.skipIf(!existsSync(DEFAULT_GAZETTEER_PATH))('the seeds through readPage', () => {
  it('places every story of the 嘉善版 page in 嘉善县', () => {
    const jiashan = seedPage('000_0a73ae1694179353.txt');
    expect(jiashan.edition.county).toBe('嘉善县');
    expect(jiashan.articles.length).toBeGreaterThan(3);
    for (const article of jiashan.articles) expect(article.region.county).toBe('嘉善县');
  });

  it('leaves the county of the mixed pages open and gives their stories several counties', () => {
    for (const name of ['002_92ce43396e9eb2c9.txt', '004_959efbff27813346.txt']) {
      const mixed = seedPage(name);
      expect(mixed.edition.county).toBeNull();
      expect(new Set(mixed.articles.map((article) => article.region.county)).size).toBeGreaterThanOrEqual(3);
    }
  });
});
