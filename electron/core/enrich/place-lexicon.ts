import type { Gazetteer } from './gazetteer';
import { PairMasks, pairKey } from './pair-masks';
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
 * Every surface is at least two characters long, so the lengths of surfaces are kept by their
 * first two characters, as a bit set: most positions in a text start no name at all and cost one
 * numeric lookup, and indexing 100k names stays cheap. A second set, by the second and third
 * characters, rules out most longer readings before a string is cut out and looked up.
 */
const MAX_SURFACE_LENGTH = 30;
/** Candidates remembered by a Lexicon before it starts over: a bound on its memory over a long import. */
const MAX_ANSWERS = 200_000;
const ANY_LENGTH_TWO = 1 << 2;

class LengthIndex {
  constructor(
    private readonly first = new PairMasks(),
    private readonly second = new PairMasks(),
  ) {}

  note(text: string): void {
    if (text.length < 2 || text.length > MAX_SURFACE_LENGTH) return;
    this.first.add(pairKey(text, 0), 1 << text.length);
    if (text.length >= 3) this.second.add(pairKey(text, 1), 1 << text.length);
  }

  /** Bit set of the lengths a surface starting at `at` can have, judged by its first three characters. */
  maskAt(text: string, at: number): number {
    const first = this.first.get(pairKey(text, at));
    return first === 0 ? 0 : first & (this.second.get(pairKey(text, at + 1)) | ANY_LENGTH_TWO);
  }

  copy(): LengthIndex {
    return new LengthIndex(this.first.copy(), this.second.copy());
  }
}

class SurfaceTable {
  readonly entries = new Map<string, Surface[]>();

  add(text: string, surface: Surface): void {
    const list = this.entries.get(text);
    const samePlaceForm = list?.find((entry) => entry.kind === 'place' && surface.kind === 'place' && entry.form === surface.form);
    if (samePlaceForm?.kind === 'place' && surface.kind === 'place') samePlaceForm.ids.push(...surface.ids);
    else if (list) list.push(surface);
    else this.entries.set(text, [surface]);
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
      case 'city':
        return true;
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
  /** Lengths of all official names and extra words. */
  lengths: LengthIndex;
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
  /** Lengths of the base's and the home table's surfaces together: one lookup per position. */
  private readonly lengths: LengthIndex;

  constructor(
    private readonly gazetteer: Gazetteer,
    private readonly base: BaseTable,
    private readonly home: SurfaceTable,
    readonly homeCity: number | null,
  ) {
    this.lengths = base.lengths.copy();
    for (const text of home.entries.keys()) this.lengths.note(text);
  }

  private officialOf(candidate: string): Surface | null {
    let official = this.base.official.get(candidate);
    if (official === undefined) {
      official = officialSurface(this.gazetteer, candidate);
      this.base.official.set(candidate, official);
    }
    return official;
  }

  /**
   * What surfacesOf answered for each candidate so far: scans ask about the same few thousand
   * words over and over, and each answer otherwise costs several lookups and a new array.
   */
  private readonly answers = new Map<string, readonly Surface[] | null>();

  private knownSurfacesOf(candidate: string): readonly Surface[] | null {
    let surfaces = this.answers.get(candidate);
    if (surfaces === undefined) {
      if (this.answers.size >= MAX_ANSWERS) this.answers.clear();
      surfaces = this.surfacesOf(candidate);
      this.answers.set(candidate, surfaces);
    }
    return surfaces;
  }

  /** The official name first, then the base's other words, then the home short forms; null when none. */
  private surfacesOf(candidate: string): Surface[] | null {
    const extra = this.base.extra.entries.get(candidate);
    const home = this.home.entries.get(candidate);
    const official = this.gazetteer.named(candidate).length > 0 ? this.officialOf(candidate) : null;
    if (official) return [official, ...(extra ?? []), ...(home ?? [])];
    return extra && home ? [...extra, ...home] : (extra ?? home ?? null);
  }

  /** Whether the word is a place name or a word for one, as a whole (嘉善, 西塘镇, 我县). */
  names(word: string): boolean {
    return this.longestAt(word, 0)?.text === word;
  }

  /** Longest surface starting at `start`, if any; a home short form and an official name of the same length both count. */
  longestAt(text: string, start: number): { text: string; surfaces: readonly Surface[] } | null {
    if (start + 2 > text.length) return null;
    const mask = this.lengths.maskAt(text, start);
    if (mask === 0) return null;
    for (let length = Math.min(31 - Math.clz32(mask), text.length - start); length >= 2; length--) {
      if ((mask & (1 << length)) === 0) continue;
      const candidate = text.slice(start, start + length);
      const surfaces = this.knownSurfacesOf(candidate);
      if (surfaces) return { text: candidate, surfaces };
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
  const lengths = new LengthIndex();
  for (const division of gazetteer.divisions) {
    const { id, level, name } = division;
    lengths.note(name);
    if (level === 'province' || (level === 'city' && CITY_SHORT_PROVINCES.has(gazetteer.nameOf(division.parent) ?? ''))) {
      const short = shortRegion(name);
      if (short) addPlace(extra, short, id, 'short');
    }
  }
  for (const text of extra.entries.keys()) lengths.note(text);
  return { extra, lengths, official: new Map() };
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
