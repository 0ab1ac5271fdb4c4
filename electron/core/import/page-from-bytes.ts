import type { ParsedPage } from '../../shared/model';
import { decodePageBytes } from './decode';

export type PageReader = (text: string, source: string) => ParsedPage;

/** Why a file could not be imported, in words for the user. */
export function reasonOf(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'file disappeared';
  if (code === 'EISDIR') return 'is a folder';
  return err instanceof Error ? err.message : String(err);
}

/** A page file's bytes as what `read` makes of its text: the work an import can hand to another thread. Throws what decoding or reading throws. */
export function pageFromBytes<Page>(bytes: Buffer, file: string, read: (text: string, source: string) => Page): { page: Page; encoding: string } {
  const { text, encoding } = decodePageBytes(bytes);
  return { page: read(text, file), encoding };
}
