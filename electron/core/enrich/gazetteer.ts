import { readFileSync } from 'node:fs';
import { UserFacingError } from '../user-facing-error';
import { BUILD_GAZETTEER_COMMAND, DEFAULT_GAZETTEER_PATH, GAZETTEER_FORMAT, type GazetteerFile } from './gazetteer-file';

export type DivisionLevel = 'province' | 'city' | 'county' | 'town' | 'village';

export interface Division {
  id: number;
  level: DivisionLevel;
  name: string;
  parent: number | null;
}

export class GazetteerMissingError extends UserFacingError {
  constructor(path: string, cause: string) {
    super(`the place-name gazetteer could not be read from ${path} (${cause}). Generate it with \`${BUILD_GAZETTEER_COMMAND}\`.`);
    this.name = 'GazetteerMissingError';
  }
}

/** The administrative divisions of China as one tree of ids; names are official (嘉善县, 西塘镇, 缪家村). */
export class Gazetteer {
  readonly divisions: Division[] = [];
  readonly source: string;
  readonly villageProvinces: readonly string[];
  private readonly byName = new Map<string, number[]>();

  constructor(file: GazetteerFile) {
    this.source = file.source;
    this.villageProvinces = file.villageProvinces;
    const provinceBase = this.add('province', file.provinces, () => null);
    const cityBase = this.add('city', file.cities, (i) => provinceBase + (file.cityProvince[i] ?? 0));
    const countyBase = this.add('county', file.counties, (i) => {
      const city = file.countyCity[i] ?? -1;
      return city >= 0 ? cityBase + city : provinceBase + (file.countyProvince[i] ?? 0);
    });
    const townBase = this.add('town', file.towns, (i) => countyBase + (file.townCounty[i] ?? 0));
    this.add('village', file.villages, (i) => townBase + (file.villageTown[i] ?? 0));
  }

  private add(level: DivisionLevel, names: string[], parentOf: (index: number) => number | null): number {
    const base = this.divisions.length;
    names.forEach((name, i) => {
      const id = base + i;
      this.divisions.push({ id, level, name, parent: parentOf(i) });
      const same = this.byName.get(name);
      if (same) same.push(id);
      else this.byName.set(name, [id]);
    });
    return base;
  }

  get(id: number): Division {
    const division = this.divisions[id];
    if (!division) throw new RangeError(`no division with id ${id}`);
    return division;
  }

  /** Every division with exactly this official name. */
  named(name: string): readonly number[] {
    return this.byName.get(name) ?? [];
  }

  /** Ids of divisions of one level with this name (a county called 嘉善县, the towns called 大桥镇). */
  namedAt(name: string, level: DivisionLevel): number[] {
    return this.named(name).filter((id) => this.get(id).level === level);
  }

  /** The division itself or its ancestor at `level`, if any. */
  ancestor(id: number, level: DivisionLevel): number | null {
    for (let current: number | null = id; current !== null; current = this.get(current).parent) {
      if (this.get(current).level === level) return current;
    }
    return null;
  }

  nameOf(id: number | null): string | null {
    return id === null ? null : this.get(id).name;
  }
}

let cached: { path: string; gazetteer: Gazetteer } | null = null;

/** Reads the generated gazetteer once per process (about 2 MB of JSON). */
export function loadGazetteer(path: string = DEFAULT_GAZETTEER_PATH): Gazetteer {
  if (cached?.path === path) return cached.gazetteer;
  let file: GazetteerFile;
  try {
    file = JSON.parse(readFileSync(path, 'utf8')) as GazetteerFile;
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : err instanceof Error ? err.message : String(err);
    throw new GazetteerMissingError(path, reason);
  }
  if (file.format !== GAZETTEER_FORMAT) throw new GazetteerMissingError(path, `format ${String(file.format)} is not ${GAZETTEER_FORMAT}`);
  const gazetteer = new Gazetteer(file);
  cached = { path, gazetteer };
  return gazetteer;
}
