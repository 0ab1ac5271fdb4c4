import { describe, expect, it } from 'vitest';
import { PICTURE, byTitle, parse } from './page-fixture';

const story = ['县图书馆新馆开放', '■记者 王小明', '本报讯 昨天,县图书馆新馆正式开放,首日接待读者三千余人次。'];
const caption = '近日,西塘镇的稻田迎来丰收,收割机在田间来回穿梭,一派繁忙景象。';

describe('photo news', () => {
  it('reads title, caption and a byline printed under the caption', () => {
    const page = parse(...story, `稻浪翻金${PICTURE}`, caption, '■通讯员 李 华');
    const photo = byTitle(page, '稻浪翻金');
    expect(photo).toMatchObject({ kind: 'photo', caption, authors: [{ name: '李华', role: '通讯员' }] });
    expect(byTitle(page, '县图书馆新馆开放').paragraphs).toHaveLength(1);
  });

  it('reads an untitled photo with a 摄 credit', () => {
    const page = parse(...story, `${PICTURE}${caption}`, '张 伟 摄');
    const photo = page.articles.find((a) => a.kind === 'photo');
    expect(photo).toMatchObject({ title: '', caption, authors: [{ name: '张伟', role: '摄' }] });
  });

  it('reads an untitled photo credited by a bare names line', () => {
    const page = parse(...story, `${PICTURE}${caption}`, '陈晓青 毛 遂', '下一条新闻', '■记者 赵敏', '本报讯 另一件事。');
    expect(page.articles.find((a) => a.kind === 'photo')?.authors.map((a) => a.name)).toEqual(['陈晓青', '毛遂']);
    expect(page.articles.map((a) => a.title)).toContain('下一条新闻');
  });

  it('splits a credit printed at the end of the caption', () => {
    const page = parse(...story, `丰收时节${PICTURE}`, `${caption} 陆佳妍/文 胡萍/摄`);
    expect(byTitle(page, '丰收时节')).toMatchObject({
      caption,
      authors: [
        { name: '陆佳妍', role: '文' },
        { name: '胡萍', role: '摄' },
      ],
    });
  });

  it('reads a title printed below the picture', () => {
    const page = parse(...story, `${PICTURE}智慧化改造`, caption, '■摄影 王 强 徐冰艳');
    expect(byTitle(page, '智慧化改造')).toMatchObject({ kind: 'photo', authors: [{ name: '王强' }, { name: '徐冰艳' }] });
  });
});

describe('subheads', () => {
  it('keeps subheads as paragraphs and lists them', () => {
    const page = parse(
      ...story,
      '闻令而动 挺身而出',
      '各社区迅速行动,组织志愿者上门走访。',
      '坚持“服务+配套”\n全力推动环境升级',
      '今年以来,街道新建了三处口袋公园。',
    );
    const a = byTitle(page, '县图书馆新馆开放');
    expect(a.subheads.map((i) => a.paragraphs[i])).toEqual(['闻令而动 挺身而出', '坚持“服务+配套” 全力推动环境升级']);
    expect(a.paragraphs).toHaveLength(5);
  });

  it('does not take a long unbroken line cut at the foot of a column for a subhead', () => {
    const page = parse(...story, '托管合作带来的最大变化就是医疗技术', '能力的提升。近日,医院成功救治了一名危重患者。');
    const a = byTitle(page, '县图书馆新馆开放');
    expect(a.subheads).toEqual([]);
    expect(a.paragraphs[1]).toBe('托管合作带来的最大变化就是医疗技术能力的提升。近日,医院成功救治了一名危重患者。');
  });
});
