import { describe, expect, it } from 'vitest';
import { citationOf } from '../../../electron/core/export/citation';
import type { ExportDocument, ExportItem } from '../../../electron/core/export/document';
import { cssString, escapeHtml } from '../../../electron/core/export/html-text';
import { exportOptionsSchema, type ExportOptionsInput } from '../../../electron/core/export/options';
import { bylineText, renderHtml } from '../../../electron/core/export/render-html';
import type { Clipping } from '../../../electron/shared/library';
import { EMPTY_REGION, type Article } from '../../../electron/shared/model';

const article = (over: Partial<Article> = {}): Article => ({
  kind: 'article',
  section: null,
  kicker: '冬日暖阳里的古镇',
  title: '西塘迎来年末旅游小高峰',
  subtitle: '景区接待游客同比增长两成',
  authors: [
    { name: '周奕', role: '全媒体记者' },
    { name: '胡凌霄', role: '全媒体记者' },
    { name: '徐寻', role: '全媒体记者' },
  ],
  paragraphs: ['本报讯 年末岁尾,西塘古镇游人如织。', '夜游经济点亮古镇', '入夜,古镇灯火璀璨。'],
  subheads: [1],
  caption: null,
  incomplete: { start: false, end: false },
  region: EMPTY_REGION,
  places: [],
  topics: [],
  people: [],
  date: '2023-12-29',
  ...over,
});

const clipping = (over: Partial<Clipping> = {}): Clipping => ({
  id: 1,
  storyKey: 'k1',
  storyId: 1,
  title: '西塘迎来年末旅游小高峰',
  paragraph: 0,
  start: 4,
  end: 8,
  quote: '年末岁尾',
  note: '写<em>年末</em>的开头 & 结尾',
  createdAt: '2024-01-01T00:00:00Z',
  updatedAt: '2024-01-01T00:00:00Z',
  ...over,
});

const item = (over: Partial<ExportItem> = {}): ExportItem => ({
  anchor: 's1',
  storyId: 1,
  article: article(),
  edition: { paper: '嘉兴日报', name: '嘉善版', county: '嘉善县', date: '2023-12-29' },
  source: '/archive/2023-12-29/嘉善版第3版.txt',
  date: '2023-12-29',
  clippings: [],
  passagesOnly: false,
  rememberedTitle: '西塘迎来年末旅游小高峰',
  ...over,
});

const doc = (items: ExportItem[], title = '剪报集'): ExportDocument => ({ title, exportedOn: '2024-02-01', items });
const render = (d: ExportDocument, options: ExportOptionsInput = {}, pages: Map<string, number> | null = null): string =>
  renderHtml(d, exportOptionsSchema.parse(options), { fontCss: '', pages });

describe('citation', () => {
  it('cites paper, edition, date and page when all are known', () => {
    expect(citationOf(item())).toBe('《嘉兴日报》嘉善版 2023-12-29 第3版');
  });

  it('names the source file when the date or the page is unknown', () => {
    expect(citationOf(item({ source: '/archive/000_0a73ae1694179353.txt' }))).toBe('《嘉兴日报》嘉善版 2023-12-29 · 来源文件 000_0a73ae1694179353.txt');
    expect(citationOf(item({ date: null, edition: { paper: null, name: null, county: null, date: null }, source: 'seeds/002.txt' }))).toBe('来源文件 002.txt');
  });
});

describe('escaping', () => {
  it('escapes HTML in every text and CSS strings so nothing closes the style element', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(cssString('剪报 "x" </style>\\')).toBe('"剪报 \\22 x\\22  \\3c \\2f style\\3e \\5c "');
    const hostile = '</style><script>alert(1)</script>';
    const html = render(doc([item({ article: article({ title: hostile, paragraphs: ['a<b>&c'], subheads: [] }) })], hostile));
    expect(html).not.toContain('<script>');
    expect(html).not.toMatch(/<\/style>.*<\/style>/s);
    expect(html).toContain('a&lt;b&gt;&amp;c');
  });
});

describe('story typography', () => {
  it('prints kicker, title, subtitle, byline with roles, subheads and the citation', () => {
    const html = render(doc([item()]));
    expect(html).toContain('<p class="kicker">冬日暖阳里的古镇</p>');
    expect(html).toContain('<h1 class="title">西塘迎来年末旅游小高峰</h1>');
    expect(html).toContain('<p class="subtitle">景区接待游客同比增长两成</p>');
    expect(html).toContain('<p class="byline">■全媒体记者 周奕 胡凌霄 徐寻</p>');
    expect(html).toContain('<h2 class="subhead">夜游经济点亮古镇</h2>');
    expect(html).toContain('<p class="citation">《嘉兴日报》嘉善版 2023-12-29 第3版</p>');
  });

  it('groups bylines by role and puts photo credits after the name', () => {
    expect(bylineText([{ name: '陆丹', role: '全媒体记者' }, { name: '张斌', role: '通讯员' }])).toBe('全媒体记者 陆丹 通讯员 张斌');
    expect(bylineText([{ name: '陆佳妍', role: '文' }, { name: '胡萍', role: '摄' }])).toBe('陆佳妍 文 胡萍 摄');
    expect(bylineText([{ name: '徐卉婷', role: null }, { name: '吴颖娟', role: null }])).toBe('徐卉婷 吴颖娟');
  });

  it('prints a photo caption once, as a caption', () => {
    const caption = '近日,罗星街道组织志愿者走访辖区困难群众。';
    const html = render(doc([item({ article: article({ kind: 'photo', title: '', kicker: null, subtitle: null, paragraphs: [caption], subheads: [], caption }) })]));
    expect(html.split(caption)).toHaveLength(2);
    expect(html).toContain('<figcaption><span class="photo-label">图片说明</span>近日');
    expect(html).toContain('图片新闻：');
  });
});

describe('clippings and notes', () => {
  const withClipping = item({ clippings: [clipping()] });

  it('marks clipped passages and prints notes, escaped, when asked', () => {
    const html = render(doc([withClipping]), { includeNotes: true });
    expect(html).toContain('本报讯 <mark>年末岁尾</mark>,西塘');
    expect(html).toContain('写&lt;em&gt;年末&lt;/em&gt;的开头 &amp; 结尾');
    // the citation closes the story, after the notes
    expect(html.indexOf('剪报笔记')).toBeLessThan(html.indexOf('<p class="citation">'));
    expect(html.indexOf('<p class="citation">')).toBeGreaterThan(html.lastIndexOf('<p class="note">'));
  });

  it('leaves notes out when asked, keeping the passages', () => {
    const html = render(doc([withClipping]), { includeNotes: false });
    expect(html).not.toContain('的开头');
    expect(html).toContain('<mark>年末岁尾</mark>');
    const passages = render(doc([item({ passagesOnly: true, clippings: [clipping()] })]), { includeNotes: false });
    expect(passages).toContain('<blockquote>年末岁尾</blockquote>');
    expect(passages).not.toContain('的开头');
    expect(passages).not.toContain('夜游经济点亮古镇');
  });
});

describe('options', () => {
  it('turns options into page CSS', () => {
    const one = render(doc([item()]));
    expect(one).toContain('@page{size:A4;');
    expect(one).not.toContain('column-count:2');
    expect(one).toContain('.story+.story{');
    const two = render(doc([item()]), { paper: 'letter', columns: 2, newPage: true });
    expect(two).toContain('@page{size:letter;');
    expect(two).toContain('column-count:2');
    expect(two).toContain('.story{break-before:page}');
  });

  it('cuts a long title in the running header, not on the cover', () => {
    const title = '嘉善县'.repeat(20);
    const html = render(doc([item()], title));
    expect(html).toContain(`<div class="cover-title">${title}</div>`);
    expect(html).toContain(`@top-left{content:"${'嘉善县'.repeat(11)}嘉善\\2026 "}`);
  });

  it('rejects what it cannot print', () => {
    expect(exportOptionsSchema.safeParse({ paper: 'a3' }).success).toBe(false);
    expect(exportOptionsSchema.safeParse({ columns: 3 }).success).toBe(false);
    expect(exportOptionsSchema.safeParse({ title: '  ' }).success).toBe(false);
    expect(exportOptionsSchema.parse({})).toMatchObject({ title: '剪报集', paper: 'a4', columns: 1, newPage: false, includeNotes: true });
  });
});

describe('cover and contents', () => {
  const two = doc([item(), item({ anchor: 's2', date: '2024-01-05', source: 'x/2024-01-05/第1版.txt', article: article({ title: '县委召开经济工作会议' }) })], '西塘<剪报>');

  it('shows title, date range, count and export date on the cover', () => {
    const html = render(two);
    expect(html).toContain('<div class="cover-title">西塘&lt;剪报&gt;</div>');
    expect(html).toContain('2023-12-29 至 2024-01-05');
    expect(html).toContain('共 2 篇');
    expect(html).toContain('导出于 2024-02-01');
    expect(html).toContain('选自《嘉兴日报》嘉善版');
  });

  it('links every entry to its story and prints page numbers once known, in slots of fixed width', () => {
    const blank = render(two);
    expect(blank).toContain('<a href="#s2">');
    expect(blank).toContain('<span class="toc-page"></span>');
    const numbered = render(two, {}, new Map([['s1', 3], ['s2', 5]]));
    expect(numbered).toContain('<span class="toc-page">3</span>');
    expect(numbered).toContain('<span class="toc-page">5</span>');
    expect(numbered.replace(/<span class="toc-page">\d*<\/span>/g, '')).toBe(blank.replace(/<span class="toc-page">\d*<\/span>/g, ''));
  });
});
