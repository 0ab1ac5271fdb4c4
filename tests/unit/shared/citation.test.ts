import { describe, expect, it } from 'vitest';
import { citationsText, citedTitle, pageNumberOf, quotationOf, referenceOf, risRecordOf, type CitedStory } from '../../../electron/shared/citation';

const story = (over: Partial<CitedStory> = {}): CitedStory => ({
  title: '西塘迎来年末旅游小高峰',
  authors: [
    { name: '周 奕', role: '全媒体记者' },
    { name: '胡凌霄', role: '全媒体记者' },
  ],
  edition: { paper: '嘉兴日报', name: '嘉善版' },
  date: '2023-12-29',
  source: '/data/2023-12-29/嘉善版第3版.txt',
  ...over,
});

describe('page numbers', () => {
  it('are read from page file names, with either separator', () => {
    expect(pageNumberOf('a/第 03 版.txt')).toBe(3);
    expect(pageNumberOf('C:\\papers\\2024-01-05\\嘉善版第12版.txt')).toBe(12);
    expect(pageNumberOf('2024/01/05/04版.txt')).toBe(4);
    expect(pageNumberOf('2024-01-05/page.txt')).toBeNull();
    expect(pageNumberOf('000_0a73ae1694179353.txt')).toBeNull();
    expect(pageNumberOf(null)).toBeNull();
  });
});

describe('a reference to a story (GB/T 7714, newspaper)', () => {
  it('names the authors, the title, the paper with its edition, the date and the page', () => {
    expect(referenceOf(story())).toBe('周奕, 胡凌霄. 西塘迎来年末旅游小高峰[N]. 嘉兴日报(嘉善版), 2023-12-29(3).');
  });

  it('lists three authors, then 等, and leaves out authors it does not know', () => {
    const four = ['周奕', '胡凌霄', '徐寻', '钱学勤'].map((name) => ({ name, role: null }));
    expect(referenceOf(story({ authors: four }))).toBe('周奕, 胡凌霄, 徐寻, 等. 西塘迎来年末旅游小高峰[N]. 嘉兴日报(嘉善版), 2023-12-29(3).');
    expect(referenceOf(story({ authors: [] }))).toBe('西塘迎来年末旅游小高峰[N]. 嘉兴日报(嘉善版), 2023-12-29(3).');
  });

  it('says what it knows of the paper, and names the page file when the date is unknown', () => {
    expect(referenceOf(story({ edition: { paper: '嘉兴日报', name: null }, source: 'p.txt' }))).toBe('周奕, 胡凌霄. 西塘迎来年末旅游小高峰[N]. 嘉兴日报, 2023-12-29.');
    expect(referenceOf(story({ date: null }))).toBe('周奕, 胡凌霄. 西塘迎来年末旅游小高峰[N]. 嘉兴日报(嘉善版), 第3版. 来源文件: 嘉善版第3版.txt');
    expect(referenceOf(story({ date: null, edition: { paper: null, name: null }, source: 'seeds\\002.txt' }))).toBe('周奕, 胡凌霄. 西塘迎来年末旅游小高峰[N]. 来源文件: 002.txt');
  });
});

describe('the title a story is cited by', () => {
  const untitled = { title: ' ', kind: 'photo' as const, caption: null, paragraphs: [] as string[] };
  it('is its title, or for untitled photo news the start of its caption, so two on a page stay apart', () => {
    expect(citedTitle({ ...untitled, title: '夜游经济点亮古镇', kind: 'article' })).toBe('夜游经济点亮古镇');
    expect(citedTitle({ ...untitled, caption: '小网格,肩负大使命。今年以来,嘉善县西塘镇着眼网格智治' })).toBe('图片新闻：小网格,肩负大使命。今年以来,嘉善县…');
    expect(citedTitle({ ...untitled, paragraphs: ['近日,罗星街道组织志愿者走访。'] })).toBe('图片新闻：近日,罗星街道组织志愿者走访。');
    expect(citedTitle(untitled)).toBe('图片新闻');
    expect(citedTitle({ ...untitled, kind: 'article' })).toBe('（无题）');
  });
});

describe('a quotation', () => {
  it('is the passage in quotation marks, trimmed, with the reference on the next line', () => {
    expect(quotationOf(' 年末岁尾,西塘古镇游人如织。\n', referenceOf(story()))).toBe(`“年末岁尾,西塘古镇游人如织。”\n${referenceOf(story())}`);
  });
});

describe('an RIS record of a story', () => {
  it('is a newspaper article with every author, the paper and its edition, the date, the page and the page file', () => {
    const four = [...story().authors, { name: '徐 寻', role: null }, { name: '陆丹', role: '通讯员' }];
    expect(risRecordOf(story({ authors: four })).split('\r\n')).toEqual([
      'TY  - NEWS',
      'AU  - 周奕',
      'AU  - 胡凌霄',
      'AU  - 徐寻',
      'AU  - 陆丹',
      'TI  - 西塘迎来年末旅游小高峰',
      'T2  - 嘉兴日报',
      'ET  - 嘉善版',
      'DA  - 2023/12/29',
      'PY  - 2023',
      'SP  - 3',
      'LA  - zh',
      'N1  - 来源文件: 嘉善版第3版.txt',
      'ER  - ',
      '',
    ]);
  });

  it('leaves out what is unknown, names an edition without a paper as the publication, and keeps every value on one line', () => {
    const lines = risRecordOf(story({ title: '夜游经济\n点亮古镇', authors: [], date: null, edition: { paper: null, name: '嘉善版' }, source: '002.txt' })).split('\r\n');
    expect(lines).toEqual(['TY  - NEWS', 'TI  - 夜游经济 点亮古镇', 'T2  - 嘉善版', 'LA  - zh', 'N1  - 来源文件: 002.txt', 'ER  - ', '']);
  });
});

describe('a bibliography', () => {
  it('numbers GB/T 7714 references from 1, one per line, and is empty without any', () => {
    const second = referenceOf(story({ title: '县委召开经济工作会议', authors: [] }));
    expect(citationsText([referenceOf(story()), second], 'gbt7714').split('\n')).toEqual([`[1] ${referenceOf(story())}`, `[2] ${second}`]);
    expect(citationsText([], 'gbt7714')).toBe('');
  });

  it('puts RIS records one after another, a blank line between', () => {
    const record = risRecordOf(story());
    expect(citationsText([record, record], 'ris')).toBe(`${record}\r\n${record}`);
  });
});
