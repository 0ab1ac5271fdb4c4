import { describe, expect, it } from 'vitest';
import { byTitle, parse } from './page-fixture';

const body = '本报讯 日前,县文化馆在新建的展厅举办了年度书画展,吸引了众多市民前来观看。';

describe('masthead', () => {
  it('reads the edition and the paper, and keeps masthead lines out of the stories', () => {
    const page = parse('平湖版', '平湖发布 最平湖', 'JIAXING DAILY', '书画展开幕', '■记者 王小明', body);
    expect(page.edition.name).toBe('平湖版');
    expect(page.edition.paper).toBe('嘉兴日报');
    expect(page.articles).toHaveLength(1);
    expect(JSON.stringify(page.articles)).not.toContain('最平湖');
    expect(page.unplaced).toEqual([]);
  });

  it('keeps an unknown English paper name as printed', () => {
    expect(parse('HUANGSHAN DAILY', '书画展开幕', '■记者 王小明', body).edition.paper).toBe('HUANGSHAN DAILY');
  });

  it('does not take a headline ending in 版 for an edition further down the page', () => {
    const page = parse('书画展开幕', '■记者 王小明', body, '共富工坊升级版', '■记者 李四', '本报讯 近日,某镇的共富工坊完成了升级改造。');
    expect(page.edition.name).toBeNull();
    expect(page.articles.map((a) => a.title)).toEqual(['书画展开幕', '共富工坊升级版']);
  });
});

describe('headline blocks', () => {
  it('reads title and subtitle from two blocks', () => {
    const a = parse('县图书馆新馆开放', '市民可在家门口借阅二十万册图书', '■记者 王小明', body).articles[0];
    expect(a).toMatchObject({ kicker: null, title: '县图书馆新馆开放', subtitle: '市民可在家门口借阅二十万册图书' });
  });

  it('reads a short first block as the kicker', () => {
    const a = parse('“书香之城”', '县图书馆新馆今起对外开放', '■记者 王小明', body).articles[0];
    expect(a).toMatchObject({ kicker: '“书香之城”', title: '县图书馆新馆今起对外开放', subtitle: null });
  });

  it('reads kicker, title and subtitle from three blocks', () => {
    const a = parse('全民阅读月启动', '县图书馆新馆开放', '二十万册图书等你来借', '■记者 王小明', body).articles[0];
    expect(a).toMatchObject({ kicker: '全民阅读月启动', title: '县图书馆新馆开放', subtitle: '二十万册图书等你来借' });
  });

  it('joins a title wrapped over two lines into one title', () => {
    const a = parse('王大伟主持召开\n县政府第12次常务会议', '■记者 王小明', body).articles[0];
    expect(a?.title).toBe('王大伟主持召开县政府第12次常务会议');
  });

  it('splits a speaker kicker printed on the title line', () => {
    const a = parse('李明赴姚庄镇调研时强调 抓好项目建设 推动高质量发展', '■记者 王小明', body).articles[0];
    expect(a).toMatchObject({ kicker: '李明赴姚庄镇调研时强调', title: '抓好项目建设 推动高质量发展' });
  });

  it('takes a ■ label above a headline as the section, not as a headline', () => {
    const page = parse('■奋战四季度', '姚庄镇:项目建设跑出加速度', '■记者 王小明', body);
    expect(byTitle(page, '姚庄镇:项目建设跑出加速度').section).toBe('奋战四季度');
    expect(page.articles).toHaveLength(1);
  });
});
