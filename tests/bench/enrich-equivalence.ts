/**
 * Guards optimisations of enrichment: `record FILE` parses the seeds, their traditional-character
 * versions and a few hundred generated pages, and stores the parsed pages with what enrichPage and
 * explainArticle made of them; `compare FILE` enriches the stored parsed pages again and reports
 * every page whose result differs. Parsed pages are stored so that parser changes do not count.
 *   npx tsx tests/bench/enrich-equivalence.ts record|compare FILE [PAGES]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { enrichPage, explainArticle } from '../../electron/core/enrich';
import { parsePage } from '../../electron/core/parse';
import type { ParsedPage } from '../../electron/shared/model';
import { generateArchive } from './generate-archive';

interface Snapshot {
  parsed: ParsedPage[];
  enriched: string[];
}

const [mode, file = '', count = '400'] = process.argv.slice(2);
const ROOT = join(import.meta.dirname, '../..');

function enrichedOf(page: ParsedPage): string {
  const enriched = enrichPage(page);
  const explained = enriched.articles.map((article) => explainArticle(article, enriched.edition));
  return JSON.stringify({ enriched, explained });
}

if (mode === 'record') {
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
  const seeds = readdirSync(join(ROOT, 'seeds')).filter((name) => name.endsWith('.txt')).map((name) => ({ path: `seeds/${name}`, text: readFileSync(join(ROOT, 'seeds', name), 'utf8') }));
  const texts = [
    ...seeds,
    ...seeds.map((seed) => ({ path: `${seed.path}.traditional`, text: toTraditional(seed.text) })),
    ...generateArchive(Number(count) * 10).pages.slice(0, Number(count)).map((page) => ({ path: page.path, text: page.text })),
  ];
  const parsed = texts.map(({ path, text }) => parsePage(text, path));
  const snapshot: Snapshot = { parsed, enriched: parsed.map(enrichedOf) };
  writeFileSync(file, JSON.stringify(snapshot));
  console.log(`recorded ${parsed.length} pages, ${parsed.reduce((n, page) => n + page.articles.length, 0)} stories`);
} else if (mode === 'compare') {
  const snapshot = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
  const started = performance.now();
  const differing = snapshot.parsed.filter((page, i) => enrichedOf(page) !== snapshot.enriched[i]).map((page) => page.source);
  console.log(`${snapshot.parsed.length} pages compared in ${((performance.now() - started) / 1000).toFixed(1)} s: ${differing.length === 0 ? 'all identical' : `${differing.length} differ: ${differing.slice(0, 10).join(', ')}`}`);
  if (differing.length > 0) process.exitCode = 1;
} else throw new Error('usage: enrich-equivalence.ts record|compare FILE [PAGES]');
