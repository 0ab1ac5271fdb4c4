import { describe, expect, it } from 'vitest';
import { fold, foldWithOffsets } from '../../../electron/core/search/fold';
import { indexTokens, phraseFor } from '../../../electron/core/search/tokens';

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

describe('index tokens', () => {
  it('gives each run its bigrams and its last character', () => {
    expect(indexTokens('西塘镇')).toBe('西塘 塘镇 镇');
    expect(indexTokens('县 2024年')).toBe('县 20 02 24 4年 年');
  });

  it('shifts ASCII punctuation to full width so FTS5 keeps it inside tokens', () => {
    expect(indexTokens('a"b')).toBe('a＂ ＂b b');
  });

  it('makes a term the phrase of its bigrams, and a single character a prefix', () => {
    expect(phraseFor('西塘镇')).toBe('"西塘 塘镇"');
    expect(phraseFor('塘')).toBe('"塘"*');
    expect(phraseFor('西塘 古镇')).toBe('"西塘 塘 古镇"');
    expect(phraseFor('西塘 古')).toBe('"西塘 塘 古"*');
  });
});
