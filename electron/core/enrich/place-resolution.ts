import type { Gazetteer, DivisionLevel } from './gazetteer';
import type { Mention } from './mention-scanner';
import { countyKindOf, shortTown } from './place-lexicon';
import { COMMON_WORD_TOWN_SHORTS, type CountyKind } from './place-words';

/** What the resolver knows beyond the story: the paper's prefecture and the edition's county. */
export interface PlaceContext {
  gazetteer: Gazetteer;
  homeCity: number | null;
  editionCounty: number | null;
}

/** A place a story mentions, with how often, how prominently and in which words. */
export interface PlaceTally {
  id: number;
  level: DivisionLevel;
  count: number;
  score: number;
  firstAt: number;
  inHeadline: boolean;
  /** The words that named it: 西塘镇 ×2, 西塘 ×1, 我县 ×3. */
  forms: Map<string, number>;
}

export interface StoryPlaces {
  /** Cities and provinces named; provinces carry no weight, they only point to far-away counties. */
  areas: Map<number, PlaceTally>;
  counties: Map<number, PlaceTally>;
  towns: Map<number, PlaceTally>;
  villages: Map<number, PlaceTally>;
  county: number | null;
  city: number | null;
  town: number | null;
  village: number | null;
  /** County kinds referred to by 我县/全市/区委-like words: evidence for the page's county. */
  strongDeictics: Set<CountyKind>;
}

/** A town named on its own counts this much towards its county; a village half as much. */
const TOWN_TO_COUNTY = 0.8;
const VILLAGE_TO_COUNTY = 0.5;
/** Villages sharing their name with this many others are read only under a town the story names. */
const GENERIC_VILLAGE_COUNT = 4;
/** A city named in the headline (weight 3) or repeatedly in the body is what a story without a county is about. */
const CITY_PROMINENCE = 3;

function tally(map: Map<number, PlaceTally>, id: number, level: DivisionLevel, mention: Mention, weight = mention.weight): void {
  let entry = map.get(id);
  if (!entry) {
    entry = { id, level, count: 0, score: 0, firstAt: mention.at, inHeadline: false, forms: new Map() };
    map.set(id, entry);
  }
  entry.count += 1;
  entry.score += weight;
  entry.inHeadline ||= mention.zone === 'headline';
  entry.forms.set(mention.text, (entry.forms.get(mention.text) ?? 0) + 1);
}

/** Highest score first, earlier mention first on ties. */
export function ranked(map: Map<number, PlaceTally>): PlaceTally[] {
  return [...map.values()].sort((a, b) => b.score - a.score || a.firstAt - b.firstAt);
}

interface PlaceHit {
  mention: Mention;
  ids: readonly number[];
  form: 'full' | 'short';
}

/** The mentions' places by level, each in mention order: one pass over a story's mentions for all levels. */
function placeHitsByLevel(mentions: readonly Mention[], gazetteer: Gazetteer): Record<DivisionLevel, PlaceHit[]> {
  const hits: Record<DivisionLevel, PlaceHit[]> = { province: [], city: [], county: [], town: [], village: [] };
  for (const mention of mentions) {
    for (const surface of mention.surfaces) {
      if (surface.kind !== 'place') continue;
      // Most names stand for one place: no grouping needed.
      const [only] = surface.ids;
      if (surface.ids.length === 1 && only !== undefined) {
        hits[gazetteer.get(only).level].push({ mention, ids: surface.ids, form: surface.form });
        continue;
      }
      const byLevel = new Map<DivisionLevel, number[]>();
      for (const id of surface.ids) {
        const level = gazetteer.get(id).level;
        const ids = byLevel.get(level);
        if (ids) ids.push(id);
        else byLevel.set(level, [id]);
      }
      for (const [level, ids] of byLevel) hits[level].push({ mention, ids, form: surface.form });
    }
  }
  return hits;
}

/**
 * Narrows a name shared by many places to the one the story means, or to none: each preference
 * that keeps several candidates narrows the field for the next one; one that keeps a single
 * candidate decides.
 */
function pick(candidates: readonly number[], preferences: ((id: number) => boolean)[]): number | null {
  let field = candidates;
  for (const prefer of preferences) {
    const chosen = field.filter(prefer);
    if (chosen.length === 1) return chosen[0] ?? null;
    if (chosen.length > 1) field = chosen;
  }
  return null;
}

/**
 * Whether a candidate lies under the place written right before it: 扬州市大桥镇, 西塘镇华联村. That
 * settles a shared name before anything else in the story does.
 */
function underPrecedingName(gazetteer: Gazetteer, mentions: readonly Mention[]): (hit: PlaceHit) => (id: number) => boolean {
  const endingAt = new Map<number, Mention>();
  for (const mention of mentions) endingAt.set(mention.at + mention.text.length, mention);
  return (hit) => {
    const before = endingAt.get(hit.mention.at);
    const parents = new Set(before?.surfaces.flatMap((surface) => (surface.kind === 'place' ? surface.ids : [])) ?? []);
    return (id) => {
      if (parents.size === 0) return false;
      for (let up = gazetteer.get(id).parent; up !== null; up = gazetteer.get(up).parent) if (parents.has(up)) return true;
      return false;
    };
  };
}

/**
 * Resolves a story's place mentions: which 华联村, which 大桥镇, which county 我县 is; and picks the
 * story's main county, town and village.
 */
export function resolvePlaces(mentions: readonly Mention[], context: PlaceContext): StoryPlaces {
  const { gazetteer, homeCity, editionCounty } = context;
  const inHome = (id: number): boolean => homeCity !== null && gazetteer.ancestor(id, 'city') === homeCity;
  const result: StoryPlaces = {
    areas: new Map(),
    counties: new Map(),
    towns: new Map(),
    villages: new Map(),
    county: null,
    city: null,
    town: null,
    village: null,
    strongDeictics: new Set(),
  };
  const hits = placeHitsByLevel(mentions, gazetteer);

  for (const hit of hits.city) {
    const id = pick(hit.ids, [(city) => city === homeCity, () => true]);
    if (id !== null) tally(result.areas, id, 'city', hit.mention);
  }
  for (const hit of hits.province) {
    const id = hit.ids[0];
    if (id !== undefined && hit.ids.length === 1) tally(result.areas, id, 'province', hit.mention, 0);
  }
  const cityMentioned = (id: number): boolean => result.areas.has(gazetteer.ancestor(id, 'city') ?? -1);
  const provinceMentioned = (id: number): boolean => result.areas.has(gazetteer.ancestor(id, 'province') ?? -1);

  const adjacent = underPrecedingName(gazetteer, mentions);
  for (const hit of hits.county) {
    // Far-away counties need their city or province named too, or a name of three characters or
    // more: 和县 and 康县 hide in 县委县政府和县政协 and 健康县域.
    const distinctive = hit.mention.text.length >= 3 && hit.ids.length === 1;
    const id = hit.form === 'short' ? (hit.ids[0] ?? null) : pick(hit.ids, [adjacent(hit), inHome, cityMentioned, provinceMentioned, () => distinctive]);
    if (id !== null) tally(result.counties, id, 'county', hit.mention);
  }
  const named = new Set(result.counties.keys());
  const countyOf = (id: number): number | null => gazetteer.ancestor(id, 'county');

  const fullTownIds = new Set<number>();
  for (const hit of hits.town) {
    if (hit.form !== 'full') continue;
    const id = pick(hit.ids, [
      adjacent(hit),
      (town) => named.has(countyOf(town) ?? -1),
      (town) => countyOf(town) === editionCounty,
      inHome,
      cityMentioned,
    ]);
    if (id === null) continue;
    fullTownIds.add(id);
    tally(result.towns, id, 'town', hit.mention);
  }

  // 我县 and friends: the edition's county when it is of that kind, else the county the story names.
  const preliminary = new Map<number, number>();
  for (const entry of result.counties.values()) preliminary.set(entry.id, entry.score);
  for (const entry of result.towns.values()) {
    const county = countyOf(entry.id);
    if (county !== null) preliminary.set(county, (preliminary.get(county) ?? 0) + entry.score * TOWN_TO_COUNTY);
  }
  const topNamed = [...preliminary.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  for (const mention of mentions) {
    for (const surface of mention.surfaces) {
      if (surface.kind !== 'deictic') continue;
      if (surface.strong) result.strongDeictics.add(surface.county);
      const target = [editionCounty, topNamed].find((id) => id !== null && countyKindOf(gazetteer.get(id).name) === surface.county);
      if (target !== undefined && target !== null) tally(result.counties, target, 'county', mention);
      else if (surface.county === '市' && homeCity !== null) tally(result.areas, homeCity, 'city', mention);
    }
  }

  const storyCounties = new Set<number>([...result.counties.keys(), ...preliminary.keys()]);
  if (editionCounty !== null) storyCounties.add(editionCounty);
  for (const hit of hits.town) {
    if (hit.form !== 'short') continue;
    const id = hit.ids[0];
    if (id === undefined) continue;
    const backedByFullName = fullTownIds.has(id);
    const everydayWord = COMMON_WORD_TOWN_SHORTS.has(shortTown(gazetteer.get(id).name) ?? '');
    if (backedByFullName || (!everydayWord && storyCounties.has(countyOf(id) ?? -1))) tally(result.towns, id, 'town', hit.mention);
  }

  for (const hit of hits.village) {
    // A village name common across the gazetteer (幸福社区, 华联村) is taken only under a town the
    // story names; a distinctive one (钟埭社区) also anywhere in the story's counties.
    const distinctive = gazetteer.named(hit.mention.text).length < GENERIC_VILLAGE_COUNT;
    const id = pick(hit.ids, [
      adjacent(hit),
      (village) => result.towns.has(gazetteer.ancestor(village, 'town') ?? -1),
      (village) => distinctive && storyCounties.has(countyOf(village) ?? -1),
    ]);
    if (id !== null) tally(result.villages, id, 'village', hit.mention);
  }

  chooseRegion(result, context, mentions);
  return result;
}

function chooseRegion(result: StoryPlaces, context: PlaceContext, mentions: readonly Mention[]): void {
  const { gazetteer, homeCity, editionCounty } = context;
  const countyScore = new Map<number, PlaceTally>();
  const credit = (county: number | null, from: PlaceTally, factor: number): void => {
    if (county === null) return;
    const entry = countyScore.get(county) ?? { ...from, id: county, level: 'county', score: 0, forms: new Map() };
    entry.score += from.score * factor;
    entry.firstAt = Math.min(entry.firstAt, from.firstAt);
    entry.inHeadline ||= from.inHeadline;
    countyScore.set(county, entry);
  };
  for (const entry of result.counties.values()) credit(entry.id, entry, 1);
  for (const entry of result.towns.values()) credit(gazetteer.ancestor(entry.id, 'county'), entry, TOWN_TO_COUNTY);
  for (const entry of result.villages.values()) credit(gazetteer.ancestor(entry.id, 'county'), entry, VILLAGE_TO_COUNTY);

  // On equal scores the paper's own county wins, then its prefecture's: 青浦区与嘉善县签署协议 in a 嘉善 paper is 嘉善's story.
  const closeness = (id: number): number => (id === editionCounty ? 2 : homeCity !== null && gazetteer.ancestor(id, 'city') === homeCity ? 1 : 0);
  const top = [...countyScore.values()].sort((a, b) => b.score - a.score || closeness(b.id) - closeness(a.id) || a.firstAt - b.firstAt)[0];
  const homeCityScore = homeCity === null ? 0 : (result.areas.get(homeCity)?.score ?? 0);
  // A story that names a city prominently (in its headline, or more than once) and no county is
  // about that city: 嘉兴市 for a city-wide story, 杭州市 for one from the provincial capital.
  const prominentCity = ranked(result.areas).some((entry) => entry.level === 'city' && entry.score >= CITY_PROMINENCE);
  if (top && (top.inHeadline || top.score * 3 >= homeCityScore)) result.county = top.id;
  else if (!top && !prominentCity) result.county = editionCounty;

  if (result.county !== null) {
    result.city = gazetteer.ancestor(result.county, 'city');
    result.town = chooseTown(result, context, mentions);
    if (result.town !== null) {
      // A village passed in one body sentence is not what a story about its town is about.
      const village = ranked(result.villages).find((entry) => gazetteer.ancestor(entry.id, 'town') === result.town && (entry.count >= 2 || entry.score >= 2));
      result.village = village?.id ?? null;
    }
  } else {
    const city = ranked(result.areas).find((entry) => entry.level === 'city');
    result.city = city?.id ?? null;
  }
}

/**
 * The story's town: the one in its headline, the only one it names, or the one it names clearly
 * most. A story about the whole county (全县 in its lead) that lists several towns has none, and
 * so has one that names several towns equally: its main place is the county.
 */
function chooseTown(result: StoryPlaces, context: PlaceContext, mentions: readonly Mention[]): number | null {
  const { gazetteer } = context;
  const towns = ranked(result.towns).filter((entry) => gazetteer.ancestor(entry.id, 'county') === result.county);
  const first = towns[0];
  if (!first) return null;
  const headline = towns.find((entry) => entry.inHeadline);
  if (headline) return headline.id;
  if (towns.length === 1) return first.id;
  const countyKind = countyKindOf(gazetteer.get(result.county ?? first.id).name);
  const wholeCounty = mentions.some((mention) => mention.zone !== 'body' && countyKind !== null && mention.text === `全${countyKind}`);
  const clearlyFirst = first.score > (towns[1]?.score ?? 0);
  return wholeCounty || !clearlyFirst ? null : first.id;
}
