import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileStemOf } from '../shared/file-names';

/**
 * Where the web host keeps the PDF books it prints: a folder beside the library. A browser cannot
 * be handed a path on this computer, so each book is downloaded from /api/download/<name>.
 */
export const DOWNLOAD_PREFIX = '/api/download/';

export function bookFileName(title: string, at: Date): string {
  const stamp = at.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  return `${fileStemOf(title, '剪报集')}-${stamp}.pdf`;
}

export function downloadPath(file: string): string {
  return `${DOWNLOAD_PREFIX}${encodeURIComponent(basename(file))}`;
}

/** The book a download path names, or null when the name is not a plain .pdf file name of this folder. */
export async function readBook(dir: string, pathname: string): Promise<{ name: string; body: Buffer } | null> {
  let name: string;
  try {
    name = decodeURIComponent(pathname.slice(DOWNLOAD_PREFIX.length));
  } catch {
    return null;
  }
  if (name !== basename(name) || !name.endsWith('.pdf') || name.startsWith('.')) return null;
  try {
    return { name, body: await readFile(join(dir, name)) };
  } catch {
    return null;
  }
}
