import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../electron/core/parse';
import { parsedPageSchema } from '../../../electron/shared/model';

const story = '县图书馆新馆开放\n\n■全媒体记者 王 伟\n\n本报讯 昨天,县图书馆新馆正式开放,首日接待读者三千余人次。\n\n新馆设有少儿阅览区。\n';
const expected = {
  title: '县图书馆新馆开放',
  authors: [{ name: '王伟', role: '全媒体记者' }],
  paragraphs: ['本报讯 昨天,县图书馆新馆正式开放,首日接待读者三千余人次。', '新馆设有少儿阅览区。'],
};

describe('robust input', () => {
  it.each([
    ['CRLF line ends', story.replace(/\n/g, '\r\n')],
    ['old Mac line ends', story.replace(/\n/g, '\r')],
    ['a byte-order mark', `\ufeff${story}`],
    ['tabs and full-width spaces around lines', story.replace(/\n\n/g, '\n\t\u3000\n').replace('县图书馆', '\u3000县图书馆')],
    ['long runs of blank lines', story.replace(/\n\n/g, '\n\n\n\n\n\n\n\n')],
  ])('reads a page with %s like a clean one', (_label, text) => {
    const page = parsePage(text, 'page.txt');
    expect(page.articles).toHaveLength(1);
    expect(page.articles[0]).toMatchObject(expected);
  });

  it('reads a full-width space inside a padded byline as a space', () => {
    const page = parsePage(story.replace('王 伟', '王\u3000伟'), 'page.txt');
    expect(page.articles[0]?.authors).toEqual(expected.authors);
  });

  it('reads a page in traditional characters', () => {
    const page = parsePage('縣圖書館新館開放\n\n■記者 王 偉\n\n本報訊 昨天,縣圖書館新館正式開放。\n', 'page.txt');
    expect(page.articles[0]).toMatchObject({ title: '縣圖書館新館開放', authors: [{ name: '王偉', role: '記者' }] });
  });

  it('returns an empty page for an empty or blank file', () => {
    for (const text of ['', '\n\n', '\ufeff', ' \u3000\t\r\n']) {
      const page = parsePage(text, 'empty.txt');
      expect(page.articles).toEqual([]);
      expect(page.unplaced).toEqual([]);
    }
  });

  it('keeps the text of a page without any headline as an untitled story that started elsewhere', () => {
    const page = parsePage('会议还听取了工作汇报。\n\n会议要求各地抓好落实。\n', 'continued.txt');
    expect(page.articles).toHaveLength(1);
    expect(page.articles[0]).toMatchObject({ title: '', incomplete: { start: true, end: false } });
    expect(page.articles[0]?.paragraphs).toHaveLength(2);
  });

  it('produces output that satisfies the shared schema', () => {
    expect(() => parsedPageSchema.parse(parsePage(story, 'page.txt'))).not.toThrow();
  });
});
