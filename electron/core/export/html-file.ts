import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Runs `use` with the HTML written to a temporary file. Printers load the document from a file:
 * URL rather than from a string, because a page set from a string has no origin allowed to read the
 * font files on disk.
 */
export async function withHtmlFile<T>(html: string, use: (file: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'broadsheet-export-'));
  try {
    const file = join(dir, 'book.html');
    await writeFile(file, html, 'utf8');
    return await use(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
