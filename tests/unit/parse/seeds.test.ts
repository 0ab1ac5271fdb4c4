import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../electron/core/parse';
import type { ParsedPage } from '../../../electron/shared/model';
import { byTitle, names } from './page-fixture';

function seed(prefix: string): ParsedPage {
  const dir = new URL('../../../seeds/', import.meta.url);
  const file = ['000_0a73ae1694179353', '001_a7110208f8f702a3', '002_92ce43396e9eb2c9', '003_cbe0a290ce09cb7e', '004_959efbff27813346'].find((f) => f.startsWith(prefix));
  return parsePage(readFileSync(new URL(`${file}.txt`, dir), 'utf8'), `${file}.txt`);
}

/** The seed pages as a reader sees them: which stories, under which headlines, by whom. */
describe('seed pages', () => {
  it('000: the 嘉善版 masthead and its seven stories with their bylines', () => {
    const page = seed('000');
    expect(page.edition).toMatchObject({ paper: '嘉兴日报', name: '嘉善版' });
    expect(page.articles.map((a) => [a.title, names(a)])).toEqual([
      ['2024年各界人士新年茶话会举行', ['周奕', '胡凌霄', '徐寻']],
      ['县政协召开各镇(街道)政协联络室及各界别活动组工作总结交流会', ['倪晶晶']],
      ['我县打造慢病管理“嘉善模式”为全民健康夯实基础', ['本报通讯员']],
      ['我县企业获嘉兴市标准创新贡献奖', ['陆丹', '张斌']],
      ['点亮冬夜「平安灯」', ['潘建荣']],
      ['我县两个党支部入选全省“小个专”及新就业群体党建示范点', ['陆丹']],
      ['深化“警网融合”机制 探索CBD共治新模式', ['周奕']],
    ]);
    expect(page.articles.find((a) => a.kind === 'photo')?.title).toBe('点亮冬夜「平安灯」');
    expect(page.unplaced).toEqual([]);
  });

  it('000: column breaks are mended and no paragraph ends mid-sentence', () => {
    for (const article of seed('000').articles) {
      for (const p of article.paragraphs) expect(p, article.title).toMatch(/[。!?…”]$/);
    }
  });

  it('001: the 江海洋 visit is put together from the foot of another story, without the repeats', () => {
    const page = seed('001');
    const visit = page.articles.find((a) => a.kicker === '江海洋赴大云镇调研时强调');
    expect(visit?.paragraphs.length).toBe(6);
    expect(visit?.paragraphs.filter((p) => p.includes('江海洋')).length).toBeGreaterThanOrEqual(4);
    const medics = byTitle(page, '嘉善3名医务人员驰援绍兴');
    expect(medics.paragraphs.join('')).not.toContain('江海洋');
    const all = page.articles.flatMap((a) => a.paragraphs);
    expect(new Set(all).size).toBe(all.length);
  });

  it('001: the 党员 story takes back the fragments printed inside the 罗星街道 story, which keeps its second section', () => {
    const page = seed('001');
    const party = byTitle(page, '党员干部勇担当 防疫一线党旗扬');
    const luoxing = page.articles.find((a) => a.section === '全面冲刺“全年红”');
    expect(party.subheads.map((i) => party.paragraphs[i])).toEqual(['闻令而动 挺身而出', '“疫”不容辞 铸就后盾']);
    expect(party.paragraphs.some((p) => p.includes('105户次'))).toBe(true);
    expect(luoxing?.subheads.map((i) => luoxing.paragraphs[i])).toEqual(['坚持“招引+培育” 全力推动产业升级', '坚持“服务+配套” 全力推动环境升级']);
    expect(page.unplaced).toEqual([]);
  });

  it('003: the lead at the foot of the page opens the 仲旭东 story, whose body sits in the middle', () => {
    const page = seed('003');
    const meeting = page.articles.find((a) => a.kicker?.startsWith('仲旭东'));
    expect(meeting?.authors).toEqual([{ name: '胡佳英', role: '记者' }]);
    expect(meeting?.paragraphs[0]).toMatch(/^本报讯/);
    expect(meeting?.paragraphs[0]).toContain('胜利召开。市委副书记、市长周军波主持会议');
    expect(page.articles.map((a) => a.title)).toContain('市人大常委会召开座谈会 助推经济稳进提质 百日攻坚行动');
    expect(byTitle(page, '平湖又添省“红领巾奖章”四星章').paragraphs.join('')).not.toContain('仲旭东');
  });

  it('002 and 004: bare names lines under headlines and photo credits in all three forms', () => {
    const photos = [...seed('002').articles, ...seed('004').articles].filter((a) => a.kind === 'photo');
    expect(photos.map(names)).toEqual([['徐佳雯'], ['陈晓青', '毛遂'], ['陆佳妍', '胡萍']]);
    expect(byTitle(seed('002'), '数智赋能证件无忧').authors).toEqual([
      { name: '徐卉婷', role: null },
      { name: '吴颖娟', role: null },
    ]);
  });
});
