import type { Gazetteer } from './gazetteer';
import type { Mention } from './mention-scanner';
import { countyKindOf } from './place-lexicon';
import type { StoryPlaces } from './place-resolution';

/** The prefecture a paper covers, from its name: 嘉兴日报 → 嘉兴市. */
export function cityOfPaper(gazetteer: Gazetteer, paper: string | null): number | null {
  const stem = paper?.replace(/(?:日报|晚报|都市报|商报|报)$/, '');
  if (!stem || stem.length < 2) return null;
  for (const name of [stem, `${stem}市`]) {
    const cities = gazetteer.namedAt(name, 'city');
    if (cities.length === 1) return cities[0] ?? null;
  }
  return null;
}

/** The county of a masthead such as 嘉善版 or 海宁版 (a county-level city), within the paper's prefecture when known. */
export function countyOfMasthead(gazetteer: Gazetteer, name: string | null, homeCity: number | null): number | null {
  const stem = name?.replace(/(?:新闻)?版$/, '').trim();
  if (!stem || stem === name || stem.length < 2) return null;
  const candidates = ['县', '市', '区', ''].flatMap((suffix) => gazetteer.namedAt(stem + suffix, 'county'));
  const local = homeCity === null ? candidates : candidates.filter((id) => gazetteer.ancestor(id, 'city') === homeCity);
  return local.length === 1 ? (local[0] ?? null) : null;
}

/**
 * The prefecture a page is about when its paper is unknown: the city most of its unambiguous
 * official names (嘉善县, 西塘镇, 平湖市) belong to.
 */
export function cityOfPage(gazetteer: Gazetteer, storiesMentions: readonly (readonly Mention[])[]): number | null {
  const votes = new Map<number, number>();
  for (const mentions of storiesMentions) {
    for (const mention of mentions) {
      for (const surface of mention.surfaces) {
        if (surface.kind !== 'place' || surface.ids.length !== 1 || surface.form !== 'full') continue;
        const id = surface.ids[0] ?? -1;
        const level = gazetteer.get(id).level;
        if (level !== 'county' && level !== 'town' && level !== 'city') continue;
        const city = gazetteer.ancestor(id, 'city');
        if (city !== null) votes.set(city, (votes.get(city) ?? 0) + mention.weight);
      }
    }
  }
  return [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** Stories that say 我县/全市/区委 about the page's county before it is known. */
const MIN_DEICTIC_STORIES = 2;
/** Without such words, one county must hold this share of the located stories (and at least three). */
const DOMINANT_SHARE = 0.75;

/**
 * The county of a page without a masthead, from its stories read as if the county were unknown:
 * the county of the kind their 我县 / 我市 words point to that the page names most, or a county
 * that most stories are about. Pages that mix counties (a digest of several editions) get null.
 */
export function countyOfPage(gazetteer: Gazetteer, stories: readonly StoryPlaces[]): number | null {
  const totals = new Map<number, number>();
  for (const story of stories) {
    for (const entry of story.counties.values()) totals.set(entry.id, (totals.get(entry.id) ?? 0) + entry.score);
    for (const entry of story.towns.values()) {
      const county = gazetteer.ancestor(entry.id, 'county');
      if (county !== null) totals.set(county, (totals.get(county) ?? 0) + entry.score);
    }
  }
  for (const kind of ['县', '市', '区'] as const) {
    const saying = stories.filter((story) => story.strongDeictics.has(kind)).length;
    if (saying < MIN_DEICTIC_STORIES) continue;
    const best = [...totals.entries()].filter(([id]) => countyKindOf(gazetteer.get(id).name) === kind).sort((a, b) => b[1] - a[1])[0];
    if (best) return best[0];
  }
  const located = stories.map((story) => story.county).filter((id): id is number => id !== null);
  const counts = new Map<number, number>();
  for (const id of located) counts.set(id, (counts.get(id) ?? 0) + 1);
  const [top, count] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  return top !== null && count >= 3 && count >= located.length * DOMINANT_SHARE ? top : null;
}
