/**
 * Prints what enrichment costs: the gazetteer's size and load time, and the time to enrich the
 * seed pages once parsed (first run, which builds the lexicon, and a warm run).
 * Run: npx tsx scripts/measure-enrichment.ts [PAGE...]   (default: seeds/*.txt)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { enrichPage, loadGazetteer } from '../electron/core/enrich';
import { DEFAULT_GAZETTEER_PATH } from '../electron/core/enrich/gazetteer-file';
import { parsePage } from '../electron/core/parse';

const files = process.argv.length > 2 ? process.argv.slice(2) : readdirSync('seeds').filter((name) => name.endsWith('.txt')).map((name) => join('seeds', name));
const ms = (from: number): string => `${(performance.now() - from).toFixed(1)} ms`;

let started = performance.now();
const gazetteer = loadGazetteer();
const loadTime = ms(started);
const pages = files.map((file) => parsePage(readFileSync(file, 'utf8'), file));
const articles = pages.reduce((sum, page) => sum + page.articles.length, 0);

started = performance.now();
for (const page of pages) enrichPage(page, { gazetteer });
const firstRun = ms(started);
started = performance.now();
const rounds = 10;
for (let round = 0; round < rounds; round++) for (const page of pages) enrichPage(page, { gazetteer });
const warmRun = `${((performance.now() - started) / rounds).toFixed(1)} ms`;

console.log(`gazetteer: ${(statSync(DEFAULT_GAZETTEER_PATH).size / 1e6).toFixed(2)} MB, ${gazetteer.divisions.length} divisions (${gazetteer.source}), loaded in ${loadTime}`);
console.log(`enrich ${pages.length} pages / ${articles} stories: first run ${firstRun} (builds the lexicon), warm run ${warmRun}`);
