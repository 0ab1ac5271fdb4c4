import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCite } from '../../../electron/cli/cite-command';
import { UsageError } from '../../../electron/cli/errors';
import { cli, fixtureDbByCli } from './export-fixtures';

/** The `cite` command: what the export dialog copies, for scripts and for pasting into a thesis. */

let dir = '';
let db = '';
beforeAll(() => {
  ({ dir, db } = fixtureDbByCli());
}, 30_000);

describe('cite command', () => {
  it('prints the numbered references of a search, and the same list as JSON', () => {
    const text = cli(['cite', '--db', db, '--query', '门诊 医院']);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toBe('[1] 陆丹, 张斌. 县人民医院开设夜间门诊[N]. 嘉兴日报(嘉善版), 2023-12-29(4).\n');

    const json = cli(['cite', '--db', db, '--query', '县', '--json']);
    expect(json.code, json.stderr).toBe(0);
    const { references, skipped } = JSON.parse(json.stdout) as { references: string[]; skipped: string[] };
    const hits = JSON.parse(cli(['search', '县', '--db', db, '--limit', '100', '--json']).stdout) as { total: number; hits: { title: string }[] };
    expect(hits.total).toBeGreaterThan(1);
    expect(references).toHaveLength(hits.total);
    hits.hits.forEach((hit, i) => expect(references[i]).toContain(`${hit.title}[N]`));
    expect(skipped).toEqual([]);

    const ris = cli(['cite', '--db', db, '--query', '县', '--format', 'ris']);
    expect(ris.code, ris.stderr).toBe(0);
    expect(ris.stdout.match(/^TY {2}- NEWS\r$/gm)).toHaveLength(hits.total);
    expect(ris.stdout.match(/^TI {2}- .*\r$/gm)?.map((line) => line.slice(6, -1))).toEqual(hits.hits.map((h) => h.title));
  }, 60_000);

  it.each([
    [['--ids', '1,99999'], /there is no story with id 99999/],
    [['--ids', '1,x'], /--ids takes ids separated by commas/],
    [['--bookmarks'], /there are no bookmarks to export/],
    [[], /choose exactly one of --ids, --query, --bookmarks/],
    [['--query', ' '], /--query needs a search text/],
    [['--ids', '1', 'extra'], /unexpected arguments "extra"/],
    [['--ids', '1', '--out', 'a.pdf'], /Unknown option '--out'/],
    [['--ids', '1', '--format', 'bibtex'], /--format is gbt7714 or ris, not "bibtex"/],
  ])('refuses %j with a sentence for the user', async (args, message) => {
    const run = runCite(['--db', db, ...args]);
    await expect(run).rejects.toBeInstanceOf(UsageError);
    await expect(run).rejects.toThrow(message);
  });

  it('needs an existing library', async () => {
    await expect(runCite(['--db', join(dir, 'none.db'), '--ids', '1'])).rejects.toThrow(/there is no library/);
  });
});
