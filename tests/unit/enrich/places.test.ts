import { describe, expect, it } from 'vitest';
import { enrichPage } from '../../../electron/core/enrich';
import { gazetteer, page, story } from './fixtures';

const jiaxing = { gazetteer, homeCity: '嘉兴市' };

function enrichOne(fields: Parameters<typeof story>[0], edition: Parameters<typeof page>[1] = { paper: '嘉兴日报', name: '嘉善版' }) {
  const enriched = enrichPage(page([story(fields)], edition), { gazetteer });
  const article = enriched.articles[0];
  if (!article) throw new Error('no article');
  return article;
}

describe('place names in a story', () => {
  it('reads a village under the town written just before it, not its namesake elsewhere', () => {
    const article = enrichOne({ title: '网格连民心', paragraphs: ['西塘镇华联村第二网格长听取村民意见。', '华联村村民纷纷点赞。'] });
    expect(article.region).toMatchObject({ province: '浙江省', city: '嘉兴市', county: '嘉善县', town: '西塘镇', village: '华联村' });
    expect(article.places).toContainEqual({ name: '华联村', level: 'village', count: 2 });
  });

  it('reads the same village name under the other town when the story names that one', () => {
    const article = enrichOne({ title: '秀洲区王江泾镇华联村修路', paragraphs: ['王江泾镇华联村的新路通车了。'] }, { paper: '嘉兴日报' });
    expect(article.region).toMatchObject({ county: '秀洲区', town: '王江泾镇', village: '华联村' });
  });

  it('resolves a town name found in several provinces by the paper’s own prefecture', () => {
    const article = enrichOne({ title: '大桥镇开展有礼活动', paragraphs: ['大桥镇联合镇内文明实践所开展活动。'] }, { paper: '嘉兴日报' });
    expect(article.region).toMatchObject({ city: '嘉兴市', county: '南湖区', town: '大桥镇' });
  });

  it('resolves it by a higher-level name in the same story when that points elsewhere', () => {
    const article = enrichOne({ title: '考察团赴扬州学习', paragraphs: ['考察团来到扬州市江都区大桥镇,学习当地经验。'] }, { paper: '嘉兴日报' });
    expect(article.region).toMatchObject({ province: '江苏省', city: '扬州市', county: '江都区', town: '大桥镇' });
  });

  it('takes short county names of the paper’s prefecture: 嘉善, 海宁 (a county-level city)', () => {
    const article = enrichOne({ title: '海宁新增一家3A级景区', paragraphs: ['近日,海宁又一景区获评。'] }, { paper: '嘉兴日报' });
    expect(article.region.county).toBe('海宁市');
    expect(article.places).toEqual([{ name: '海宁市', level: 'county', count: 2 }]);
  });

  it('takes towns written without 镇 in the story’s county, and only there', () => {
    const inJiashan = enrichOne({ title: '大云概况', paragraphs: ['大云的旅游资源丰富。'] });
    expect(inJiashan.region.town).toBe('大云镇');
    const inPinghu = enrichOne({ title: '林埭一日', paragraphs: ['平湖市林埭的企业。大云的朋友来访。'] }, { paper: '嘉兴日报' });
    expect(inPinghu.places.map((place) => place.name)).not.toContain('大云镇');
  });

  it('does not read a town’s short name inside a longer place name or an everyday word', () => {
    const article = enrichOne({ title: '西塘桥街道文化礼堂活动', paragraphs: ['惠民政策落地,惠民工程推进。'] }, { paper: '嘉兴日报' });
    const names = article.places.map((place) => place.name);
    expect(names).toContain('西塘桥街道');
    expect(names).not.toContain('西塘镇');
    expect(names).not.toContain('惠民街道');
  });

  it('still counts an everyday-word short name when the story also writes the town in full', () => {
    const article = enrichOne({ title: '惠民街道大米出圈', paragraphs: ['惠民的合作社和惠民街道的农户一起干。'] });
    expect(article.places).toContainEqual({ name: '惠民街道', level: 'town', count: 3 });
  });

  it('does not read 海宁 out of 上海宁波 or 和县 out of 县委县政府和县政协', () => {
    const article = enrichOne({ title: '长三角合作', paragraphs: ['来自上海宁波的客商。县委县政府和县政协的领导出席。'] });
    const names = article.places.map((place) => place.name);
    expect(names).not.toContain('海宁市');
    expect(names).not.toContain('和县');
  });

  it('reads 我县, 本县, 全县 and 县委 as the edition’s county', () => {
    const article = enrichOne({ title: '我县召开分析会', paragraphs: ['本县动员全县上下。县委书记出席。'] });
    expect(article.region.county).toBe('嘉善县');
    const county = article.places.find((place) => place.level === 'county');
    expect(county).toEqual({ name: '嘉善县', level: 'county', count: 4 });
  });

  it('reads 市委 as the prefecture in a county edition, and as the county-level city in its own edition', () => {
    const jiashan = enrichOne({ title: '座谈会召开', paragraphs: ['市委常委到会。'] });
    expect(jiashan.places).toEqual([]);
    const pinghu = enrichOne({ title: '座谈会召开', paragraphs: ['市委书记出席,全市上下齐心。'] }, { paper: '嘉兴日报', name: '平湖版' });
    expect(pinghu.region.county).toBe('平湖市');
  });

  it('files a story about the whole prefecture under the city, with no county', () => {
    const article = enrichOne(
      { title: '嘉兴市卫生健康委实施惠民工程', paragraphs: ['嘉兴将千人医师数纳入考核,嘉兴市126家公立医疗机构实现互认。'] },
      { paper: '嘉兴日报' },
    );
    expect(article.region).toEqual({ province: '浙江省', city: '嘉兴市', county: null, town: null, village: null });
  });

  it('weighs the headline over a passing mention in the body', () => {
    const article = enrichOne({ title: '黄湾镇微网格推动大文明', paragraphs: ['黄湾镇网格员走访。', '此前曾赴嘉善县西塘镇学习。'] }, { paper: '嘉兴日报' });
    expect(article.region).toMatchObject({ county: '海宁市', town: '黄湾镇' });
  });

  it('gives a county-wide round-up no town even when it names several', () => {
    const article = enrichOne({ title: '党员干部勇担当', paragraphs: ['全县各级党组织行动起来。', '西塘镇组建突击队。', '大云镇党员上门走访。'] });
    expect(article.region).toMatchObject({ county: '嘉善县', town: null });
  });
});

describe('the county of a page', () => {
  it('comes from the masthead', () => {
    const enriched = enrichPage(page([story({ title: '短讯', paragraphs: ['今天天气晴。'] })], { paper: '嘉兴日报', name: '嘉善版' }), { gazetteer });
    expect(enriched.edition.county).toBe('嘉善县');
    expect(enriched.articles[0]?.region.county).toBe('嘉善县');
  });

  it('comes from 我县 stories about one county’s places when there is no masthead', () => {
    const stories = [
      story({ title: '我县召开会议', paragraphs: ['县委书记主持。'] }),
      story({ title: '大云镇调研', paragraphs: ['全县推进。'] }),
      story({ title: '照片新闻', paragraphs: ['工人正在调试设备。'] }),
    ];
    const enriched = enrichPage(page(stories), jiaxing);
    expect(enriched.edition.county).toBe('嘉善县');
    expect(enriched.articles.map((article) => article.region.county)).toEqual(['嘉善县', '嘉善县', '嘉善县']);
  });

  it('comes from 我市 stories in a county-level city’s edition, where 市委 is that city’s', () => {
    const stories = [
      story({ title: '我市召开推进会', paragraphs: ['市委书记出席,平湖市各部门参加。'] }),
      story({ title: '全市开展安全检查', paragraphs: ['当湖街道、林埭镇参加。'] }),
      story({ kind: 'photo', title: '', caption: '工人正在调试设备。' }),
    ];
    const enriched = enrichPage(page(stories), jiaxing);
    expect(enriched.edition.county).toBe('平湖市');
    expect(enriched.articles.map((article) => article.region.county)).toEqual(['平湖市', '平湖市', '平湖市']);
  });

  it('comes from the county nearly all stories are about when none says 我县', () => {
    const stories = [
      story({ title: '黄湾镇推动文明创建', paragraphs: ['黄湾镇网格员行动。'] }),
      story({ title: '长安镇高铁新城开工', paragraphs: ['海宁市长安镇项目开工。'] }),
      story({ title: '海宁市人民医院托管三年', paragraphs: ['海宁百姓受益。'] }),
    ];
    expect(enrichPage(page(stories), jiaxing).edition.county).toBe('海宁市');
  });

  it('is null on a page that mixes counties, and each story keeps its own', () => {
    const stories = [
      story({ title: '嘉善县西塘镇乡贤助力发展', paragraphs: ['西塘镇乡贤回乡。'] }),
      story({ title: '海宁市公安局推出新应用', paragraphs: ['海宁市公安局介绍。'] }),
      story({ title: '平湖市推动规范管理', paragraphs: ['平湖市委巡察。'] }),
      story({ title: '秀洲区王江泾镇开工', paragraphs: ['区委区政府部署。'] }),
    ];
    const enriched = enrichPage(page(stories), jiaxing);
    expect(enriched.edition.county).toBeNull();
    expect(enriched.articles.map((article) => article.region.county)).toEqual(['嘉善县', '海宁市', '平湖市', '秀洲区']);
  });
});

describe('stories about somewhere else', () => {
  it('files a story about another city under that city rather than the edition’s county', () => {
    const article = enrichOne({ title: '杭州市西湖区举办文化节', paragraphs: ['杭州的游客络绎不绝。'] });
    expect(article.region).toMatchObject({ province: '浙江省', city: '杭州市', county: '西湖区' });
    const cityOnly = enrichOne({ title: '宁波举办文化节', paragraphs: ['宁波市民踊跃参加。'] });
    expect(cityOnly.region).toEqual({ province: '浙江省', city: '宁波市', county: null, town: null, village: null });
  });

  it('keeps the edition’s county for a story that names no place at all', () => {
    expect(enrichOne({ title: '冬夜巡防', paragraphs: ['民警深入老街开展巡防。'] }).region.county).toBe('嘉善县');
  });
});

describe('the town of a story naming several', () => {
  it('is the one named clearly most, and none when two are named equally', () => {
    const most = enrichOne({ title: '项目开工', paragraphs: ['西塘镇项目开工。', '西塘镇上下齐心,大云镇也来观摩。'] });
    expect(most.region.town).toBe('西塘镇');
    const even = enrichOne({ title: '暑期活动', paragraphs: ['暑期活动丰富多彩。', '西塘镇的孩子画画。', '大云镇的孩子唱歌。'] });
    expect(even.region).toMatchObject({ county: '嘉善县', town: null });
  });
});

describe('villages without their town', () => {
  it('are taken when their name is distinctive, and not when it is common across the gazetteer', () => {
    const distinctive = enrichOne({ title: '缪家村史馆开馆', paragraphs: ['缪家村的老照片见证变迁。'] });
    expect(distinctive.region).toMatchObject({ county: '嘉善县', town: null });
    expect(distinctive.places).toContainEqual({ name: '缪家村', level: 'village', count: 2 });
    const common = enrichOne({ title: '共建幸福社区', paragraphs: ['让幸福社区更宜居。'] });
    expect(common.places.map((place) => place.name)).not.toContain('幸福社区');
    const underItsTown = enrichOne({ title: '惠民街道幸福社区开展活动', paragraphs: ['居民踊跃参加。'] });
    expect(underItsTown.region).toMatchObject({ town: '惠民街道', village: '幸福社区' });
  });
});

describe('a story shared by two counties', () => {
  it('belongs to the paper’s own county when both are named as much', () => {
    const article = enrichOne({ title: '青浦区与嘉善县签署合作协议', paragraphs: ['上海市青浦区和嘉善县共建示范区。'] });
    expect(article.region.county).toBe('嘉善县');
    expect(article.places.map((place) => place.name)).toEqual(expect.arrayContaining(['嘉善县', '青浦区']));
  });
});

describe('a story that starts on another page', () => {
  it('has no lead: its first paragraph here weighs as body', () => {
    const paragraphs = ['大云镇的做法值得推广。', '西塘镇也在探索。'];
    expect(enrichOne({ title: '经验交流', paragraphs }).region.town).toBe('大云镇');
    expect(enrichOne({ title: '经验交流', paragraphs, incomplete: { start: true, end: false } }).region.town).toBeNull();
  });
});

describe('people’s names', () => {
  it('are not read as places: 吴金华 names no 金华', () => {
    const article = enrichOne({ title: '吴金华看望慰问困难群众', paragraphs: ['县人大常委会主任吴金华一行走访。'] });
    expect(article.people).toEqual(['吴金华']);
    expect(article.region).toMatchObject({ city: '嘉兴市', county: '嘉善县' });
  });
});

describe('a page set in traditional characters', () => {
  it('is read in simplified form: places, people and topics come out in official simplified names', () => {
    const article = enrichOne({
      title: '西塘鎮華聯村黨支部開展主題黨日',
      authors: [{ name: '周奕', role: '記者' }],
      paragraphs: ['嘉善縣西塘鎮華聯村黨支部書記李紅介紹,黨員們重溫入黨誓詞。'],
    });
    expect(article.region).toMatchObject({ county: '嘉善县', town: '西塘镇', village: '华联村' });
    expect(article.people).toEqual(['李红']);
    expect(article.topics[0]).toBe('party');
  });
});

describe('words for the county that are part of other words', () => {
  it('does not read 全市场 or 全区域 as the county', () => {
    const pinghu = enrichOne({ title: '监管覆盖全市场', paragraphs: ['实现全区域监管。'] }, { paper: '嘉兴日报', name: '平湖版' });
    expect(pinghu.places).toEqual([]);
  });
});

describe('a shared name written right after a higher-level name', () => {
  it('is the one under that name, even when the story names the other places too', () => {
    const town = enrichOne({ title: '两地交流', paragraphs: ['嘉兴市代表团来到扬州市大桥镇,学习经验。'] }, { paper: '嘉兴日报' });
    expect(town.places).toContainEqual({ name: '大桥镇', level: 'town', count: 1 });
    expect(town.region).toMatchObject({ city: '扬州市', town: '大桥镇' });
    const village = enrichOne({ title: '结对共建', paragraphs: ['西塘镇华联村与王江泾镇结对,华联村村民受益。'] });
    expect(village.region).toMatchObject({ county: '嘉善县', town: '西塘镇', village: '华联村' });
  });
});

describe('a municipality', () => {
  it('is both the province and the city of a story about it', () => {
    const article = enrichOne({ title: '上海举办进口博览会', paragraphs: ['上海市各界积极参与。'] });
    expect(article.region).toEqual({ province: '上海市', city: '上海市', county: null, town: null, village: null });
  });
});
