import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Library } from '../../electron/core/library';
import { matchesFolded, parseQuery } from '../../electron/core/search/query';
import { foldedSearchText } from '../../electron/core/search/searchable';
import type { StoryFilters } from '../../electron/shared/library';
import { generateArchive, type GeneratedArchive } from './generate-archive';

/**
 * `npm run bench [-- --stories N]`: generates a realistic archive (default 100,000 stories; also
 * BENCH_STORIES), imports it, and prints one JSON report: import speed (the whole import twice:
 * the faster run, and both) and memory, size, search latency per query class with facets, hit
 * rates, exactness against brute force, and LIKE / ripgrep on the same queries.
 * It never fails on time; it exits non-zero only if a search answer is wrong.
 */
const storiesFlag = process.argv.indexOf('--stories');
const STORIES = Number((storiesFlag > 0 ? process.argv[storiesFlag + 1] : undefined) ?? process.env.BENCH_STORIES ?? 100_000);
if (!Number.isInteger(STORIES) || STORIES < 100) throw new Error('--stories / BENCH_STORIES takes a whole number of at least 100');
const REPEAT = Number(process.env.BENCH_REPEAT ?? 5);
/** Queries per class also answered by LIKE and ripgrep (default: all of them). */
const SCAN_SAMPLE = Number(process.env.BENCH_SCAN_SAMPLE ?? Infinity);
const DIR = process.env.BENCH_DIR ?? join(tmpdir(), `broadsheet-bench-${STORIES}`);
const ROOT = join(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

type QueryClass = 'one' | 'two' | 'three' | 'four' | 'multi' | 'latin' | 'or';

const round = (x: number, digits = 2) => Number(x.toFixed(digits));
const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};
const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

/** What import-worker.ts prints. */
type WorkerReport = Partial<Record<'pages' | 'stories' | 'errors' | 'duplicates' | 'seconds' | 'cpuSeconds' | 'maxRssMB', number>> & {
  eventLoopLagMs?: { p50: number; p99: number; max: number };
};

/**
 * Runs import-worker.ts as the app runs the core: bundled by scripts/build-app.ts (target bench),
 * page worker included. From source, through tsx, the same import took about a tenth longer.
 */
function worker(args: string[]): WorkerReport {
  const build = spawnSync(TSX, [join(ROOT, 'scripts/build-app.ts'), 'bench', '--if-stale'], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`building the import worker failed: ${build.stderr}`);
  const r = spawnSync(process.execPath, [join(ROOT, 'dist/bench/import-worker.mjs'), ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`import worker failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as WorkerReport;
}

/** Queries by class, from the archive's own vocabulary: named places and people, common words, Latin and digits. */
function querySet(archive: GeneratedArchive): Record<QueryClass, string[]> {
  const townShort = archive.towns.map((t) => t.name.replace(/(街道|镇|乡)$/, '')).filter((n) => n.length === 2);
  const townFull = archive.towns.map((t) => t.name).filter((n) => n.length === 3);
  const villages4 = archive.towns.flatMap((t) => t.villages).filter((v) => v.length === 4);
  const people2 = archive.people.filter((p) => p.length === 2);
  const people3 = archive.people.filter((p) => p.length === 3);
  const every = <T>(xs: T[], n: number) => Array.from({ length: n }, (_, i) => xs[Math.floor((i * xs.length) / n)]).filter((x): x is T => x !== undefined);
  return {
    one: ['镇', '塘', '桥', '湖', '智', '鱼', '菱', '鎮'],
    two: [...every(townShort, 8), people2[0] ?? '周奕', people2[5] ?? '张斌', people2[50] ?? '陆丹', '发展', '企业', '疫情', '党建', '鲈鱼'],
    three: [...every(townFull, 5), people3[0] ?? '江海洋', people3[100] ?? '胡凌霄', '西塘鎮', '新农村', '示范区'],
    four: [...every(villages4, 4), '乡村振兴', '营商环境', '疫情防控', '共同富裕', '数字经济'],
    multi: [
      `${townShort[0] ?? '西塘'} 发展`,
      `${townShort[1] ?? '姚庄'} -企业`,
      `"${townFull[2] ?? '西塘镇'}" 项目`,
      `${people3[0] ?? '江海洋'} 会议`,
      '党建 引领 乡村',
      '"双示范 建设"',
    ],
    latin: ['5G', 'cbd', 'PM2.5', '2023', '2023年', 'ＧＤＰ', 'ai', '024'],
    or: [`${townShort[2] ?? '大云'} OR ${townShort[3] ?? '干窑'}`, '疫情 OR 新冠 防控', `${people2[0] ?? '周奕'} | ${people3[0] ?? '江海洋'}`, '鲈鱼 OR 菱角 -企业'],
  };
}

/** Wall and CPU milliseconds of a call. CPU time is what to read on a machine others are loading too. */
function timed<T>(f: () => T): { value: T; ms: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = f();
  const ms = performance.now() - started;
  const d = process.cpuUsage(cpu);
  return { value, ms, cpuMs: (d.user + d.system) / 1000 };
}

/** Every matching id by LIKE over the stored text: the full result set, as `searchIds` gives it. */
function likeScan(db: Database.Database, query: string): { ms: number; cpuMs: number; total: number } {
  const { include, anyOf, exclude } = parseQuery(query);
  const cond = (negate: boolean) =>
    `${negate ? 'NOT ' : ''}(s.title LIKE ? OR s.kicker LIKE ? OR s.subtitle LIKE ? OR s.section LIKE ? OR s.caption LIKE ? OR s.authors LIKE ?
      OR EXISTS (SELECT 1 FROM paragraphs p WHERE p.story_id = s.id AND p.text LIKE ?))`;
  const either = anyOf.map((group) => `(${group.map(() => cond(false)).join(' OR ')})`);
  const where = [...include.map(() => cond(false)), ...either, ...exclude.map(() => cond(true))].join(' AND ');
  const params = [...include, ...anyOf.flat(), ...exclude].flatMap((t) => Array<string>(7).fill(`%${t}%`));
  const r = timed(() => db.prepare<string[], number>(`SELECT s.id FROM stories s WHERE ${where} ORDER BY s.id`).pluck().all(...params));
  return { ms: r.ms, cpuMs: r.cpuMs, total: r.value.length };
}

function ripgrep(dir: string, query: string): { ms: number } | null {
  const { include, anyOf, exclude } = parseQuery(query);
  if (include.length !== 1 || anyOf.length || exclude.length) return null;
  const started = performance.now();
  spawnSync('rg', ['-l', '-F', '-i', '--', include[0] ?? '', dir], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return { ms: performance.now() - started };
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const loadAtStart = loadavg().map((x) => round(x, 1));
  log(`generating ${STORIES} stories into ${DIR}`);
  const archive = generateArchive(STORIES);
  const generateSeconds = (performance.now() - t0) / 1000;
  rmSync(DIR, { recursive: true, force: true });
  const pagesDir = join(DIR, 'pages');
  let textBytes = 0;
  let textChars = 0;
  for (const p of archive.pages) {
    const file = join(pagesDir, p.path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, p.text);
    textBytes += Buffer.byteLength(p.text);
    textChars += p.text.length;
  }
  const jsonl = join(DIR, 'pages.jsonl');
  writeFileSync(jsonl, archive.pages.map((p) => JSON.stringify(p.parsed)).join('\n'));

  log('importing parsed pages (store only)');
  const dbFile = join(DIR, 'library.db');
  const store = worker(['parsed', dbFile, jsonl]);
  const storiesInFiles = archive.pages.reduce((n, p) => n + p.parsed.articles.length, 0);
  log('importing the page folder twice (read, decode, parse, enrich, store)');
  // This VM's speed drifts by a fifth or more within minutes: the whole import runs twice, into
  // two fresh libraries, and the faster run is reported beside both.
  const fileRuns = [worker(['files', join(DIR, 'pipeline.db'), pagesDir]), worker(['files', join(DIR, 'pipeline-again.db'), pagesDir])];
  const files = fileRuns.reduce((a, b) => ((b.seconds ?? Infinity) < (a.seconds ?? Infinity) ? b : a));
  log('reading the page folder without storing');
  const parse = worker(['parse', pagesDir]);
  const county = readdirSync(pagesDir).sort()[0] ?? '';
  log(`removing the pages of ${county} from the imported folder`);
  const removal = worker(['remove', join(DIR, 'pipeline.db'), join(pagesDir, county)]);

  const opening = performance.now();
  const library = Library.open(dbFile);
  const openMs = performance.now() - opening;
  const warm = performance.now();
  library.search({ query: '县' });
  const cacheLoadMs = performance.now() - warm;
  // Browsing newest first, as the reader's list does: its first page (which sorts the library by
  // date once), then pages at the top, the middle and the end.
  const firstList = timed(() => library.listStories({}, 0, 50));
  const storyCount = firstList.value.total;
  const browse = Object.fromEntries(
    [0, Math.floor(storyCount / 2), Math.max(0, storyCount - 50)].map((offset) => {
      const times = Array.from({ length: REPEAT * 4 }, () => timed(() => library.listStories({}, offset, 50)).ms);
      return [`offset${offset}`, { p50ms: round(percentile(times, 50), 2), p95ms: round(percentile(times, 95), 2) }];
    }),
  );

  // The sidebar's counts for the whole library (places, topics, years, the people named most),
  // and the stories on the same thread as each of 200 stories (the first builds its index).
  const facetTimes = Array.from({ length: REPEAT * 4 }, () => timed(() => library.facets()).ms);
  const threadIds = library.listStories({}, 0, 200).items.map((s) => s.id);
  const [firstRelated = 0, ...relatedTimes] = threadIds.map((id) => timed(() => library.relatedStories(id)).ms);

  // A reading history of 2,000 stories (years of a reader's opening, spread over the library): what
  // recording an open costs, the sidebar's five last, a page of the history, and the whole library
  // in that order (the history first, then the rest newest first), in its middle.
  const openTimes = Array.from({ length: 2000 }, (_, i) => timed(() => library.storyOpened(1 + ((i * 7919) % storyCount))).ms);
  const historyTimes = (filters: StoryFilters, offset: number, limit: number) => {
    const times = Array.from({ length: REPEAT * 4 }, () => timed(() => library.listStories(filters, offset, limit, 'opened')).ms);
    return { p50ms: round(percentile(times, 50), 2), p95ms: round(percentile(times, 95), 2) };
  };
  const readingHistory = {
    storyOpened: { p50ms: round(percentile(openTimes, 50), 2), p95ms: round(percentile(openTimes, 95), 2) },
    sidebarLastFive: historyTimes({ opened: true }, 0, 5),
    historyPage: historyTimes({ opened: true }, 1000, 50),
    libraryByOpenedMiddle: historyTimes({}, Math.floor(storyCount / 2), 50),
  };

  log('brute force over the folded text');
  const folded: { id: number; fields: string[] }[] = [];
  for (const { id, article } of library.stories()) folded.push({ id, fields: foldedSearchText(article) });

  const queries = querySet(archive);
  // Ten followed searches, counted (all and unread) as the sidebar lists them after every read.
  for (const query of [...queries.two, ...queries.four].slice(0, 10)) library.followSearch({ name: query, query, filters: {} });
  const followedTimes = Array.from({ length: REPEAT * 4 }, () => timed(() => library.followedSearches()).ms);
  const scanDb = new Database(dbFile, { readonly: true });
  const perClass: Record<string, unknown> = {};
  const wrong: string[] = [];
  const ratiosLike: number[] = [];
  const ratiosRg: number[] = [];
  const ratiosLikeCpu: number[] = [];
  const likeByClass: Record<string, number[]> = {};
  const ratiosLikeIds: number[] = [];
  const likeIdsByClass: Record<string, number[]> = {};
  const cpuByClass: Record<string, number[]> = {};
  for (const [cls, list] of Object.entries(queries) as [QueryClass, string[]][]) {
    const times: number[] = [];
    const cpuTimes: number[] = [];
    const rows: Record<string, unknown>[] = [];
    list.forEach((query, i) => {
      const parsed = parseQuery(query);
      const expected = folded.filter((s) => matchesFolded(parsed, s.fields)).map((s) => s.id);
      const got = library.searchIds(query);
      const exact = got.length === expected.length && got.every((id, k) => id === expected[k]);
      if (!exact) wrong.push(query);
      const ms: number[] = [];
      const cpuMs: number[] = [];
      let facetsOk = true;
      for (let r = 0; r < REPEAT; r++) {
        const run = timed(() => library.search({ query, limit: 20 }));
        ms.push(run.ms);
        cpuMs.push(run.cpuMs);
        facetsOk &&= run.value.total === expected.length && run.value.facets.topics.length > 0 === expected.length > 0;
      }
      if (!facetsOk) wrong.push(`${query} (search total/facets)`);
      const idsMedian = percentile(
        Array.from({ length: REPEAT }, () => timed(() => library.searchIds(query)).ms),
        50,
      );
      times.push(...ms);
      cpuTimes.push(...cpuMs);
      const median = percentile(ms, 50);
      const cpuMedian = percentile(cpuMs, 50);
      const row: Record<string, unknown> = {
        query,
        hits: expected.length,
        hitRatePct: round((100 * expected.length) / folded.length, 3),
        exact,
        p50ms: round(median, 3),
        p50cpuMs: round(cpuMedian, 3),
        allIdsP50ms: round(idsMedian, 3),
      };
      if (i < SCAN_SAMPLE) {
        const like = likeScan(scanDb, query);
        row.likeMs = round(like.ms, 1);
        row.likeCpuMs = round(like.cpuMs, 1);
        row.likeTimesSlower = round(like.ms / median, 0);
        row.likeTimesSlowerCpu = round(like.cpuMs / Math.max(cpuMedian, 0.001), 0);
        ratiosLike.push(like.ms / median);
        (likeByClass[cls] ??= []).push(like.ms / median);
        ratiosLikeCpu.push(like.cpuMs / Math.max(cpuMedian, 0.001));
        row.likeTimesSlowerThanAllIds = round(like.ms / idsMedian, 0);
        ratiosLikeIds.push(like.ms / idsMedian);
        (likeIdsByClass[cls] ??= []).push(like.ms / idsMedian);
        const rg = ripgrep(pagesDir, query);
        if (rg) {
          row.ripgrepMs = round(rg.ms, 1);
          row.ripgrepTimesSlower = round(rg.ms / median, 0);
          ratiosRg.push(rg.ms / median);
        }
      }
      rows.push(row);
    });
    cpuByClass[cls] = cpuTimes;
    perClass[cls] = {
      p50ms: round(percentile(times, 50), 3),
      p95ms: round(percentile(times, 95), 3),
      maxMs: round(Math.max(...times), 3),
      p50cpuMs: round(percentile(cpuTimes, 50), 3),
      p95cpuMs: round(percentile(cpuTimes, 95), 3),
      queries: rows,
    };
  }
  scanDb.close();
  library.close();

  const db = new Database(dbFile, { readonly: true });
  const sizes = db.prepare<[], { name: string; bytes: number }>('SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name').all();
  db.close();
  const indexBytes = sizes.filter((s) => s.name.startsWith('search_')).reduce((n, s) => n + s.bytes, 0);
  const dbBytes = statSync(dbFile).size;
  const named2 = (perClass.two as { queries: { query: string; hitRatePct: number }[] }).queries;
  const geomean = (xs: number[]) => (xs.length ? Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length) : 0);

  const report = {
    machine: { cpus: cpus().length, node: process.version, loadAverageAtStart: loadAtStart, loadAverageAtEnd: loadavg().map((x) => round(x, 1)) },
    archive: {
      stories: archive.stories,
      pages: archive.pages.length,
      textMB: round(textBytes / 1048576, 1),
      avgStoryChars: Math.round(textChars / archive.stories),
      generateSeconds: round(generateSeconds, 1),
      namedTwoCharHitRatesPct: Object.fromEntries(named2.map((q) => [q.query, q.hitRatePct])),
    },
    import: {
      storeOnly: {
        stories: store.stories,
        seconds: round(store.seconds ?? 0),
        cpuSeconds: round(store.cpuSeconds ?? 0),
        storiesPerSecond: Math.round((store.stories ?? 0) / (store.seconds ?? 1)),
        storiesPerCpuSecond: Math.round((store.stories ?? 0) / (store.cpuSeconds ?? 1)),
        peakRssMB: store.maxRssMB,
      },
      fromPageFiles: {
        files: archive.pages.length,
        storiesInFiles,
        storiesParsed: files.stories,
        copiesNotStored: files.duplicates,
        seconds: round(files.seconds ?? 0),
        cpuSeconds: round(files.cpuSeconds ?? 0),
        pagesPerSecond: Math.round(archive.pages.length / (files.seconds ?? 1)),
        storiesPerSecond: Math.round((files.stories ?? 0) / (files.seconds ?? 1)),
        storiesPerCpuSecond: Math.round((files.stories ?? 0) / (files.cpuSeconds ?? 1)),
        peakRssMB: files.maxRssMB,
        eventLoopLagMs: files.eventLoopLagMs,
        runs: fileRuns.map((r) => ({ seconds: round(r.seconds ?? 0), cpuSeconds: round(r.cpuSeconds ?? 0), storiesPerSecond: Math.round((r.stories ?? 0) / (r.seconds ?? 1)) })),
        readOnlyCpuSeconds: round(parse.cpuSeconds ?? 0),
        readOnlyStoriesPerSecond: Math.round((parse.stories ?? 0) / (parse.seconds ?? 1)),
      },
    },
    removeOneCountyFolder: { pages: removal.pages, stories: removal.stories, seconds: round(removal.seconds ?? 0) },
    size: { dbMB: round(dbBytes / 1048576, 1), dbOverText: round(dbBytes / textBytes), indexMB: round(indexBytes / 1048576, 1), indexOverText: round(indexBytes / textBytes) },
    search: { openWithIntegrityCheckMs: round(openMs, 1), attributeCacheLoadMs: round(cacheLoadMs, 1), repeatsPerQuery: REPEAT, ...perClass },
    browseNewestFirst: { firstPageMs: round(firstList.ms, 1), pagesOf50: browse },
    sidebarFacetsOfAll: { p50ms: round(percentile(facetTimes, 50), 1), p95ms: round(percentile(facetTimes, 95), 1) },
    tenFollowedSearchesCounted: { p50ms: round(percentile(followedTimes, 50), 1), p95ms: round(percentile(followedTimes, 95), 1) },
    readingHistory,
    relatedStories: { firstMs: round(firstRelated, 1), p50ms: round(percentile(relatedTimes, 50), 2), p95ms: round(percentile(relatedTimes, 95), 2) },
    versusScans: {
      queriesCompared: ratiosLike.length,
      likeTimesSlowerGeomean: round(geomean(ratiosLike), 0),
      likeTimesSlowerGeomeanByClass: Object.fromEntries(Object.entries(likeByClass).map(([cls, xs]) => [cls, round(geomean(xs), 0)])),
      likeTimesSlowerCpuGeomean: round(geomean(ratiosLikeCpu), 0),
      likeTimesSlowerMin: round(Math.min(...ratiosLike), 0),
      likeTimesSlowerMedian: round(percentile(ratiosLike, 50), 0),
      // The same LIKE scan against what it computes, every matching id (searchIds), rather than a
      // page of 20 hydrated hits with snippets and facets over the whole result.
      likeTimesSlowerThanAllIdsGeomean: round(geomean(ratiosLikeIds), 0),
      likeTimesSlowerThanAllIdsGeomeanByClass: Object.fromEntries(Object.entries(likeIdsByClass).map(([cls, xs]) => [cls, round(geomean(xs), 0)])),
      likeTimesSlowerThanAllIdsMin: round(Math.min(...ratiosLikeIds), 0),
      ripgrepTimesSlowerGeomean: round(geomean(ratiosRg), 0),
      ripgrepTimesSlowerMin: round(Math.min(...ratiosRg), 0),
    },
    targets: {
      storeStoriesPerSecondAtLeast5000: (store.stories ?? 0) / (store.seconds ?? 1) >= 5000,
      importFromFilesStoriesPerSecondAtLeast5000: (files.stories ?? 0) / (files.seconds ?? 1) >= 5000,
      twoCharP95AtMost30ms: (perClass.two as { p95ms: number }).p95ms <= 30,
      twoCharP95CpuAtMost30ms: percentile(cpuByClass.two ?? [], 95) <= 30,
      likeAtLeast100TimesSlower: geomean(ratiosLike) >= 100,
      likeAtLeast100TimesSlowerThanAllIds: geomean(ratiosLikeIds) >= 100,
      likeAtLeast100TimesSlowerCpu: geomean(ratiosLikeCpu) >= 100,
      exact: wrong.length === 0,
    },
    correctness: { queries: Object.values(queries).flat().length, exact: wrong.length === 0, wrong },
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    totalSeconds: round((performance.now() - t0) / 1000, 1),
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  if (!process.env.BENCH_KEEP) rmSync(DIR, { recursive: true, force: true });
  if (wrong.length) process.exitCode = 1;
}

void main();
