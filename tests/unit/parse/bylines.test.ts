import { describe, expect, it } from 'vitest';
import { parse } from './page-fixture';

const body = '本报讯 近日,县里召开会议,部署今冬明春的农田水利建设工作。';
const authorsOf = (...byline: string[]) => parse('水利建设会议召开', ...byline, body).articles[0]?.authors;

describe('bylines', () => {
  it('joins names padded to three characters and keeps three-character names whole', () => {
    expect(authorsOf('■全媒体记者 李 华 欧阳明 王 伟')).toEqual([
      { name: '李华', role: '全媒体记者' },
      { name: '欧阳明', role: '全媒体记者' },
      { name: '王伟', role: '全媒体记者' },
    ]);
  });

  it('reads several roles on one line', () => {
    expect(authorsOf('■记者 赵 敏 通讯员 钱建国')).toEqual([
      { name: '赵敏', role: '记者' },
      { name: '钱建国', role: '通讯员' },
    ]);
  });

  it('reads a second byline line without the ■ marker', () => {
    expect(authorsOf('■全媒体记者 孙晓东\n通讯员 周 杰')).toEqual([
      { name: '孙晓东', role: '全媒体记者' },
      { name: '周杰', role: '通讯员' },
    ]);
  });

  it('keeps an unnamed staff byline as printed', () => {
    expect(authorsOf('■本报通讯员')).toEqual([{ name: '本报通讯员', role: null }]);
  });

  it('reads a bare line of names under the headline', () => {
    const page = parse('水利建设会议召开', '吴小燕 郑 强', '近日,县里召开会议,部署今冬明春的农田水利建设工作。');
    expect(page.articles[0]?.authors).toEqual([
      { name: '吴小燕', role: null },
      { name: '郑强', role: null },
    ]);
  });

  it('does not read a short phrase as names', () => {
    const page = parse('水利建设会议召开', '■记者 赵敏', body, '闻令而动 挺身而出', '各镇迅速行动,组织力量清淤疏浚。');
    expect(page.articles).toHaveLength(1);
    expect(page.articles[0]?.paragraphs).toContain('闻令而动 挺身而出');
  });

  it('reads bylines set in traditional characters', () => {
    const page = parse('水利建設會議召開', '■記者 趙 敏 通訊員 錢建國', '本報訊 近日,縣裡召開會議,部署今冬明春的農田水利建設工作。');
    expect(page.articles[0]?.authors).toEqual([
      { name: '趙敏', role: '記者' },
      { name: '錢建國', role: '通訊員' },
    ]);
  });
});
