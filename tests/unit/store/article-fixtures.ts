import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { Article, ParsedPage } from '../../../electron/shared/model';
import { blankArticle } from '../../support/article';

/** An article of the 嘉善 edition, empty but for what the test sets. */
export function article(overrides: Partial<Article> = {}): Article {
  return blankArticle({ region: { province: '浙江省', city: '嘉兴市', county: '嘉善县', town: null, village: null }, ...overrides });
}

export function page(source: string, articles: Article[], date: string | null = '2024-01-05'): ParsedPage {
  return { source, edition: { paper: '嘉兴日报', name: '嘉善版', county: '嘉善县', date }, articles, unplaced: [] };
}

let root: string | null = null;

// Each test file evaluates this module afresh, so this removes that file's folders when it ends.
afterAll(() => {
  if (root !== null) rmSync(root, { recursive: true, force: true });
  root = null;
});

/** A fresh folder for one test, inside one folder per test file that is removed after the file's tests. */
export function tempDir(): string {
  root ??= mkdtempSync(join(tmpdir(), 'broadsheet-test-'));
  return mkdtempSync(join(root, 't-'));
}
