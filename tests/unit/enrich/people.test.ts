import { describe, expect, it } from 'vitest';
import { articlePieces } from '../../../electron/core/enrich/article-text';
import { findPeople } from '../../../electron/core/enrich/people';
import { story } from './fixtures';

const notPlace = (): boolean => false;

function peopleIn(fields: Parameters<typeof story>[0], isPlace: (word: string) => boolean = notPlace): string[] {
  const article = story(fields);
  return findPeople(article, articlePieces(article), isPlace).map((person) => person.name);
}

describe('people', () => {
  it('finds officials after their titles, two- and three-character names alike', () => {
    expect(peopleIn({ title: '会议召开', paragraphs: ['县委书记王海峰代表县委讲话。副所长李斌介绍,市长周建国主持会议。'] })).toEqual(['王海峰', '李斌', '周建国']);
  });

  it('finds every name in a list after a title', () => {
    expect(peopleIn({ title: '座谈会', paragraphs: ['副主任蔡明、钱伟彪、金秀珍出席会议。'] })).toEqual(['蔡明', '钱伟彪', '金秀珍']);
  });

  it('finds a speaker after a quotation and a compound surname after a title', () => {
    expect(peopleIn({ title: '走访', paragraphs: ['“我们会继续努力。”陈美玲说。', '校长欧阳晓红先进事迹感人。'] })).toEqual(['陈美玲', '欧阳晓红']);
  });

  it('finds a speaker named after the organisation, and names listed after a quoted honour', () => {
    expect(peopleIn({ title: '证件无忧', paragraphs: ['“我们攻克技术难关。”县公安局林志远说。', '推出了“优秀农民工”车建国、“好人”王小雨等典型。'] })).toEqual(['林志远', '车建国', '王小雨']);
  });

  it('finds a name written before its title', () => {
    expect(peopleIn({ title: '学习会', paragraphs: ['深入学习贯彻习近平总书记重要讲话精神,缅怀王明同志。'] })).toEqual(['习近平', '王明']);
  });

  it('finds the official a headline opens with', () => {
    expect(peopleIn({ title: '赵立群赴西塘镇调研', paragraphs: ['他详细了解情况。'] })).toEqual(['赵立群']);
  });

  it('leaves out bylines, places, and verbs that follow a name', () => {
    const fields = {
      title: '防疫一线',
      authors: [{ name: '周奕', role: '记者' }],
      paragraphs: ['记者周奕报道。志愿者王瑛淋着雨跑去拿外套。主任西塘镇负责。'],
    };
    const found = peopleIn(fields, (word) => word.startsWith('西塘'));
    expect(found).not.toContain('周奕');
    expect(found).not.toContain('王瑛淋');
    expect(found.some((name) => name.startsWith('西塘'))).toBe(false);
  });

  it('does not take a surname with a form of address for a name: 王女士 and 李师傅 are anyone', () => {
    const paragraphs = ['“冬天的西塘别有一番味道。”来自上海的游客王女士说。', '出租车司机李师傅表示,客流多了。张大爷笑着说很热闹。', '店主陈先生介绍,民宿订满了。'];
    expect(peopleIn({ title: '古镇游客多', paragraphs })).toEqual([]);
    expect(peopleIn({ title: '古镇游客多', paragraphs: [...paragraphs, '游客周晓梅说,下次还来。'] })).toEqual(['周晓梅']);
  });

  it('does not take group nouns and the words after them for names', () => {
    expect(peopleIn({ title: '示范点', paragraphs: ['争创流动党员管理示范点。部分居民占用人行道。'] })).toEqual([]);
  });
});
