import type { Gazetteer } from './gazetteer';
import { COUNTY_KINDS, deicticWords, GENERIC_COUNTY_NAMES, type CountyKind } from './place-words';

/** What a run of characters in the text can stand for. */
export type Surface =
  | { kind: 'place'; ids: number[]; form: 'full' | 'short' }
  | { kind: 'deictic'; county: CountyKind; strong: boolean };

/** Provinces whose cities are also recognised by their short names (杭州, 苏州, 上海). */
const CITY_SHORT_PROVINCES = new Set(['浙江省', '江苏省', '上海市', '安徽省']);

export function countyKindOf(name: string): CountyKind | null {
  const last = name.at(-1);
  return last === '县' || last === '市' || last === '区' ? last : null;
}

function shortCounty(name: string): string | null {
  const stem = name.replace(/(?:自治县|县|市|区|旗)$/, '');
  return stem !== name && stem.length >= 2 ? stem : null;
}

export function shortTown(name: string): string | null {
  const stem = name.replace(/(?:街道|镇|乡)$/, '');
  return stem !== name && stem.length >= 2 ? stem : null;
}

function shortRegion(name: string): string | null {
  const stem = name.replace(/(?:壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|省|市|地区|盟)$/, '');
  return stem !== name && stem.length >= 2 ? stem : null;
}

/**
 * Every surface is at least two characters long, so candidate lengths are kept by a surface's first
 * two characters: most positions in a text start no name at all and cost a single lookup.
 */
const prefixOf = (text: string): string => text.slice(0, 2);

/** A map from surface text to what it can stand for, looked up longest first. */
class SurfaceTable {
  readonly entries = new Map<string, Surface[]>();
  readonly lengthsByPrefix = new Map<string, number[]>();

  add(text: string, surface: Surface): void {
    const list = this.entries.get(text);
    const samePlaceForm = list?.find((entry) => entry.kind === 'place' && surface.kind === 'place' && entry.form === surface.form);
    if (samePlaceForm?.kind === 'place' && surface.kind === 'place') samePlaceForm.ids.push(...surface.ids);
    else if (list) list.push(surface);
    else this.entries.set(text, [surface]);
    const prefix = prefixOf(text);
    const lengths = this.lengthsByPrefix.get(prefix);
    if (!lengths) this.lengthsByPrefix.set(prefix, [text.length]);
    else if (!lengths.includes(text.length)) {
      lengths.push(text.length);
      lengths.sort((a, b) => b - a);
    }
  }

  has(text: string): boolean {
    return this.entries.has(text);
  }
}

/**
 * Official names are looked up in the gazetteer's own name index, so that no second table of
 * 100k names is built; `official` says which of them may stand in running text.
 */
function officialSurface(gazetteer: Gazetteer, text: string): Surface | null {
  const ids = gazetteer.named(text).filter((id) => {
    const division = gazetteer.get(id);
    switch (division.level) {
      case 'province':
        return true;
      case 'city':
        return text !== gazetteer.nameOf(division.parent);
      case 'county':
        return !GENERIC_COUNTY_NAMES.has(text);
      case 'town':
        return text.length >= 3;
      case 'village':
        // Two-character villages (蒋村, 新村) read as ordinary words far more often than as places.
        return text.length >= 3 && /(?:村|社区)$/.test(text);
    }
  });
  return ids.length > 0 ? { kind: 'place', ids, form: 'full' } : null;
}

/** Everything but official names: the words for "our county" and provinces' and cities' short names. */
interface BaseTable {
  extra: SurfaceTable;
  /** Lengths of all official names and extra words, by their first two characters, longest first. */
  lengthsByPrefix: Map<string, number[]>;
  /** Official names met so far, filtered; bounded by the gazetteer's size. */
  official: Map<string, Surface | null>;
}

/**
 * Surface forms of place names. The base holds official names nationwide (villages only where the
 * gazetteer keeps them), provinces' and big cities' short names and the words for "our county";
 * the home table adds the short forms of one prefecture (嘉善, 西塘, 大云), too ambiguous to use
 * nationwide.
 */
export class Lexicon {
  private readonly homeLengths = new Map<string, number[]>();

  constructor(
    private readonly gazetteer: Gazetteer,
    private readonly base: BaseTable,
    private readonly home: SurfaceTable,
    readonly homeCity: number | null,
  ) {
    for (const [prefix, lengths] of home.lengthsByPrefix) {
      const merged = new Set([...(base.lengthsByPrefix.get(prefix) ?? []), ...lengths]);
      this.homeLengths.set(prefix, [...merged].sort((a, b) => b - a));
    }
  }

  private baseSurfaces(candidate: string): Surface[] {
    const extra = this.base.extra.entries.get(candidate) ?? [];
    if (this.gazetteer.named(candidate).length === 0) return extra;
    let official = this.base.official.get(candidate);
    if (official === undefined) {
      official = officialSurface(this.gazetteer, candidate);
      this.base.official.set(candidate, official);
    }
    return official ? [official, ...extra] : extra;
  }

  /** Longest surface starting at `start`, if any; a home short form and an official name of the same length both count. */
  longestAt(text: string, start: number): { text: string; surfaces: Surface[] } | null {
    const prefix = text.slice(start, start + 2);
    const lengths = this.homeLengths.get(prefix) ?? this.base.lengthsByPrefix.get(prefix);
    if (!lengths) return null;
    for (const length of lengths) {
      if (start + length > text.length) continue;
      const candidate = text.slice(start, start + length);
      const surfaces = [...this.baseSurfaces(candidate), ...(this.home.entries.get(candidate) ?? [])];
      if (surfaces.length > 0) return { text: candidate, surfaces };
    }
    return null;
  }
}

function addPlace(table: SurfaceTable, text: string, id: number, form: 'full' | 'short'): void {
  table.add(text, { kind: 'place', ids: [id], form });
}

function buildBase(gazetteer: Gazetteer): BaseTable {
  const extra = new SurfaceTable();
  for (const kind of COUNTY_KINDS) {
    for (const { word, strong } of deicticWords(kind)) extra.add(word, { kind: 'deictic', county: kind, strong });
  }
  const lengthSets = new Map<string, Set<number>>();
  const noteLength = (text: string): void => {
    const prefix = prefixOf(text);
    const set = lengthSets.get(prefix);
    if (set) set.add(text.length);
    else lengthSets.set(prefix, new Set([text.length]));
  };
  for (const division of gazetteer.divisions) {
    const { id, level, name } = division;
    noteLength(name);
    if (level === 'province' || (level === 'city' && CITY_SHORT_PROVINCES.has(gazetteer.nameOf(division.parent) ?? ''))) {
      const short = shortRegion(name);
      if (short && name !== gazetteer.nameOf(division.parent)) addPlace(extra, short, id, 'short');
    }
  }
  for (const text of extra.entries.keys()) noteLength(text);
  const lengthsByPrefix = new Map<string, number[]>();
  for (const [prefix, set] of lengthSets) lengthsByPrefix.set(prefix, [...set].sort((a, b) => b - a));
  return { extra, lengthsByPrefix, official: new Map() };
}

/** Short forms within one prefecture: 嘉兴, 嘉善, 海宁, 西塘, 大云. A county's short form beats a town's (南湖 is 南湖区). */
function buildHome(gazetteer: Gazetteer, base: BaseTable, homeCity: number | null): SurfaceTable {
  const table = new SurfaceTable();
  if (homeCity === null) return table;
  const cityShort = shortRegion(gazetteer.get(homeCity).name);
  if (cityShort && !base.extra.has(cityShort)) addPlace(table, cityShort, homeCity, 'short');
  const counties = gazetteer.divisions.filter((d) => d.level === 'county' && d.parent === homeCity);
  const countyIds = new Set(counties.map((d) => d.id));
  for (const county of counties) {
    const short = shortCounty(county.name);
    if (short) addPlace(table, short, county.id, 'short');
  }
  for (const town of gazetteer.divisions) {
    if (town.level !== 'town' || town.parent === null || !countyIds.has(town.parent)) continue;
    const short = shortTown(town.name);
    if (short && !table.has(short)) addPlace(table, short, town.id, 'short');
  }
  return table;
}

const bases = new WeakMap<Gazetteer, BaseTable>();
const lexicons = new WeakMap<Gazetteer, Map<number | null, Lexicon>>();

/** One lexicon per gazetteer and home prefecture: the nationwide table is built once, on first use. */
export function lexiconFor(gazetteer: Gazetteer, homeCity: number | null): Lexicon {
  let byHome = lexicons.get(gazetteer);
  if (!byHome) {
    byHome = new Map();
    lexicons.set(gazetteer, byHome);
  }
  let lexicon = byHome.get(homeCity);
  if (!lexicon) {
    let base = bases.get(gazetteer);
    if (!base) {
      base = buildBase(gazetteer);
      bases.set(gazetteer, base);
    }
    lexicon = new Lexicon(gazetteer, base, buildHome(gazetteer, base, homeCity), homeCity);
    byHome.set(homeCity, lexicon);
  }
  return lexicon;
}
