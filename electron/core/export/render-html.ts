import type { Clipping } from '../../shared/library';
import type { Article, Author } from '../../shared/model';
import { citationOf } from './citation';
import { dateRange, displayTitle, type ExportDocument, type ExportItem } from './document';
import { SANS_FAMILY, SERIF_FAMILY } from './fonts';
import { cssString, escapeHtml as h } from './html-text';
import type { ExportOptions, PaperSize } from './options';
import { pageCss } from './page-style';

/**
 * The exported book as one HTML document for Chromium's print engine: cover, table of contents,
 * then each story in newspaper typography with its citation. Pure: the fonts' CSS and the page
 * numbers of the table of contents come in as arguments (the numbers are only known after a first
 * printing; without them the number slots stay empty but keep their width, so pages do not move).
 */

export interface RenderAssets {
  /** @font-face rules (see fonts.ts); '' renders with whatever fonts the printer has. */
  fontCss: string;
  /** Printed page of each entry, by anchor; null on the first printing. */
  pages: ReadonlyMap<string, number> | null;
}

/** Roles printed after the name, as photo and text credits are (徐佳雯 摄). */
const TRAILING_ROLES = new Set(['摄', '文', '图']);

/** 全媒体记者 周奕 胡凌霄 徐寻 通讯员 张斌: consecutive authors of one role share it. */
export function bylineText(authors: readonly Author[]): string {
  const groups: { role: string | null; names: string[] }[] = [];
  for (const a of authors) {
    const last = groups.at(-1);
    if (last && last.role === a.role) last.names.push(a.name);
    else groups.push({ role: a.role, names: [a.name] });
  }
  return groups
    .map(({ role, names }) => {
      if (!role) return names.join(' ');
      return TRAILING_ROLES.has(role) ? names.map((n) => `${n} ${role}`).join(' ') : `${role} ${names.join(' ')}`;
    })
    .join(' ');
}

/** A paragraph with its clipped ranges marked; overlapping clippings merge into one mark. */
function markedParagraph(text: string, clippings: readonly Clipping[]): string {
  const ranges = clippings
    .map((c) => [Math.max(0, c.start), Math.min(text.length, c.end)] as [number, number])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  let html = '';
  let at = 0;
  for (const [start, end] of ranges) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    html += `${h(text.slice(at, from))}<mark>${h(text.slice(from, end))}</mark>`;
    at = end;
  }
  return html + h(text.slice(at));
}

function headline(item: ExportItem, article: Article | null): string {
  const parts: string[] = [];
  if (article?.section) parts.push(`<p class="section">${h(article.section)}</p>`);
  if (article?.kicker) parts.push(`<p class="kicker">${h(article.kicker)}</p>`);
  parts.push(`<h1 class="title">${h(displayTitle(item))}</h1>`);
  if (article?.subtitle) parts.push(`<p class="subtitle">${h(article.subtitle)}</p>`);
  if (article && article.authors.length > 0) parts.push(`<p class="byline">■${h(bylineText(article.authors))}</p>`);
  return `<header class="headline">${parts.join('')}</header>`;
}

const captionFigure = (html: string): string => `<figure class="photo"><figcaption><span class="photo-label">图片说明</span>${html}</figcaption></figure>`;

function fullText(article: Article, clippings: readonly Clipping[], citation: string): string {
  const subheads = new Set(article.subheads);
  const parts: string[] = [];
  let captionShown = false;
  if (article.incomplete.start) parts.push('<p class="incomplete">（本文开头不在此版面上）</p>');
  article.paragraphs.forEach((text, i) => {
    const marked = (): string => markedParagraph(text, clippings.filter((c) => c.paragraph === i));
    // A photo's caption is also its paragraph: print it once, as the caption, keeping its clippings.
    if (article.caption !== null && text === article.caption && !captionShown) {
      parts.push(captionFigure(marked()));
      captionShown = true;
    } else if (subheads.has(i)) parts.push(`<h2 class="subhead">${h(text)}</h2>`);
    else parts.push(`<p>${marked()}</p>`);
  });
  if (article.caption && !captionShown) parts.push(captionFigure(h(article.caption)));
  if (article.incomplete.end) parts.push('<p class="incomplete">（本文结尾不在此版面上）</p>');
  return `<div class="body">${parts.join('')}${citation}</div>`;
}

function clippingList(clippings: readonly Clipping[], withNotes: boolean, label: string, citation = ''): string {
  const entries = clippings.map((c) => {
    const note = withNotes && c.note.trim() ? `<p class="note"><span class="note-label">笔记</span>${h(c.note)}</p>` : '';
    return `<div class="clipping"><blockquote>${h(c.quote)}</blockquote>${note}</div>`;
  });
  return `<section class="clippings"><p class="clippings-label">${label}</p>${entries.join('')}${citation}</section>`;
}

function story(item: ExportItem, options: ExportOptions): string {
  const article = item.article;
  // The citation ends the text's own flow (not a block after it), so the column or page break that
  // keeps it with the last lines is a break between lines, which Chromium can move; after a
  // multi-column block it would be left alone at the top of the next page.
  const citation = `<p class="citation">${h(citationOf(item))}</p>`;
  let content: string;
  if (item.passagesOnly || !article) {
    content = item.clippings.length > 0 ? clippingList(item.clippings, options.includeNotes, '剪报摘录', citation) : citation;
  } else {
    const noted = options.includeNotes ? item.clippings.filter((c) => c.note.trim()) : [];
    content = noted.length > 0 ? fullText(article, item.clippings, '') + clippingList(noted, true, '剪报笔记', citation) : fullText(article, item.clippings, citation);
  }
  const kind = article?.kind === 'photo' ? ' photo-story' : '';
  return `<article class="story${kind}" id="${h(item.anchor)}">${headline(item, article)}${content}</article>`;
}

function cover(doc: ExportDocument): string {
  const range = dateRange(doc.items);
  const rangeText = range ? (range.from === range.to ? range.from : `${range.from} 至 ${range.to}`) : '日期不详';
  const clippings = doc.items.reduce((n, i) => n + i.clippings.length, 0);
  const counts = `共 ${doc.items.length} 篇${clippings > 0 ? ` · 剪报摘录 ${clippings} 则` : ''}`;
  const papers = [...new Set(doc.items.flatMap((i) => (i.edition?.paper ? [`《${i.edition.paper}》${i.edition.name ?? ''}`] : [])))];
  const from = papers.length > 0 ? `<p class="cover-papers">选自${h(papers.slice(0, 3).join('、'))}${papers.length > 3 ? ' 等' : ''}</p>` : '';
  return (
    `<section class="cover"><div class="cover-band">报览 · 剪报</div>` +
    `<div class="cover-title">${h(doc.title)}</div>` +
    `<div class="cover-rule"></div>` +
    `${from}<p class="cover-range">${h(rangeText)}</p><p class="cover-count">${h(counts)}</p>` +
    `<p class="cover-date">导出于 ${h(doc.exportedOn)}</p></section>`
  );
}

function tocMeta(item: ExportItem): string {
  const edition = item.edition?.name ?? item.edition?.paper ?? '';
  return [edition, item.date ?? ''].filter(Boolean).join(' ');
}

function toc(doc: ExportDocument, pages: ReadonlyMap<string, number> | null): string {
  const entries = doc.items.map((item) => {
    const page = pages?.get(item.anchor);
    const meta = tocMeta(item);
    return (
      `<li><a href="#${h(item.anchor)}"><span class="toc-title">${h(displayTitle(item))}` +
      `${meta ? `<span class="toc-meta">${h(meta)}</span>` : ''}</span>` +
      `<span class="toc-leader"></span><span class="toc-page">${page === undefined ? '' : page}</span></a></li>`
    );
  });
  return `<nav class="toc"><h1 class="toc-heading">目\u3000录</h1><ol>${entries.join('')}</ol></nav>`;
}

/** The running header has one line beside 报览 · 剪报; a long title is cut there (the cover shows it whole). */
const HEADER_TITLE_LENGTH = 36;
const headerTitle = (title: string): string => {
  const chars = Array.from(title);
  return chars.length > HEADER_TITLE_LENGTH ? `${chars.slice(0, HEADER_TITLE_LENGTH - 1).join('')}…` : title;
};

const PAPER_NAMES: Record<PaperSize, string> = { a4: 'A4', letter: 'letter' };

/** The CSS that depends on the options; the fixed typography lives in page-style.ts. */
export function optionsCss(doc: ExportDocument, options: ExportOptions): string {
  const rules = [
    `@page{size:${PAPER_NAMES[options.paper]};@top-left{content:${cssString(headerTitle(doc.title))}}}`,
    `.cover{height:var(--${options.paper}-content-height)}`,
  ];
  // Only running text goes in two columns: a photo caption or a note cannot break, and alone in
  // the first column it would leave the second one empty.
  if (options.columns === 2) rules.push('.story:not(.photo-story) .body{column-count:2;column-gap:7mm;column-rule:0.4pt solid #bbb}');
  rules.push(options.newPage ? '.story{break-before:page}' : '.story+.story{margin-top:9mm;padding-top:5mm;border-top:0.8pt solid #222}');
  return rules.join('\n');
}

export function renderHtml(doc: ExportDocument, options: ExportOptions, assets: RenderAssets): string {
  return (
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${h(doc.title)}</title>` +
    `<style>${assets.fontCss}\n${pageCss(SERIF_FAMILY, SANS_FAMILY)}\n${optionsCss(doc, options)}</style></head>` +
    `<body>${cover(doc)}${toc(doc, assets.pages)}<main>${doc.items.map((item) => story(item, options)).join('\n')}</main></body></html>`
  );
}
