import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fileTopics } from '../../../electron/core/enrich';
import { PageWorkerPool } from '../../../electron/core/import/page-worker-pool';
import { Library } from '../../../electron/core/library';
import { readPage } from '../../../electron/core/page';
import type { ImportProgress } from '../../../electron/shared/library';
import { tempDir } from './article-fixtures';

const SEEDS = join(import.meta.dirname, '../../../seeds');

/** The seeds copied several times under dated folders, a binary file among them. */
function archive(): string {
  const dir = tempDir();
  for (const name of readdirSync(SEEDS).filter((n) => n.endsWith('.txt'))) {
    for (const day of ['2024-01-02', '2024-01-03', '2024-01-04']) copyFileSync(join(SEEDS, name), join(dir, `${day}-${name}`));
  }
  writeFileSync(join(dir, '2024-01-03-broken.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
  return dir;
}

async function importWith(dir: string, workers: number, signal?: AbortSignal, onProgress?: (p: ImportProgress) => void) {
  const library = Library.open(join(tempDir(), 'lib.db'));
  const summary = await library.importPaths([dir], { workers, signal, onProgress });
  const stories = [...library.stories()].map((s) => ({ id: s.id, article: s.article }));
  library.close();
  return { summary, stories };
}

describe('import in worker threads', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('reads pages in workers as this thread does, with or without topics, and reports undecodable bytes', async () => {
    const pool = new PageWorkerPool(2);
    try {
      const name = readdirSync(SEEDS).find((n) => n.endsWith('.txt')) ?? '';
      const bytes = readFileSync(join(SEEDS, name));
      const [read, refused, withoutTopics] = await Promise.all([
        pool.read(`seeds/${name}`, bytes),
        pool.read('x.txt', Buffer.from([1, 0, 2])),
        pool.read(`seeds/${name}`, bytes, false),
      ]);
      const here = readPage(bytes.toString('utf8'), `seeds/${name}`);
      expect(read).toEqual({ id: 1, encoding: 'utf8', page: here });
      expect(refused).toEqual({ id: 2, reason: 'binary file (contains NUL bytes)' });
      if (!('withoutTopics' in withoutTopics)) throw new Error(`not read: ${JSON.stringify(withoutTopics)}`);
      expect(withoutTopics.withoutTopics.page.articles.every((a) => a.topics.length === 0)).toBe(true);
      expect(fileTopics(withoutTopics.withoutTopics)).toEqual(here);
    } finally {
      await pool.close();
    }
  }, 60_000);

  // One worker leaves topics to the importing thread; two file them themselves.
  it.each([1, 2])('stores with %i worker(s) exactly what one thread stores, in the same order, with the same errors and progress', async (workers) => {
    const dir = archive();
    const here: ImportProgress[] = [];
    const there: ImportProgress[] = [];
    const inThread = await importWith(dir, 0, undefined, (p) => here.push(p));
    const inWorkers = await importWith(dir, workers, undefined, (p) => there.push(p));
    expect(inWorkers.stories).toEqual(inThread.stories);
    expect(inWorkers.stories.every((s) => s.article.topics.length > 0)).toBe(true);
    expect(inWorkers.summary.errors).toEqual(inThread.summary.errors);
    expect(inWorkers.summary.errors.map((e) => e.reason)).toEqual(['binary file (contains NUL bytes)']);
    expect([inWorkers.summary.pages, inWorkers.summary.articles]).toEqual([inThread.summary.pages, inThread.summary.articles]);
    expect(there).toEqual(here);
  }, 60_000);

  it('files topics in the worker for the pages read while this thread falls behind, storing the same stories', async () => {
    const dir = tempDir();
    for (const name of readdirSync(SEEDS).filter((n) => n.endsWith('.txt'))) {
      const bytes = readFileSync(join(SEEDS, name));
      // Trailing blank lines of their own: a copy with the same bytes would be skipped as a duplicate.
      for (let day = 1; day <= 200; day++) writeFileSync(join(dir, `day${String(day).padStart(3, '0')}-${name}`), Buffer.concat([bytes, Buffer.from('\n'.repeat(day))]));
    }
    const read = vi.spyOn(PageWorkerPool.prototype, 'read');
    const inThread = await importWith(dir, 0);
    // Storing is held up after the first file for as long as the worker takes to read the
    // hundreds of pages it was given, so they all wait to be stored.
    const heldUp = ({ filesDone }: ImportProgress) => {
      const until = performance.now() + (filesDone === 1 ? 6000 : 0);
      while (performance.now() < until);
    };
    const inWorker = await importWith(dir, 1, undefined, heldUp);
    const asked = read.mock.calls.map((call) => call[2]);
    expect(asked).toHaveLength(1000);
    expect(asked).toContain(true);
    expect(asked).toContain(false);
    expect(inWorker.stories).toEqual(inThread.stories);
  }, 120_000);

  it('starts a worker while a folder is walked, and lets it go when the folder holds few pages', async () => {
    const dir = tempDir();
    for (const name of readdirSync(SEEDS).filter((n) => n.endsWith('.txt')).slice(0, 2)) copyFileSync(join(SEEDS, name), join(dir, name));
    const read = vi.spyOn(PageWorkerPool.prototype, 'read');
    const close = vi.spyOn(PageWorkerPool.prototype, 'close');
    const library = Library.open(join(tempDir(), 'lib.db'));
    const summary = await library.importPaths([dir]);
    library.close();
    expect(summary.pages).toBe(2);
    expect(read).not.toHaveBeenCalled();
    expect(close).toHaveBeenCalledTimes(1);
  }, 60_000);

  it('stops after the file in hand when cancelled', async () => {
    const dir = archive();
    const controller = new AbortController();
    const { summary } = await importWith(dir, 2, controller.signal, (p) => {
      if (p.filesDone === 4) controller.abort();
    });
    expect(summary).toMatchObject({ cancelled: true, pages: 4 });
  }, 60_000);
});
