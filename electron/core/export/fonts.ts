import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The bundled Noto CJK fonts, declared for the printed document. Each font comes as about a hundred
 * woff2 slices by unicode-range; only the slices holding characters the document uses are declared,
 * pointing at the files on disk (file URLs), so Chromium embeds exactly those glyphs and the PDF
 * looks the same on machines without any CJK font.
 */

export const SERIF_FAMILY = 'Broadsheet Serif';
export const SANS_FAMILY = 'Broadsheet Sans';

interface FontSlice {
  family: string;
  weight: number;
  file: string;
  ranges: [number, number][];
}

const FACES: { family: string; pkg: string; weights: number[] }[] = [
  { family: SERIF_FAMILY, pkg: '@fontsource/noto-serif-sc', weights: [400, 700] },
  { family: SANS_FAMILY, pkg: '@fontsource/noto-sans-sc', weights: [400, 700] },
];

const require = createRequire(import.meta.url);

function parseRanges(list: string): [number, number][] {
  return list.split(',').flatMap((part): [number, number][] => {
    const m = /U\+([0-9a-f?]+)(?:-([0-9a-f]+))?/i.exec(part.trim());
    if (!m?.[1]) return [];
    if (m[1].includes('?')) return [[parseInt(m[1].replace(/\?/g, '0'), 16), parseInt(m[1].replace(/\?/g, 'f'), 16)]];
    const start = parseInt(m[1], 16);
    return [[start, m[2] ? parseInt(m[2], 16) : start]];
  });
}

function readSlices(family: string, pkg: string, weight: number): FontSlice[] {
  const cssFile = require.resolve(`${pkg}/${weight}.css`);
  const css = readFileSync(cssFile, 'utf8');
  const slices: FontSlice[] = [];
  for (const block of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
    const body = block[1] ?? '';
    const woff2 = /url\(([^)]+\.woff2)\)/.exec(body)?.[1];
    const ranges = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
    if (!woff2) continue;
    slices.push({ family, weight, file: join(dirname(cssFile), woff2.replace(/^['"]|['"]$/g, '')), ranges: ranges ? parseRanges(ranges) : [[0, 0x10ffff]] });
  }
  return slices;
}

/** Every slice, and for each code point the slices holding it: a document has thousands of distinct characters. */
interface SliceIndex {
  slices: FontSlice[];
  byCodePoint: Map<number, number[]>;
}

let index: SliceIndex | null = null;

function sliceIndex(): SliceIndex {
  if (index) return index;
  const slices = FACES.flatMap(({ family, pkg, weights }) => weights.flatMap((w) => readSlices(family, pkg, w)));
  const byCodePoint = new Map<number, number[]>();
  slices.forEach((slice, i) => {
    for (const [from, to] of slice.ranges) {
      for (let cp = from; cp <= to; cp++) {
        const list = byCodePoint.get(cp);
        if (list) list.push(i);
        else byCodePoint.set(cp, [i]);
      }
    }
  });
  index = { slices, byCodePoint };
  return index;
}

/** @font-face rules for the slices of the bundled fonts that hold any character of `text`. */
export function fontFaceCss(text: string): string {
  const { slices, byCodePoint } = sliceIndex();
  const used = new Set<number>();
  for (const ch of new Set(text)) for (const i of byCodePoint.get(ch.codePointAt(0) ?? 0) ?? []) used.add(i);
  return slices
    .filter((_, i) => used.has(i))
    .map(
      (s) =>
        `@font-face{font-family:'${s.family}';font-style:normal;font-weight:${s.weight};font-display:block;` +
        `src:url('${pathToFileURL(s.file).href.replace(/'/g, '%27')}') format('woff2');unicode-range:${s.ranges.map(([a, b]) => (a === b ? `U+${a.toString(16)}` : `U+${a.toString(16)}-${b.toString(16)}`)).join(',')}}`,
    )
    .join('\n');
}
