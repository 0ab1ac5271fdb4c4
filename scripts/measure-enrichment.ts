/**
 * Prints what enrichment costs: the gazetteer's size and load time, and the time to enrich the
 * seed pages once parsed (first run, which builds the name index, and a warm run). Wall time
 * suffers on a busy machine, so the process's CPU time is printed beside it.
 * Run: npx tsx scripts/measure-enrichment.ts [PAGE...]   (default: seeds/*.txt)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { enrichPage, loadGazetteer } from '../electron/core/enrich';
import { DEFAULT_GAZETTEER_PATH } from '../electron/core/enrich/gazetteer-file';
import { parsePage } from '../electron/core/parse';

const files = process.argv.length > 2 ? process.argv.slice(2) : readdirSync('seeds').filter((name) => name.endsWith('.txt')).map((name) => join('seeds', name));

/** Runs `run` `rounds` times; returns its last result and the mean wall and CPU time per round. */
function measure<T>(run: () => T, rounds = 1): { result: T; time: string } {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  let result = run();
  for (let round = 1; round < rounds; round++) result = run();
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000 / rounds;
  return { result, time: `${((performance.now() - wall) / rounds).toFixed(1)} ms (CPU ${cpuMs.toFixed(1)} ms)` };
}

const { result: gazetteer, time: loadTime } = measure(() => loadGazetteer());
const pages = files.map((file) => parsePage(readFileSync(file, 'utf8'), file));
const articles = pages.reduce((sum, page) => sum + page.articles.length, 0);
const enrichAll = (): void => {
  for (const page of pages) enrichPage(page, { gazetteer });
};
const firstRun = measure(enrichAll).time;
const warmRun = measure(enrichAll, 20).time;

console.log(`gazetteer: ${(statSync(DEFAULT_GAZETTEER_PATH).size / 1e6).toFixed(2)} MB, ${gazetteer.divisions.length} divisions (${gazetteer.source}), loaded in ${loadTime}`);
console.log(`enrich ${pages.length} pages / ${articles} stories: first run ${firstRun} (builds the name index), warm run ${warmRun}`);
