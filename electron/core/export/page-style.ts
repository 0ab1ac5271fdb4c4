/**
 * The book's fixed typography, for Chromium's paged media: page margin boxes carry the running
 * header and the page number (they use the document's own fonts, unlike the printer's header
 * templates), named pages drop them on the cover, and break rules keep headlines with their text.
 */

const MARGIN_TOP_MM = 20;
const MARGIN_BOTTOM_MM = 20;
const MARGIN_SIDE_MM = 18;
const ACCENT = '#9b1b1f';

export function pageCss(serif: string, sans: string): string {
  const serifStack = `'${serif}','Noto Serif CJK SC','Songti SC',serif`;
  const sansStack = `'${sans}','Noto Sans CJK SC','PingFang SC',sans-serif`;
  const content = (pageHeightMm: number) => `${pageHeightMm - MARGIN_TOP_MM - MARGIN_BOTTOM_MM - 2}mm`;
  return `
:root{--a4-content-height:${content(297)};--letter-content-height:${content(279.4)}}
@page{margin:${MARGIN_TOP_MM}mm ${MARGIN_SIDE_MM}mm ${MARGIN_BOTTOM_MM}mm;
  @top-left{font-family:${sansStack};font-size:8pt;color:#555;vertical-align:bottom;padding-bottom:3mm}
  @top-right{content:"报览 · 剪报";font-family:${sansStack};font-size:8pt;color:#555;vertical-align:bottom;padding-bottom:3mm}
  @bottom-center{content:"— " counter(page) " —";font-family:${serifStack};font-size:9pt;color:#333;vertical-align:top;padding-top:3mm}}
@page cover{@top-left{content:none}@top-right{content:none}@bottom-center{content:none}}
html{font-family:${serifStack};font-size:10.5pt;line-height:1.75;color:#111;-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0}
p{margin:0;orphans:2;widows:2}
h1,h2{margin:0;font-weight:700}

.cover{page:cover;break-after:page;display:flex;flex-direction:column;justify-content:center;align-items:center;text-align:center}
.cover-band{font-family:${sansStack};font-size:11pt;letter-spacing:0.5em;color:${ACCENT};margin-bottom:14mm}
.cover-title{font-size:30pt;font-weight:700;line-height:1.35;max-width:80%}
.cover-rule{width:40mm;border-top:2pt solid ${ACCENT};margin:12mm 0 10mm}
.cover-papers{font-size:12pt;color:#333;margin-bottom:2mm}
.cover-range,.cover-count{font-family:${sansStack};font-size:12pt;color:#333}
.cover-date{font-family:${sansStack};font-size:10pt;color:#777;margin-top:30mm}

.toc-heading{font-size:18pt;text-align:center;margin-bottom:8mm;letter-spacing:0.3em}
.toc ol{list-style:none;margin:0;padding:0}
.toc li{break-inside:avoid;margin:0 0 2.2mm}
.toc a{display:flex;align-items:baseline;color:inherit;text-decoration:none}
.toc-title{flex:0 1 auto}
.toc-meta{font-family:${sansStack};font-size:8pt;color:#777;margin-left:0.8em;white-space:nowrap}
.toc-leader{flex:1 1 8mm;border-bottom:1pt dotted #888;margin:0 0.4em}
.toc-page{flex:0 0 2.6em;text-align:right;font-variant-numeric:tabular-nums}

main{break-before:page}
.headline{break-inside:avoid;break-after:avoid;margin-bottom:4mm}
.section{font-family:${sansStack};font-size:9pt;color:${ACCENT};margin-bottom:1mm}
.kicker{font-family:${sansStack};font-size:11pt;color:#333}
.title{font-size:19pt;line-height:1.35;letter-spacing:0.02em;break-after:avoid}
.photo-story .title{font-size:15pt}
.subtitle{font-family:${sansStack};font-size:11.5pt;color:#333;margin-top:1mm}
.byline{font-family:${sansStack};font-size:9pt;color:#444;margin-top:2mm}
.body p{text-indent:2em;text-align:justify}
.body p.incomplete{text-indent:0;font-family:${sansStack};font-size:8.5pt;color:#777}
.subhead{font-size:11pt;text-align:center;margin:3mm 0 1.5mm;break-after:avoid;break-inside:avoid}
.photo{margin:2mm 0;break-inside:avoid}
.photo figcaption{border-left:2pt solid ${ACCENT};padding-left:3mm;text-align:justify}
.photo-label{font-family:${sansStack};font-size:8.5pt;color:${ACCENT};margin-right:0.8em}
mark{background:#fff1a8;color:inherit}
.clippings{margin-top:4mm}
.clippings-label{font-family:${sansStack};font-size:9pt;color:${ACCENT};column-span:all;break-after:avoid;margin-bottom:1.5mm}
.clipping{break-inside:avoid;margin-bottom:3mm}
.clipping blockquote{margin:0;padding:1mm 0 1mm 3mm;border-left:2pt solid #c9a227;text-align:justify}
.note{font-family:${sansStack};font-size:9pt;color:#333;margin:1mm 0 0 3mm;text-align:justify}
.note-label{color:${ACCENT};margin-right:0.6em}
.story .citation{font-family:${sansStack};font-size:8.5pt;color:#555;text-align:right;text-indent:0;margin-top:3mm;break-before:avoid;break-inside:avoid}
`;
}
