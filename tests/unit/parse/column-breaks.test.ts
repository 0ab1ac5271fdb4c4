import { describe, expect, it } from 'vitest';
import { parse } from './page-fixture';

const head = ['县政协召开座谈会', '■记者 王小明'];

describe('column breaks', () => {
  it('joins a paragraph cut mid-word with its continuation', () => {
    const page = parse(...head, '本报讯 会议要求,面对新形势、新任务、新要', '求,进一步凝聚共识。', '会议还听取了工作汇报。');
    expect(page.articles[0]?.paragraphs).toEqual(['本报讯 会议要求,面对新形势、新任务、新要求,进一步凝聚共识。', '会议还听取了工作汇报。']);
  });

  it('joins a cut that falls between two characters of a place name', () => {
    const page = parse(...head, '本报讯 为发挥乡贤作用,西', '塘镇拓宽了资源网络。');
    expect(page.articles[0]?.paragraphs).toEqual(['本报讯 为发挥乡贤作用,西塘镇拓宽了资源网络。']);
  });

  it('never glues a finished paragraph to the next one', () => {
    const page = parse(...head, '本报讯 会议听取了汇报。', '会议要求各地抓好落实。');
    expect(page.articles[0]?.paragraphs).toHaveLength(2);
  });

  it('never glues a subhead or a headline onto an open paragraph', () => {
    const page = parse(...head, '本报讯 会议要求各地在冬季', '闻令而动 挺身而出', '各社区迅速行动。', '另一条新闻', '■记者 李四', '本报讯 另一件事。');
    const [first, second] = page.articles;
    expect(first?.paragraphs).toEqual(['本报讯 会议要求各地在冬季', '闻令而动 挺身而出', '各社区迅速行动。']);
    expect(first?.subheads).toEqual([1]);
    expect(second?.title).toBe('另一条新闻');
  });

  it('reads a paragraph printed twice once', () => {
    const page = parse(...head, '本报讯 会议听取了汇报。', '会议要求各地抓好落实。', '本报讯 会议听取了汇报。', '会议要求各地抓好落实。');
    expect(page.articles[0]?.paragraphs).toEqual(['本报讯 会议听取了汇报。', '会议要求各地抓好落实。']);
  });
});

describe('incomplete stories', () => {
  it('marks a story whose text starts and ends mid-sentence', () => {
    const page = parse(...head, '升,群众的获得感更强了。', '会议要求,各地在冬季要抓好');
    expect(page.articles[0]?.incomplete).toEqual({ start: true, end: true });
  });

  it('marks a complete story as complete', () => {
    expect(parse(...head, '本报讯 会议听取了汇报。').articles[0]?.incomplete).toEqual({ start: false, end: false });
  });
});

describe('sentences that merely look cut', () => {
  it('keeps paragraphs that open with common words as paragraphs of their own', () => {
    const page = parse(
      '县政协召开座谈会',
      '■记者 王小明',
      '本报讯 会议听取了汇报。',
      '同时,会议还部署了下一阶段工作。',
      '了解到群众的难处后,工作组立即行动。',
      '过去一年,全县经济稳中有进。',
      '的确,这项工作还有不少短板。',
    );
    expect(page.articles[0]?.paragraphs).toHaveLength(5);
    expect(page.unplaced).toEqual([]);
  });
});
