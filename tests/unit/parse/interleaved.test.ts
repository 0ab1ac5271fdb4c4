import { describe, expect, it } from 'vitest';
import { byTitle, parse } from './page-fixture';

/**
 * Pages where a story's text does not follow its headline. The stories are invented, in the
 * seeds' layout; each test states which evidence should bring the pieces together.
 */
describe('interleaved stories', () => {
  it('attaches a fragment to the open sentence it continues, across another story', () => {
    const page = parse(
      '党员志愿者守护防疫一线',
      '■本报通讯员',
      '本报讯 连日来,党员志愿者罗燕挨家挨户走访,排摸人员情况,宣传防疫措施,3天时间就走访住户105',
      '姚庄镇:服务业跑出加速度',
      '■记者 王小明',
      '本报讯 今年以来,姚庄镇服务业增加值同比增长13.4%,高于全县3.3个百分点。',
      '2020年2月,姚庄镇人才创新园正式开园,在长三角一体化发展背景下,',
      '户次。社区工作人员不放心罗燕,总打电话让她注意身体,党员志愿者罗燕总说:“没事的,我是一名党员。”',
    );
    const volunteers = byTitle(page, '党员志愿者守护防疫一线');
    expect(volunteers.paragraphs).toHaveLength(1);
    expect(volunteers.paragraphs[0]).toMatch(/住户105户次。社区工作人员/);
    const services = byTitle(page, '姚庄镇:服务业跑出加速度');
    expect(services.paragraphs.join('')).not.toContain('户次');
    expect(services.incomplete.end).toBe(true);
  });

  it('gives a bodiless headline the end of another story that names its people and places', () => {
    const page = parse(
      '李明赴干窑镇调研时强调 守牢安全底线 抓好乡村振兴',
      '干窑镇文化节开幕',
      '■记者 赵敏',
      '本报讯 昨天,干窑镇第三届文化节开幕,来自各地的游客欣赏了京砖烧制技艺展示。',
      '文化节期间,干窑镇还将举办书画展和非遗市集。',
      '在干窑镇范东村,李明详细了解乡村振兴项目进展,询问村集体经济收入情况。',
      '在随后召开的座谈会上,李明强调,干窑镇要守牢安全底线,扎实推进乡村振兴。',
    );
    const visit = byTitle(page, '守牢安全底线 抓好乡村振兴');
    expect(visit.kicker).toBe('李明赴干窑镇调研时强调');
    expect(visit.paragraphs).toHaveLength(2);
    expect(visit.paragraphs.every((p) => p.includes('李明'))).toBe(true);
    expect(byTitle(page, '干窑镇文化节开幕').paragraphs).toHaveLength(2);
  });

  it('pairs a byline-and-lead at the foot of the page with the headline that waits for it', () => {
    const page = parse(
      '王刚在全县安全生产工作会议上强调',
      '压实安全生产责任 守牢安全发展底线',
      '县图书馆新馆开放',
      '■记者 赵敏',
      '本报讯 昨天,县图书馆新馆正式开放,首日接待读者三千余人次。',
      '新馆设有少儿阅览区和古籍修复室。',
      '委副书记、县长陈强主持会议,要求各部门压实安全生产责任,王刚对全县安全生产工作作了部署。',
      '王刚强调,要守牢安全发展底线,深入开展安全生产大排查。',
      '■记者 孙晓东',
      '本报讯 昨天上午,全县安全生产工作会议召开。县委书记王刚出席会议并讲话,强调要压实安全生产责任,守牢安全发展底线。县',
    );
    const safety = byTitle(page, '压实安全生产责任 守牢安全发展底线');
    expect(safety.kicker).toBe('王刚在全县安全生产工作会议上强调');
    expect(safety.authors).toEqual([{ name: '孙晓东', role: '记者' }]);
    expect(safety.paragraphs[0]).toMatch(/^本报讯 昨天上午.*守牢安全发展底线。县委副书记、县长陈强主持会议/);
    expect(safety.paragraphs).toHaveLength(2);
    expect(byTitle(page, '县图书馆新馆开放').paragraphs).toHaveLength(2);
  });

  it('puts a fragment that continues nothing on the page into unplaced', () => {
    const page = parse('县图书馆新馆开放', '■记者 赵敏', '本报讯 昨天,县图书馆新馆正式开放。', '户次。该镇累计完成农房改造。');
    expect(page.unplaced).toEqual(['户次。该镇累计完成农房改造。']);
    expect(page.articles[0]?.paragraphs).toEqual(['本报讯 昨天,县图书馆新馆正式开放。']);
  });
});
