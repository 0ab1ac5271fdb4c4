import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../electron/core/parse';
import { charCounts, missing, outputText } from './text-accounting';

/** Pieces in the seeds' style that the generator strings together into pages. */
const PIECES = [
  '■全媒体记者 周 奕 胡凌霄',
  '■通讯员 张 斌',
  '■本报通讯员',
  '■全面冲刺“全年红”',
  '本报讯 昨天下午,县政协召开会议。',
  '县政协召开座谈会',
  '闻令而动 挺身而出',
  '徐卉婷 吴颖娟',
  '徐佳雯 摄',
  '陆佳妍/文 胡萍/摄',
  '要求,比任何时候都更加需要调动起一切积极因素。',
  '户次。社区工作人员不放心她',
  '“党支部成立后,我们定期',
  '江海洋强调,大云镇有着接轨上海的优势',
  '\n\n\n',
  '\r\n',
  '\u3000',
  '\t',
];

const pageArbitrary = fc.array(
  fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 30 }), fc.string({ unit: fc.constantFrom(...'的了人民县镇村党建。,“”■ \n'), maxLength: 40 })),
  { maxLength: 25 },
).map((pieces) => pieces.join('\n\n'));

/** Pages without masthead lines: there, every character must come out again. */
const noMasthead = (text: string) => !/DAILY|版|日报|晚报|商报|时报|\d{4}\s*年|^[A-Z]\d{1,2}$/im.test(text);

describe('nothing is lost', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(pageArbitrary, fc.string({ unit: 'binary', maxLength: 400 })), (text) => {
        parsePage(text, 'random.txt');
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 400) },
    );
  });

  it('puts every character of a page into a story or into unplaced', () => {
    fc.assert(
      fc.property(pageArbitrary.filter(noMasthead), (text) => {
        const page = parsePage(text, 'random.txt');
        const paragraphs = text.split(/\n\s*\n/).map((b) => b.trim());
        const repeated = paragraphs.filter((p, i) => p && paragraphs.indexOf(p) !== i).join('');
        const input = charCounts(text);
        for (const [ch, n] of charCounts(repeated)) input.set(ch, (input.get(ch) ?? 0) - n);
        expect(missing(input, charCounts(outputText(page)))).toEqual([]);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 400) },
    );
  });

  it('loses nothing from the seed pages but their mastheads and repeated paragraphs', () => {
    const dir = new URL('../../../seeds/', import.meta.url);
    for (const file of readdirSync(dir)) {
      const text = readFileSync(new URL(file, dir), 'utf8');
      const page = parsePage(text, file);
      const input = charCounts(text.replace(/^[\s\S]*?JIAXING DAILY/, ''));
      const blocks = text.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
      for (const [ch, n] of charCounts(blocks.filter((b, i) => blocks.indexOf(b) !== i).join(''))) input.set(ch, (input.get(ch) ?? 0) - n);
      expect(missing(input, charCounts(outputText(page))), file).toEqual([]);
    }
  });
});
