import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runExport } from '../../../electron/cli/export-command';
import { UsageError } from '../../../electron/cli/errors';
import { cli, fixtureDbByCli, pdfInfo, pdfText, squeeze } from './export-fixtures';

/** The `export` command as DESIGN.md §5 writes it, run as a user would. */

let dir = '';
let db = '';
beforeAll(() => {
  ({ dir, db } = fixtureDbByCli());
}, 30_000);

describe('export command', () => {
  it('writes the PDF of a search with the optional flags and reports it', () => {
    const out = join(dir, '西塘.pdf');
    const r = cli(['export', '--db', db, '--query', '西塘', '--out', out, '--title', '西塘专题', '--paper', 'letter', '--columns', '2', '--new-page', '--no-notes', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout) as { out: string; stories: number; pages: number; bytes: number; contents: { title: string; page: number }[] };
    expect(summary.out).toBe(out);
    expect(summary.stories).toBeGreaterThanOrEqual(1);
    expect(summary.contents[0]?.title).toBe('西塘迎来年末旅游小高峰');
    const info = pdfInfo(out);
    expect(info.pages).toBe(summary.pages);
    expect(Math.round(info.width)).toBe(612);
    expect(squeeze(pdfText(out, 1))).toContain('西塘专题');
  }, 60_000);

  it.each([
    [['--ids', '1,99999', '--out', join(dir, 'a.pdf')], /there is no story with id 99999/],
    [['--ids', '1,x', '--out', join(dir, 'a.pdf')], /--ids takes ids separated by commas/],
    [['--bookmarks', '--out', join(dir, 'a.pdf')], /there are no bookmarks to export/],
    [['--ids', '1'], /--out FILE\.pdf is required/],
    [['--ids', '1', '--out', join(dir, 'missing', 'a.pdf')], /the folder .* does not exist/],
    [['--ids', '1', '--out', join(dir, 'a.txt')], /must end in \.pdf/],
    [['--out', join(dir, 'a.pdf')], /choose exactly one of --ids, --query, --bookmarks/],
    [['--ids', '1', '--query', '西塘', '--out', join(dir, 'a.pdf')], /choose exactly one/],
    [['--ids', '1', '--columns', '3', '--out', join(dir, 'a.pdf')], /--columns is 1 or 2/],
    [['--ids', '1', '--paper', 'a3', '--out', join(dir, 'a.pdf')], /--paper is a4 or letter/],
    [['--ids', '1', '--title', ' ', '--out', join(dir, 'a.pdf')], /--title cannot be empty/],
  ])('refuses %j with a sentence for the user', async (args, message) => {
    const run = runExport(['--db', db, ...args]);
    await expect(run).rejects.toBeInstanceOf(UsageError);
    await expect(run).rejects.toThrow(message);
    expect(existsSync(join(dir, 'a.pdf'))).toBe(false);
  });

  it('reports errors on stderr with a non-zero exit', () => {
    const r = cli(['export', '--db', db, '--ids', '1,99999', '--out', join(dir, 'a.pdf')]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toBe('broadsheet: there is no story with id 99999\n');
    expect(r.stdout).toBe('');
  }, 30_000);

  it('needs an existing library', async () => {
    await expect(runExport(['--db', join(dir, 'none.db'), '--ids', '1', '--out', join(dir, 'a.pdf')])).rejects.toThrow(/there is no library/);
  });
});
