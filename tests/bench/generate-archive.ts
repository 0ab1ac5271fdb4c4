import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, ParsedPage, PlaceLevel } from '../../electron/shared/model';
import { TOPIC_IDS, type TopicId } from '../../electron/shared/topics';
import { MarkovText } from './markov';
import { generatePeople, padName } from './people';
import { loadPrefecture, type Town } from './places';
import { Random, Zipf } from './random';

/**
 * A deterministic archive that looks like the real one: pages in the seeds' layout (edition
 * masthead, headline, ■ byline, 本报讯 lead, blank lines between blocks), body text from a
 * Markov model of the seeds, the prefecture's real towns and villages, a population of generated
 * people, dates over six years. Each page comes with the ParsedPage a perfect parser would return.
 */
export interface GeneratedPage {
  /** Path below the archive folder: <county>/<date>/<nn>.txt */
  path: string;
  text: string;
  parsed: ParsedPage;
}

export interface GeneratedArchive {
  pages: GeneratedPage[];
  stories: number;
  towns: Town[];
  people: string[];
}

const SEEDS = join(import.meta.dirname, '../../seeds');
const LATIN = ['5G', 'CBD', 'APP', 'GDP', 'AI', 'LED', 'PM2.5', 'VR', 'ETC', 'EPC'];
const FIRST_DAY = Date.UTC(2019, 0, 1);
const DAYS = 6 * 365;

const shortName = (official: string) => (official.length > 2 ? official.replace(/(街道|镇|乡|县|市|区)$/, '') : official);
/** Placeholders left in the training text where the seeds name a town or a county. */
const TOWN_SLOT = '□';
const COUNTY_SLOT = '◇';

/**
 * The seeds' paragraphs, with their place names replaced by slots: otherwise the model would
 * repeat the five seed pages' towns in every story, and those names would hit half the archive.
 */
function seedParagraphs(towns: readonly Town[], counties: readonly string[]): string[] {
  const names = (xs: string[]) => [...new Set(xs.flatMap((x) => [x, shortName(x)]))].filter((x) => x.length >= 2).sort((a, b) => b.length - a.length);
  const townPattern = new RegExp(names(towns.map((t) => t.name)).join('|'), 'g');
  const countyPattern = new RegExp(names([...counties]).join('|'), 'g');
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(join(SEEDS, f), 'utf8').split('\n'))
    .map((l) => l.trim())
    .filter((l) => l.length >= 30 && !l.startsWith('■'))
    .map((l) => l.replace(countyPattern, COUNTY_SLOT).replace(townPattern, TOWN_SLOT));
}

export function generateArchive(storyCount: number, seed = 20240105): GeneratedArchive {
  const random = new Random(seed);
  const { city, counties, towns } = loadPrefecture();
  const markov = new MarkovText(seedParagraphs(towns, counties), 3, 0.02);
  const population = generatePeople(random, 20_000);
  const people = new Zipf(population, 0.9);
  const reporters = generatePeople(random, 150);
  const townsOf = new Map(counties.map((c) => [c, new Zipf(towns.filter((t) => t.county === c), 0.8)]));
  const topics = new Zipf<TopicId>(TOPIC_IDS, 0.7);
  const pages: GeneratedPage[] = [];
  let stories = 0;
  let pageNo = 0;

  const mention = (town: Town, village: string | null, counts: Map<string, { level: PlaceLevel; count: number }>) => {
    const useVillage = village !== null && random.chance(0.35);
    const name = useVillage ? village : random.chance(0.5) ? town.name : shortName(town.name);
    const official = useVillage ? village : town.name;
    const entry = counts.get(official) ?? { level: useVillage ? 'village' : 'town', count: 0 };
    entry.count++;
    counts.set(official, entry);
    return name;
  };

  const fillSlots = (text: string, county: string, town: Town, village: string | null, counts: Map<string, { level: PlaceLevel; count: number }>) =>
    text.replaceAll(TOWN_SLOT, () => mention(town, village, counts)).replaceAll(COUNTY_SLOT, () => (random.chance(0.7) ? shortName(county) : county));

  const body = (town: Town, village: string | null, mentioned: string[], counts: Map<string, { level: PlaceLevel; count: number }>) => {
    let text = '';
    const sentences = random.int(1, 2);
    for (let s = 0; s < sentences; s++) {
      const roll = random.next();
      if (roll < 0.18) text += `在${mention(town, village, counts)},`;
      else if (roll < 0.3) {
        const person = people.pick(random);
        mentioned.push(person);
        text += `${person}表示,`;
      } else if (roll < 0.315) text += `${random.pick(LATIN)}`;
      else if (roll < 0.35) text += `${random.int(2019, 2024)}年${random.int(1, 12)}月,`;
      text += fillSlots(markov.sentence(random, random.int(25, 90)), town.county, town, village, counts);
    }
    return text;
  };

  while (stories < storyCount) {
    const county = random.pick(counties);
    const date = new Date(FIRST_DAY + random.int(0, DAYS - 1) * 86_400_000).toISOString().slice(0, 10);
    const edition = { paper: '嘉兴日报', name: `${shortName(county)}版`, county, date };
    const lines: string[] = [`${edition.name}`, `${shortName(county)}发布`, 'JIAXING DAILY'];
    const articles: Article[] = [];
    const perPage = Math.min(random.int(5, 11), storyCount - stories);
    for (let i = 0; i < perPage; i++) {
      const town = townsOf.get(county)?.pick(random) ?? random.pick(towns);
      const village = town.villages.length && random.chance(0.5) ? random.pick(town.villages) : null;
      const counts = new Map<string, { level: PlaceLevel; count: number }>();
      const mentioned: string[] = [];
      const titleCore = fillSlots(markov.sentence(random, random.int(6, 14)).split(/[。,;:!?“”]/)[0]?.slice(0, 18) ?? '', county, town, village, counts);
      const title = random.chance(0.5) ? `${mention(town, village, counts)}${titleCore}` : titleCore;
      const photo = random.chance(0.08);
      const authors = Array.from({ length: random.int(1, 2) }, () => ({ name: random.pick(reporters), role: photo ? '摄影' : random.chance(0.7) ? '全媒体记者' : '通讯员' }));
      const paragraphs: string[] = [];
      let caption: string | null = null;
      lines.push(title);
      if (photo) {
        caption = body(town, village, mentioned, counts);
        lines.push(caption, `${authors.map((a) => a.name).join(' ')} 摄`);
      } else {
        lines.push(`■${authors.map((a) => `${a.role} ${padName(a.name)}`).join(' ')}`);
        const n = random.int(2, 5);
        for (let p = 0; p < n; p++) paragraphs.push((p === 0 ? '本报讯 ' : '') + body(town, village, mentioned, counts));
        lines.push(...paragraphs);
      }
      const picked = new Set<TopicId>();
      const topicCount = random.int(1, 2);
      while (picked.size < topicCount) picked.add(topics.pick(random));
      articles.push({
        kind: photo ? 'photo' : 'article',
        section: null,
        kicker: null,
        title,
        subtitle: null,
        authors,
        paragraphs,
        subheads: [],
        caption,
        incomplete: { start: false, end: false },
        region: { province: '浙江省', city, county, town: town.name, village: counts.has(village ?? '') ? village : null },
        places: [...counts].map(([name, v]) => ({ name, level: v.level, count: v.count })),
        topics: [...picked],
        people: [...new Set(mentioned)],
        date,
      });
    }
    stories += articles.length;
    pageNo++;
    const path = join(shortName(county), date, `${String(pageNo).padStart(6, '0')}.txt`);
    pages.push({ path, text: `${lines.join('\n\n')}\n`, parsed: { source: path, edition, articles, unplaced: [] } });
  }
  return { pages, stories, towns, people: population };
}
