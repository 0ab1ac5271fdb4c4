import { describe, expect, it } from 'vitest';
import { fileStemOf } from '../../../electron/shared/file-names';

describe('file names from titles', () => {
  it('drop the characters file systems refuse, and fall back when nothing is left', () => {
    expect(`${fileStemOf(' 西塘/专题: "年末" ', '参考文献')}.ris`).toBe('西塘专题 年末.ris');
    expect(`${fileStemOf('a\tb', '参考文献')}.ris`).toBe('ab.ris');
    expect(`${fileStemOf('<>|', '参考文献')}.ris`).toBe('参考文献.ris');
  });

  it('keep at most 60 characters', () => {
    expect(fileStemOf('乡'.repeat(80), '剪报集')).toBe('乡'.repeat(60));
  });
});
