import { describe, expect, it } from 'vitest';
import { fold, foldWithOffsets } from '../../../electron/core/search/fold';
import { pairKeysOf, writeStoryTokens } from '../../../electron/core/search/tokens';

describe('fold', () => {
  it('turns traditional characters into simplified ones', () => {
    expect(fold('西塘鎮發展')).toBe('西塘镇发展');
  });

  it('turns full-width forms into half-width ones and lowers case', () => {
    expect(fold('ＣＢＤ　５Ｇ，Abc')).toBe('cbd 5g,abc');
  });

  it('maps every folded unit back to its original character', () => {
    const text = 'Ａ鎮𠀋ﬁx';
    const { folded, origin } = foldWithOffsets(text);
    expect(folded).toBe(`a镇${'𠀋'}fix`);
    // 𠀋 is two UTF-16 units at 2–3; the ligature ﬁ (index 4) folds to two letters.
    expect(origin).toEqual([0, 1, 2, 2, 4, 4, 5, 6]);
  });
});

const text = (pair: number) => String.fromCharCode(Math.floor(pair / 0x10000), pair % 0x10000);
const tokensOf = (columns: { head?: string[]; body?: string[]; caption?: string[]; byline?: string[] }) => {
  const pairs: string[] = [];
  const units: string[] = [];
  const ends = writeStoryTokens(
    { head: [], body: [], caption: [], byline: [], ...columns },
    { pair: (key, position) => pairs.push(`${text(key)}@${position}`), unit: (u) => units.push(`${String.fromCharCode(u >>> 1)}${u & 1 ? '^' : ''}`) },
  );
  return { pairs, units, ends: Array.from(ends) };
};

describe('index tokens', () => {
  it('gives each run its pairs of neighbouring characters at their positions, never across a space or two values', () => {
    expect(tokensOf({ head: ['西塘镇'], body: ['县 2024年', '会议'] })).toEqual({
      pairs: ['西塘@0', '塘镇@1', '20@6', '02@7', '24@8', '4年@9', '会议@12'],
      units: ['西^', '塘^', '镇^', '县', '2', '0', '4', '年', '会', '议'],
      ends: [4, 15, 15, 15],
    });
  });

  it('marks a character as a headline one wherever the headline has it, and keeps the columns in order', () => {
    expect(tokensOf({ body: ['古镇'], head: ['镇'], caption: ['河'], byline: ['周奕'] })).toEqual({
      pairs: ['古镇@2', '周奕@7'],
      units: ['镇^', '古', '河', '周', '奕'],
      ends: [2, 5, 7, 10],
    });
  });

  it('reads the folded text: traditional and full-width forms, ligatures and characters beyond the BMP', () => {
    expect(tokensOf({ body: ['鎮ＡﬁＢ𠀋'] }).pairs).toEqual(['镇a@0', 'af@1', 'fi@2', 'ib@3', `b${'𠀋'.charAt(0)}@4`, `${'𠀋'}@5`]);
  });

  it('gives each story its units again however many stories came before', () => {
    // Stories are told apart by a counter that starts over: every story must still get its units.
    const stories = Array.from({ length: 600 }, (_, i) => tokensOf({ head: [i % 2 ? '镇' : '村'], body: ['古镇村'] }).units);
    expect(stories.filter((units, i) => units.join() !== (i % 2 ? '镇^,古,村' : '村^,古,镇'))).toEqual([]);
  });

  it('reads the noncharacters U+FFFE and U+FFFF like any other unit', () => {
    expect(tokensOf({ body: ['a\ufffe\uffffb'] }).pairs.map((pair) => pair.split('@')[1])).toEqual(['0', '1', '2']);
    expect(tokensOf({ body: ['\ufffe\uffff'] }).units.map((unit) => unit.charCodeAt(0))).toEqual([0xfffe, 0xffff]);
  });

  it('makes a term the pairs of its neighbouring units', () => {
    expect(pairKeysOf('西塘镇').map(text)).toEqual(['西塘', '塘镇']);
    expect(pairKeysOf('塘')).toEqual([]);
  });
});
