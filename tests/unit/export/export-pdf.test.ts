import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChromiumPrinter, ExportCancelledError, ExportError, exportToPdf, type ExportOptionsInput, type ExportProgress, type ExportResult, type ExportSelection } from '../../../electron/core/export';
import { readChromiumLayout, readLayoutWithPdfjs, readPdfLayout } from '../../../electron/core/export/pdf-layout';
import type { Library } from '../../../electron/core/library';
import { fixtureLibrary, pdfFonts, pdfInfo, pdfText, squeeze, storyId, tempDir } from './export-fixtures';

/** Real exports through Chromium, read back with poppler and pdfjs. One browser serves the whole file. */

const A4 = { width: 595, height: 842 };
const LETTER = { width: 612, height: 792 };

let library: Library;
let printer: ChromiumPrinter;
const out = tempDir();

const TITLES = {
  xitang: '西塘迎来年末旅游小高峰',
  training: '我县举办2023年度农村实用人才培训班',
  clinic: '县人民医院开设夜间门诊',
  economy: '县委召开经济工作会议',
};

async function exportFile(name: string, selection: ExportSelection, options: ExportOptionsInput = {}): Promise<{ file: string; result: ExportResult }> {
  const result = await exportToPdf(library, selection, { exportedOn: '2024-02-01', ...options }, printer);
  const file = join(out, `${name}.pdf`);
  writeFileSync(file, result.pdf);
  return { file, result };
}

beforeAll(async () => {
  [library, printer] = await Promise.all([fixtureLibrary(), ChromiumPrinter.launch()]);
  const xitang = storyId(library, TITLES.xitang);
  const detail = library.getStory(xitang);
  const first = detail?.article.paragraphs[0] ?? '';
  library.addClipping({ storyId: xitang, paragraph: 0, start: 4, end: first.indexOf('。') + 1, note: '年末客流的数字，写稿时可引用。' });
  library.addClipping({ storyId: storyId(library, TITLES.economy), paragraph: 2, start: 0, end: 4, note: '会议强调的重点领域' });
}, 60_000);

afterAll(async () => {
  await printer?.close();
  library?.close();
});

describe('an A4 book of selected stories', () => {
  let file = '';
  let result: ExportResult;
  const order = [TITLES.economy, TITLES.xitang, TITLES.clinic, TITLES.training];

  beforeAll(async () => {
    ({ file, result } = await exportFile('a4', { kind: 'stories', ids: order.map((t) => storyId(library, t)) }, { title: '嘉善剪报 2023—2024' }));
  }, 60_000);

  it('is A4 with a plausible number of pages', () => {
    const info = pdfInfo(file);
    expect(Math.round(info.width)).toBe(A4.width);
    expect(Math.round(info.height)).toBe(A4.height);
    // cover, contents, then at least one page of stories; four short stories run on continuously
    expect(info.pages).toBeGreaterThanOrEqual(3);
    expect(info.pages).toBeLessThanOrEqual(8);
    expect(result.pages).toBe(info.pages);
  });

  it('prints every headline in selection order, after the cover and contents', () => {
    const body = squeeze(pdfText(file).split('\f').slice(2).join(''));
    const positions = order.map((t) => body.indexOf(t));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('shows the cover with title, date range, count and export date', () => {
    const cover = squeeze(pdfText(file, 1));
    for (const text of ['嘉善剪报2023—2024', '2023-12-29至2024-01-05', '共4篇', '导出于2024-02-01']) expect(cover).toContain(text);
  });

  it('numbers the contents with the pages the stories really start on', () => {
    const contents = squeeze(pdfText(file, 2));
    for (const [i, entry] of result.contents.entries()) {
      expect(entry.title).toBe(order[i]);
      expect(entry.page).not.toBeNull();
      const page = entry.page ?? 0;
      expect(squeeze(pdfText(file, page))).toContain(entry.title);
      expect(contents).toMatch(new RegExp(`${entry.title}(嘉善版)?(\\d{4}-\\d{2}-\\d{2})?${page}`));
    }
  });

  it('embeds the CJK fonts it uses, so the text can be searched and copied', () => {
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.embedded && f.unicode)).toBe(true);
    expect(fonts.some((f) => /NotoSerifSC/.test(f.name))).toBe(true);
    expect(fonts.some((f) => /NotoSansSC/.test(f.name))).toBe(true);
    // Type 3 would mean glyphs drawn as shapes (a synthesised bold), not text
    expect(fonts.filter((f) => f.type === 'Type 3')).toEqual([]);
    expect(squeeze(pdfText(file))).toContain('本报讯年末岁尾,西塘古镇游人如织。');
  });

  it('cites each story under it and prints notes', () => {
    const text = squeeze(pdfText(file));
    expect(text).toContain('《嘉兴日报》嘉善版2023-12-29第3版');
    expect(text).toContain('《嘉兴日报》嘉善版2024-01-05第1版');
    expect(text).toContain('《嘉兴日报》嘉善版2023-12-29第4版');
    expect(text).toContain('年末客流的数字，写稿时可引用。');
    expect(text).toContain('会议强调的重点领域');
  });

  it('carries the byline with roles, the subheads and the running header with page numbers', () => {
    const text = squeeze(pdfText(file));
    expect(text).toContain('■全媒体记者周奕胡凌霄徐寻');
    expect(text).toContain('坚持“招引+培育”');
    const page3 = squeeze(pdfText(file, 3));
    expect(page3).toContain('嘉善剪报2023—2024');
    expect(page3).toContain('—3—');
    expect(squeeze(pdfText(file, 1))).not.toContain('—1—');
  });

  it('has a document outline with every headline, pointing at its page', async () => {
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const { readFileSync } = await import('node:fs');
    const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
    const outline = (await doc.getOutline()) ?? [];
    const flat = outline.flatMap((o) => [o, ...o.items]);
    for (const entry of result.contents) {
      const node = flat.find((o) => o.title === entry.title);
      expect(node, entry.title).toBeDefined();
      const dest = node?.dest;
      const ref = Array.isArray(dest) ? (dest[0] as { num: number; gen: number }) : null;
      expect(ref && (await doc.getPageIndex(ref)) + 1).toBe(entry.page);
    }
    await doc.destroy();
  });
});

describe('every story of the library', () => {
  let result: ExportResult;
  let file = '';
  const stories = () => [...library.stories()];

  beforeAll(async () => {
    ({ file, result } = await exportFile('all-two-columns', { kind: 'stories', ids: stories().map((s) => s.id) }, { columns: 2 }));
  }, 60_000);

  it('never leaves a headline alone at the bottom of a page: its text starts on the same page', () => {
    for (const [i, { article }] of stories().entries()) {
      const first = article.paragraphs.find((_, p) => !article.subheads.includes(p)) ?? article.caption ?? '';
      const page = result.contents[i]?.page ?? 0;
      expect(squeeze(pdfText(file, page)), `${article.title} on page ${page}`).toContain(squeeze(first).slice(0, 6));
    }
  });

  it('reads the pages of the stories from the PDF as pdfjs does', async () => {
    const fast = readChromiumLayout(result.pdf);
    const reference = await readLayoutWithPdfjs(result.pdf);
    expect(fast?.pages).toBe(reference.pages);
    expect(Object.fromEntries(fast?.anchors ?? [])).toEqual(Object.fromEntries(reference.anchors));
    expect(fast?.anchors.size).toBe(stories().length);
  });
});

describe('options', () => {
  it('prints Letter, two columns, each story on a new page, without notes', async () => {
    const ids = [TITLES.xitang, TITLES.economy, TITLES.clinic].map((t) => storyId(library, t));
    const { file, result } = await exportFile('letter', { kind: 'stories', ids }, { paper: 'letter', columns: 2, newPage: true, includeNotes: false });
    const info = pdfInfo(file);
    expect([Math.round(info.width), Math.round(info.height)]).toEqual([LETTER.width, LETTER.height]);
    const pages = result.contents.map((c) => c.page ?? 0);
    expect(pages[0]).toBe(3);
    for (let i = 1; i < pages.length; i++) expect(pages[i]).toBeGreaterThan(pages[i - 1] ?? 0);
    const text = squeeze(pdfText(file));
    expect(text).not.toContain('年末客流的数字');
    expect(text).not.toContain('剪报笔记');
    expect(text).toContain('《嘉兴日报》嘉善版2023-12-29第3版');
  }, 60_000);

  it('exports clipped passages with their notes, without the full text', async () => {
    const { file, result } = await exportFile('clippings', { kind: 'clippings' });
    expect(result.stories).toBe(2);
    const text = squeeze(pdfText(file));
    expect(text).toContain('剪报摘录');
    expect(text).toContain('年末岁尾,西塘古镇游人如织。');
    expect(text).toContain('年末客流的数字，写稿时可引用。');
    expect(text).not.toContain('夜游经济点亮古镇');
  }, 60_000);

  it('cites the source file for stories without date or page, and exports a search', async () => {
    const { file, result } = await exportFile('search', { kind: 'search', query: '西塘' });
    expect(result.stories).toBeGreaterThanOrEqual(2);
    const text = squeeze(pdfText(file));
    expect(text).toContain('来源文件002_92ce43396e9eb2c9.txt');
    for (const { title } of result.contents) expect(text).toContain(squeeze(title));
  }, 60_000);
});

describe('what cannot be exported', () => {
  it('names unknown story ids', async () => {
    await expect(exportToPdf(library, { kind: 'stories', ids: [storyId(library, TITLES.xitang), 98765] }, {}, printer)).rejects.toThrow(
      new ExportError('there is no story with id 98765'),
    );
  });

  it('refuses an empty selection', async () => {
    await expect(exportToPdf(library, { kind: 'bookmarks' }, {}, printer)).rejects.toThrow(/no bookmarks/);
    await expect(exportToPdf(library, { kind: 'search', query: '没有这样的词语' }, {}, printer)).rejects.toThrow(/no story matches/);
    await expect(exportToPdf(library, { kind: 'stories', ids: [] }, {}, printer)).rejects.toThrow(ExportError);
    await expect(exportToPdf(library, { kind: 'collection', collectionId: 4242 }, {}, printer)).rejects.toThrow(/no collection/);
  });

  it('stops a print run under way', async () => {
    const controller = new AbortController();
    const html = `<p>${'本报讯 年末岁尾,西塘古镇游人如织。'.repeat(20)}</p>`.repeat(5000);
    const printing = printer.print(html, { paper: 'a4', signal: controller.signal });
    setTimeout(() => controller.abort(), 150);
    await expect(printing).rejects.toBeInstanceOf(ExportCancelledError);
    // the browser still serves the next print
    expect((await printer.print('<p>ok</p>', { paper: 'a4' })).byteLength).toBeGreaterThan(500);
  });

  it('stops when cancelled, reporting progress until then', async () => {
    const controller = new AbortController();
    const seen: ExportProgress[] = [];
    const ids = [...library.stories()].map((s) => s.id);
    const run = exportToPdf(library, { kind: 'stories', ids }, {}, printer, {
      signal: controller.signal,
      onProgress: (p) => {
        seen.push(p);
        if (p.phase === 'printing') controller.abort();
      },
    });
    await expect(run).rejects.toBeInstanceOf(ExportCancelledError);
    expect(seen.filter((p) => p.phase === 'preparing').at(-1)).toEqual({ phase: 'preparing', done: ids.length, total: ids.length });
    expect(seen.some((p) => p.phase === 'done')).toBe(false);
  });
});

describe('collections and bookmarks', () => {
  it('exports a collection and the bookmarks in the library order', async () => {
    const collection = library.createCollection('医疗');
    library.addToCollection(collection.id, storyId(library, TITLES.clinic));
    const fromCollection = await exportFile('collection', { kind: 'collection', collectionId: collection.id });
    expect(fromCollection.result.contents.map((c) => c.title)).toEqual([TITLES.clinic]);

    library.setBookmark(storyId(library, TITLES.training), true);
    const bookmarks = await exportFile('bookmarks', { kind: 'bookmarks' });
    expect(bookmarks.result.contents.map((c) => c.title)).toEqual([TITLES.training]);
    const layout = await readPdfLayout(bookmarks.result.pdf);
    expect(layout.anchors.get('s1')).toBe(3);
  }, 60_000);
});
