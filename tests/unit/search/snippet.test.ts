import { describe, expect, it } from 'vitest';
import { highlightRanges, makeSnippet, markedSnippet } from '../../../electron/core/search/snippet';

describe('snippets', () => {
  it('highlights the original characters a folded term matches', () => {
    const text = '記者在西塘鎮採訪ＣＢＤ建設';
    const ranges = highlightRanges(text, ['西塘镇', 'cbd']);
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['西塘鎮', 'ＣＢＤ']);
  });

  it('merges overlapping matches', () => {
    expect(highlightRanges('西塘镇', ['西塘', '塘镇'])).toEqual([[0, 3]]);
  });

  it('opens a window shortly before the first match of the first text that has one', () => {
    const long = `${'甲'.repeat(100)}西塘${'乙'.repeat(200)}`;
    const s = makeSnippet(['无关的段落', long], ['西塘']);
    expect(s.text.startsWith('…')).toBe(true);
    expect(s.text.endsWith('…')).toBe(true);
    const [first] = s.highlights;
    expect(first && s.text.slice(first[0], first[1])).toBe('西塘');
    expect(markedSnippet(s)).toContain('【西塘】');
  });

  it('falls back to the opening of the text when nothing matches there', () => {
    expect(makeSnippet(['', '第一段'], ['无'])).toEqual({ text: '第一段', highlights: [] });
  });
});
