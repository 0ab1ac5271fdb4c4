import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bookFileName, downloadPath, readBook } from '../../../electron/host/exports-folder';

describe('exported books in the web host', () => {
  const at = new Date('2024-01-02T03:04:05Z');

  it('names a book after its title and the time, without characters a file system refuses', () => {
    expect(bookFileName('乡贤/剪报:2024?', at)).toBe('乡贤剪报2024-20240102-030405.pdf');
    expect(bookFileName(' \u0000/ ', at)).toBe('剪报集-20240102-030405.pdf');
  });

  it('serves only plain .pdf names from its own folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'books-'));
    writeFileSync(join(dir, '剪报.pdf'), '%PDF-1.7');
    writeFileSync(join(dir, 'notes.txt'), 'secret');
    expect((await readBook(dir, downloadPath(join(dir, '剪报.pdf'))))?.name).toBe('剪报.pdf');
    for (const name of ['notes.txt', '..%2Flibrary.pdf', '%2Fetc%2Fpasswd.pdf', '%E0%A4%A.pdf', 'missing.pdf']) {
      expect(await readBook(dir, `/api/download/${name}`), name).toBeNull();
    }
  });
});
