import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Library } from '../../../electron/core/library';

/** A small library for export tests: the fixture pages (dated, with page numbers in their names) and the seeds. */

export const ROOT = join(import.meta.dirname, '../../..');
export const FIXTURES = join(import.meta.dirname, 'fixtures');

const TSX = join(ROOT, 'node_modules/.bin/tsx');

/** The command line (DESIGN.md §5) run as a user would, from the project folder. */
export function cli(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(TSX, ['electron/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'broadsheet-export-test-'));
}

/** A new folder with a library of the fixture pages, imported through the command line. */
export function fixtureDbByCli(): { dir: string; db: string } {
  const dir = tempDir();
  const db = join(dir, 'library.db');
  const imported = cli(['import', FIXTURES, '--db', db, '--json']);
  if (imported.code !== 0) throw new Error(`fixture import failed: ${imported.stderr}`);
  return { dir, db };
}

export async function fixtureLibrary(withSeeds = true): Promise<Library> {
  const library = Library.open(join(tempDir(), 'library.db'));
  const summary = await library.importPaths(withSeeds ? [FIXTURES, join(ROOT, 'seeds')] : [FIXTURES]);
  if (summary.errors.length > 0) throw new Error(`fixture import failed: ${JSON.stringify(summary.errors)}`);
  return library;
}

/** The id of the story with this exact title. */
export function storyId(library: Library, title: string): number {
  for (const { id, article } of library.stories()) if (article.title === title) return id;
  throw new Error(`no fixture story titled ${title}`);
}

/** Text of the PDF (all pages, or one), by poppler's pdftotext. */
export function pdfText(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', ['-enc', 'UTF-8', ...range, file, '-'], { encoding: 'utf8' });
}

export function pdfInfo(file: string): { pages: number; width: number; height: number } {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  const pages = /Pages:\s+(\d+)/.exec(info);
  return { pages: Number(pages?.[1]), width: Number(size?.[1]), height: Number(size?.[2]) };
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
  unicode: boolean;
}

export function pdfFonts(file: string): PdfFont[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return lines.map((line) => {
    // name, type (may contain a space), encoding, emb, sub, uni, object, id
    const cols = line.trim().split(/\s+/);
    const [emb, , uni] = cols.slice(-5, -2);
    return { name: cols[0] ?? '', type: cols.slice(1, -6).join(' '), embedded: emb === 'yes', unicode: uni === 'yes' };
  });
}

/** Text with all whitespace removed: pdftotext breaks lines and spaces letters where the layout does. */
export const squeeze = (text: string): string => text.replace(/\s+/g, '');
