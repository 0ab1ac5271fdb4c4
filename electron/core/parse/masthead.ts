import type { Block } from './normalize';

/**
 * The masthead at the top of a page: the edition (`嘉善版`), slogans (`嘉善发布 最嘉善 IN嘉善`),
 * the paper's name in Chinese or English (`JIAXING DAILY`), a date or page number line.
 */
export interface Masthead {
  /** How many leading blocks belong to the masthead. */
  blocks: number;
  paper: string | null;
  edition: string | null;
}

/** English mastheads of Zhejiang's dailies; extend as archives of other papers arrive. */
const ENGLISH_MASTHEADS: Record<string, string> = {
  'JIAXING DAILY': '嘉兴日报',
  'ZHEJIANG DAILY': '浙江日报',
  'HANGZHOU DAILY': '杭州日报',
  'NINGBO DAILY': '宁波日报',
  'WENZHOU DAILY': '温州日报',
  'HUZHOU DAILY': '湖州日报',
  'SHAOXING DAILY': '绍兴日报',
  'JINHUA DAILY': '金华日报',
  'TAIZHOU DAILY': '台州日报',
};

const EDITION = /^\p{Script=Han}{1,8}版$/u;
const PAGE_NUMBER = /^(?:第\s*\d{1,3}\s*版|[A-Z]\d{1,2}(?:版)?|\d{1,2}版)$/;
const ENGLISH_PAPER = /^[A-Z][A-Z .'-]*\bDAILY$/i;
const CHINESE_PAPER = /^\p{Script=Han}{2,6}(?:日报|日報|晚报|晚報|商报|商報|时报|時報)$/u;
const DATE_LINE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*(?:星期|周)\S)?$/;
const SENTENCE = /[。,，;；?？!！]/;

/** Only this many leading blocks are searched for masthead lines. */
const MASTHEAD_WINDOW = 6;

function paperName(line: string): string | null {
  if (ENGLISH_PAPER.test(line)) {
    const key = line.toUpperCase().replace(/\s+/g, ' ');
    return ENGLISH_MASTHEADS[key] ?? line;
  }
  return CHINESE_PAPER.test(line) ? line : null;
}

/**
 * An edition line alone is trusted only at the very top: further down, `…升级版` is a headline.
 * Anywhere in the window, a paper name vouches for the lines around it.
 */
export function readMasthead(blocks: Block[]): Masthead {
  let paper: string | null = null;
  let paperBlock = -1;
  const editions: { line: string; block: number }[] = [];
  let lastOther = -1;
  for (let i = 0; i < Math.min(blocks.length, MASTHEAD_WINDOW); i++) {
    const lines = blocks[i]?.lines ?? [];
    if (lines.some((l) => SENTENCE.test(l) || l.length > 40)) break;
    for (const line of lines) {
      const name = paperName(line);
      if (name !== null) {
        paper ??= name;
        paperBlock = i;
      } else if (EDITION.test(line) && !PAGE_NUMBER.test(line)) {
        editions.push({ line, block: i });
      } else if (PAGE_NUMBER.test(line) || DATE_LINE.test(line)) {
        lastOther = i;
      }
    }
  }
  const trusted = editions.filter((e) => paper !== null || e.block <= 1);
  const last = Math.max(paperBlock, lastOther, ...trusted.map((e) => e.block));
  return { blocks: last + 1, paper, edition: trusted[0]?.line ?? null };
}
