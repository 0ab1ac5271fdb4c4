import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../../electron/cli/errors';
import { runDump } from '../../../electron/cli/dump-command';
import { runSearch } from '../../../electron/cli/search-command';
import { fold } from '../../../electron/core/search/fold';
import { Library } from '../../../electron/core/library';
import { SCHEMA_VERSION } from '../../../electron/core/store/migrations';
import { openDatabase } from '../../../electron/core/store/open';
import { articleSchema } from '../../../electron/shared/model';
import { tempDir } from '../store/article-fixtures';

const ROOT = join(import.meta.dirname, '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function cli(args: string[], input?: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(TSX, ['electron/cli.ts', ...args], { cwd: ROOT, input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const db = join(tempDir(), 'seeds.db');
let dumped: ({ id: number } & ReturnType<typeof articleSchema.parse>)[] = [];

beforeAll(() => {
  const first = cli(['import', 'seeds', '--db', db, '--json']);
  expect(first.code, first.stderr).toBe(0);
  const summary = JSON.parse(first.stdout) as { pages: number; articles: number; skipped: number; errors: unknown[]; seconds: number };
  expect(summary).toMatchObject({ pages: 5, skipped: 0, errors: [] });
  expect(typeof summary.seconds).toBe('number');
  const dump = cli(['dump', '--db', db, '--json']);
  expect(dump.code, dump.stderr).toBe(0);
  dumped = dump.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const { id, ...rest } = JSON.parse(line) as { id: number };
      return { id, ...articleSchema.parse(rest) };
    });
  expect(dumped).toHaveLength(summary.articles);
}, 30_000);

describe('followed', () => {
  it('lists the searches followed in the app with their unread and total stories, as text or JSON lines', () => {
    const lib = join(tempDir(), 'followed.db');
    cpSync(db, lib);
    expect(cli(['followed', '--db', lib]).stdout).toMatch(/^no searches are followed in this library/);
    const library = Library.open(lib);
    const followed = library.followSearch({ name: '“乡贤”', query: '乡贤', filters: {} });
    library.markRead(library.search({ query: '乡贤' }).hits[0]?.id ?? 0);
    library.close();

    const text = cli(['followed', '--db', lib]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toBe(`${String(followed.unread - 1).padStart(6)} unread ${String(followed.total).padStart(7)} in all  “乡贤”\n`);
    const json = cli(['followed', '--db', lib, '--json']);
    expect(JSON.parse(json.stdout)).toEqual({ ...followed, unread: followed.unread - 1 });
    expect(cli(['followed', 'extra', '--db', lib]).stderr).toMatch(/followed takes no positional arguments/);
  });
});

describe('import', () => {
  it('skips the unchanged seeds the second time', () => {
    const again = cli(['import', 'seeds', '--db', db, '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ pages: 0, articles: 0, skipped: 5, errors: [] });
  });

  it('imports again from the folders it imported from before, with --again', () => {
    const folder = join(tempDir(), 'archive');
    mkdirSync(folder);
    cpSync(join(ROOT, 'seeds'), folder, { recursive: true });
    const lib = join(tempDir(), 'again.db');
    expect(cli(['import', folder, '--db', lib, '--json']).code).toBe(0);
    writeFileSync(join(folder, 'new-page.txt'), '新的一版\n\n本报讯 新到的版面。');
    const again = cli(['import', '--again', '--db', lib, '--json']);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ pages: 1, skipped: 5, errors: [] });
  });

  it('names the copies of pages the library holds instead of storing them twice, and removes the pages a folder brought', () => {
    const dir = tempDir();
    const [original, copy] = [join(dir, 'archive'), join(dir, 'backup')];
    cpSync(join(ROOT, 'seeds'), original, { recursive: true });
    cpSync(join(ROOT, 'seeds'), copy, { recursive: true });
    const lib = join(dir, 'copies.db');
    expect(cli(['import', original, '--db', lib, '--json']).code).toBe(0);

    const again = cli(['import', copy, '--db', lib]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/^imported 0 pages, 0 stories; 0 unchanged files skipped; 5 copies of pages already in the library not imported; 0 errors;/);
    const seed = readdirSync(join(ROOT, 'seeds'))[0] ?? '';
    expect(again.stdout).toContain(`  ${join(copy, seed)}: the same as ${join(original, seed)}\n`);

    const removed = cli(['remove', original, '--db', lib, '--json']);
    expect(removed.code, removed.stderr).toBe(0);
    expect(JSON.parse(removed.stdout)).toEqual({ pages: 5, stories: dumped.length, notFound: [] });
    expect(cli(['dump', '--db', lib, '--json']).stdout).toBe('');
    const nothing = cli(['remove', original, '--db', lib]);
    expect(nothing.code).not.toBe(0);
    expect(nothing.stderr).toMatch(/nothing was removed: no page of the library was imported from those paths/);
    // With the original gone from the library, the copy is what it holds.
    expect(JSON.parse(cli(['import', copy, '--db', lib, '--json']).stdout)).toMatchObject({ pages: 5, duplicates: [] });
  });

  it.each([
    [['import', '--again', 'seeds', '--db', db], /--again takes the folders imported from before; drop "seeds"/],
    [['import', '--again', '--db', join(tempDir(), 'missing.db')], /no library at/],
  ])('refuses %j', (args, message) => {
    const r = cli(args);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(message);
  });

  it('refuses --again on a library that has only had files imported by name', () => {
    const lib = join(tempDir(), 'files-only.db');
    const seed = readdirSync(join(ROOT, 'seeds'))[0] ?? '';
    expect(cli(['import', join('seeds', seed), '--db', lib, '--json']).code).toBe(0);
    const r = cli(['import', '--again', '--db', lib]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/has no folders imported from before; import a folder first/);
  });

  it('says why it cannot use a damaged library and exits non-zero', () => {
    const bad = join(tempDir(), 'bad.db');
    writeFileSync(bad, 'this is not a database, just text long enough to look like a header...');
    const r = cli(['import', 'seeds', '--db', bad, '--json']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/damaged.*--move-damaged-aside/s);
    const moved = cli(['import', 'seeds', '--db', bad, '--json', '--move-damaged-aside']);
    expect(moved.code, moved.stderr).toBe(0);
    expect(JSON.parse(moved.stdout)).toMatchObject({ pages: 5 });
  });

  it('says on stderr that it upgrades a library of an older schema, then does the command', () => {
    const old = join(tempDir(), 'old.db');
    openDatabase(old, { schemaVersion: 4 }).close();
    const r = cli(['search', '西塘', '--db', old, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`upgrading .*old\\.db from schema 4 to ${SCHEMA_VERSION}`));
    expect(JSON.parse(r.stdout)).toMatchObject({ total: 0 });
    expect(cli(['search', '西塘', '--db', old, '--json']).stderr).toBe('');
  });
});

/** The folded searchable fields of a dumped story: what a brute-force scan looks at. */
const fields = (a: (typeof dumped)[number]) =>
  [a.section, a.kicker, a.title, a.subtitle, ...a.paragraphs, a.caption, ...a.authors.map((x) => x.name)].filter((x): x is string => !!x).map(fold);

describe('search --batch', () => {
  it('lists exactly the stories a brute-force scan of the dump finds', () => {
    // Terms taken from the stored text at fixed strides, plus terms that must behave specially.
    const text = dumped.flatMap((a) => a.paragraphs).join('');
    const terms = Array.from({ length: 12 }, (_, i) => text.slice(i * 97, i * 97 + (i % 4) + 1)).filter((t) => t.trim() && !/[\s"-]/.test(t));
    const queries = [...terms, '县', '嘉善', '嘉善縣', '２０２４', '西塘 镇', '嘉善 -会议', '不存在的词语'];
    const r = cli(['search', '--batch', '--db', db, '--json'], `${queries.join('\n')}\n`);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { query: string; total: number; ms: number; ids: number[] });
    expect(lines.map((l) => l.query)).toEqual(queries);
    for (const line of lines) {
      const words = line.query.split(' ');
      const include = words.filter((w) => !w.startsWith('-')).map(fold);
      const exclude = words.filter((w) => w.startsWith('-')).map((w) => fold(w.slice(1)));
      const expected = dumped
        .filter((a) => {
          const f = fields(a);
          return include.every((t) => f.some((x) => x.includes(t))) && !exclude.some((t) => f.some((x) => x.includes(t)));
        })
        .map((a) => a.id)
        .sort((x, y) => x - y);
      expect(line.ids, line.query).toEqual(expected);
      expect(line.total).toBe(expected.length);
    }
  });
});

describe('search', () => {
  it('prints total, hits with snippets, facets and time', () => {
    const r = cli(['search', '嘉善', '--db', db, '--limit', '3', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { total: number; hits: Record<string, unknown>[]; facets: { regions: unknown[]; topics: unknown[] }; ms: number };
    expect(out.hits.length).toBe(Math.min(3, out.total));
    for (const hit of out.hits) {
      expect(Object.keys(hit).sort()).toEqual(['id', 'region', 'score', 'snippet', 'title', 'topics']);
      expect(dumped.some((a) => a.id === hit.id)).toBe(true);
    }
    expect(Array.isArray(out.facets.regions) && Array.isArray(out.facets.topics)).toBe(true);
    expect(typeof out.ms).toBe('number');
  });

  it('sorts oldest first on request, the same stories as newest first', () => {
    const ids = (sort: string) => {
      const r = cli(['search', '县', '--db', db, '--sort', sort, '--limit', '1000', '--json']);
      expect(r.code, r.stderr).toBe(0);
      return (JSON.parse(r.stdout) as { hits: { id: number }[] }).hits.map((h) => h.id);
    };
    const oldest = ids('oldest');
    expect(oldest.length).toBeGreaterThan(1);
    expect([...oldest].sort((a, b) => a - b)).toEqual([...ids('date')].sort((a, b) => a - b));
    expect(oldest).not.toEqual(ids('date'));
  });

  it('filters by topic', () => {
    const r = cli(['search', '县', '--db', db, '--topic', 'health', '--limit', '1000', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { total: number; hits: { topics: string[] }[] };
    expect(out.hits.every((h) => h.topics.includes('health'))).toBe(true);
    expect(out.total).toBe(dumped.filter((a) => a.topics.includes('health') && fields(a).some((f) => f.includes('县'))).length);
  });

  it('filters by a person the stories name, and counts the people of the hits', () => {
    const named = new Map<string, number>();
    for (const a of dumped) for (const p of a.people) named.set(p, (named.get(p) ?? 0) + 1);
    const [person] = [...named].sort((a, b) => b[1] - a[1])[0] ?? [];
    expect(person).toBeDefined();
    const r = cli(['search', '县', '--db', db, '--person', person ?? '', '--limit', '1000', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { total: number; hits: { id: number }[]; facets: { people: { name: string; count: number }[] } };
    const expected = dumped.filter((a) => a.people.includes(person ?? '') && fields(a).some((f) => f.includes('县')));
    expect(expected.length).toBeGreaterThan(1);
    expect(out.hits.map((h) => h.id).sort((a, b) => a - b)).toEqual(expected.map((a) => a.id).sort((a, b) => a - b));
    expect(out.facets.people[0]).toEqual({ name: person, count: expected.length });
  });

  it.each([
    [['search', '嘉善', '--json'], /--db FILE is required/],
    [['search', '嘉善', '--db', 'nowhere.db', '--json'], /no library at nowhere\.db/],
    [['import', 'seeds', '--db', '/nonexistent-folder/lib.db', '--json'], /cannot open the library file \/nonexistent-folder\/lib\.db/],
  ])('refuses %j with a sentence on stderr and a non-zero exit', (args, message) => {
    const r = cli(args);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it.each([
    [['嘉善', '--db', db, '--topic', 'sports', '--json'], /invalid filters: topic/],
    [['嘉善', '--db', db, '--person', ' ', '--json'], /invalid filters: person/],
    [['--batch', '--db', db, '--person', '张锡锋', '--json'], /takes no filters/],
    [['嘉善', '--db', db, '--limit', '0', '--json'], /--limit takes a whole number/],
    [['嘉善', '--db', db, '--from', 'last week', '--json'], /date is YYYY/],
    [['--db', db, '--json'], /search needs a query/],
    [['--batch', '嘉善', '--db', db, '--json'], /reads its queries from stdin/],
    [['嘉善', '--db', db, '--colour'], /Unknown option/],
    [['嘉善', '--db', db, '--sort', 'newest', '--json'], /--sort is relevance, date \(newest first\), oldest or opened \(the last opened in the app first\), not "newest"/],
  ])('refuses search %j with a usage error', async (args, message) => {
    await expect(runSearch(args)).rejects.toThrow(UsageError);
    await expect(runSearch(args)).rejects.toThrow(message);
  });

  it('refuses dump without --json', () => {
    expect(() => runDump(['--db', db])).toThrow(/add --json/);
  });
});
