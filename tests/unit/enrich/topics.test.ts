import { describe, expect, it } from 'vitest';
import { articlePieces } from '../../../electron/core/enrich/article-text';
import { TOPIC_TERMS } from '../../../electron/core/enrich/topic-terms';
import { chooseTopics, FALLBACK_TOPIC, topicEvidence, withLeaderActivity } from '../../../electron/core/enrich/topics';
import { TOPIC_IDS, type TopicId } from '../../../electron/shared/topics';
import { story } from './fixtures';

function topicsOf(fields: Parameters<typeof story>[0], people: Record<string, string[]> = {}) {
  const pieces = articlePieces(story(fields));
  const headlines = pieces.filter((piece) => piece.zone === 'headline').map((piece) => piece.text);
  return chooseTopics(withLeaderActivity(topicEvidence(pieces), headlines, new Map(Object.entries(people))));
}

describe('topics', () => {
  it('has a vocabulary for every topic id', () => {
    for (const id of TOPIC_IDS) expect(Object.keys(TOPIC_TERMS[id]).length).toBeGreaterThan(30);
  });

  const unseen: [TopicId, { title: string; paragraphs: string[] }][] = [
    ['education', { title: '实验小学开展课后服务', paragraphs: ['学校组织教师为学生开设兴趣课程,家长纷纷点赞。'] }],
    ['environment', { title: '河道治理见成效', paragraphs: ['今年以来,全镇完成污水管网改造,水质持续改善,垃圾分类覆盖所有小区。'] }],
    ['health', { title: '家庭医生签约服务进村', paragraphs: ['卫生院医生上门为老年患者体检,开展慢病筛查。'] }],
    ['rural', { title: '晚稻开镰 丰收在望', paragraphs: ['农户们忙着收割水稻,合作社统一烘干,粮食产量再创新高。'] }],
    ['unitedfront', { title: '新联会助力乡村发展', paragraphs: ['县委统战部组织民主党派和无党派人士开展同心活动。'] }],
    ['governance', { title: '派出所开展反诈宣传', paragraphs: ['民警和辅警走进社区,提醒居民防范电信诈骗,排查治安隐患。'] }],
    ['culture', { title: '文化礼堂里的非遗展演', paragraphs: ['戏曲爱好者在文化礼堂演出,书法家现场挥毫。'] }],
    ['welfare', { title: '居家养老服务中心开张', paragraphs: ['老人们在助餐点吃上了热饭,残疾人之家也同步启用。'] }],
    ['party', { title: '村党支部开展主题党日', paragraphs: ['党员们重温入党誓词,上了一堂党课。'] }],
    ['economy', { title: '重大项目集中开工', paragraphs: ['总投资25亿元的项目落地开发区,企业预计年产值10亿元。'] }],
    ['politics', { title: '县政府召开常务会议', paragraphs: ['会议听取并审议了有关工作汇报。'] }],
  ];
  it.each(unseen)('files a story it has never seen under %s', (expected, fields) => {
    expect(topicsOf(fields)[0]).toBe(expected);
  });

  it('lets the headline outweigh a long body that keeps repeating another topic’s word', () => {
    const body = Array.from({ length: 10 }, (_, i) => `第${i + 1}支队伍出发,把疫苗送到了村口。`);
    expect(topicsOf({ title: '党员干部勇担当 党旗飘扬', paragraphs: body })[0]).toBe('party');
  });

  it('puts 时政 first for a headline on an official’s activity, keeping the subject second', () => {
    const fields = { title: '李明赴开发区调研时强调', paragraphs: ['企业投资项目进展顺利,产值增长,招商引资成效明显。'] };
    expect(topicsOf(fields)[0]).toBe('economy');
    expect(topicsOf(fields, { 李明: ['标题'] })).toEqual(['politics', 'economy']);
  });

  it('needs an official’s title for the milder activities: 走访 by a neighbour is not 时政', () => {
    const fields = { title: '王秀英走访孤寡老人', paragraphs: ['她为独居老人送去爱心午餐,帮扶困难群众。'] };
    expect(topicsOf(fields, { 王秀英: ['标题'] })[0]).toBe('welfare');
    expect(topicsOf(fields, { 王秀英: ['标题', '副县长'] })[0]).toBe('politics');
  });

  it('returns one to three topics, and the fallback for a story without topic words', () => {
    expect(topicsOf({ title: '冬日暖阳', paragraphs: ['一只猫在窗台上晒太阳。'] })).toEqual([FALLBACK_TOPIC]);
    const many = topicsOf({ title: '学校医院企业农村党建', paragraphs: ['学生 患者 企业 农户 党员 民警 文化 养老 统战 生态'] });
    expect(many.length).toBeGreaterThanOrEqual(1);
    expect(many.length).toBeLessThanOrEqual(3);
  });

  it('explains a topic by its matched terms and counts, the longer term winning over the shorter inside it', () => {
    const pieces = articlePieces(story({ title: '两个党支部入选示范点', paragraphs: ['党支部书记介绍,党支部开展党建活动,党建品牌叫响。'] }));
    const party = topicEvidence(pieces).find((topic) => topic.id === 'party');
    expect(party?.terms.find((term) => term.term === '党支部')?.count).toBe(3);
    expect(party?.terms.find((term) => term.term === '党建')?.count).toBe(2);
    expect(party?.terms.find((term) => term.term === '支部')).toBeUndefined();
  });

  it('scores a story the same whether or not it keeps the terms, topic for topic and in the same order', () => {
    const stories = [
      ...unseen.map(([, fields]) => fields),
      { title: '两个党支部入选示范点', paragraphs: ['党支部书记介绍,党支部开展党建活动,党建品牌叫响。', '学校组织教师开展党课。'] },
      { title: '县政府召开常务会议研究项目建设', paragraphs: ['会议审议了重大项目投资计划。'.repeat(7), '县长强调要优化营商环境。'] },
      // Terms scored 0.1 apart sum to 11.899999999999999 for 经济 here: the total is rounded like each term.
      { title: '标题', paragraphs: ['导语。', '会议审议了重大项目投资计划。', '会议审议了重大项目投资计划。'] },
    ];
    for (const fields of stories) {
      const pieces = articlePieces(story(fields));
      const scores = topicEvidence(pieces, 'scores');
      expect(scores.length).toBeGreaterThan(0);
      expect(scores).toEqual(topicEvidence(pieces).map(({ id, score }) => ({ id, score, terms: [] })));
    }
  });
});
