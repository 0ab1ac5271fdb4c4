import type { Database } from 'better-sqlite3';
import type { Facets, StoryFilters } from '../../shared/library';
import { TOPIC_IDS, type TopicId } from '../../shared/topics';
import { dateKey, dateKeyUpTo, dayNumber } from '../store/dates';
import { byCountThenName, NamePool } from './name-pool';
import { StoryPeople } from './story-people';

const LEVELS = ['province', 'city', 'county', 'town', 'village'] as const;
type Level = (typeof LEVELS)[number];
/**
 * Facets come in two sizes: a search result's summary (the 30 commonest cities, counties and
 * towns: province is nearly always 浙江省, and villages are too many to list), and the complete
 * counts the sidebar's place tree needs, where any village or town may be on screen.
 */
const FACET_SIZES = {
  summary: { levels: ['city', 'county', 'town'], perLevel: 30, people: 10 },
  complete: { levels: ['city', 'county', 'town', 'village'], perLevel: Infinity, people: 30 },
} as const satisfies Record<string, { levels: readonly Level[]; perLevel: number; people: number }>;
/** Suffixes a user may leave out when filtering by region: 西塘 → 西塘镇. */
const REGION_SUFFIXES = ['', '省', '市', '县', '区', '镇', '乡', '街道', '村', '社区'];

/** A place's id and its names province … village ('' for a level it does not reach). */
type PlaceRow = [number, string, string, string, string, string];

/**
 * What filters, facets and date order need for every story, held in typed arrays indexed by story
 * id. With these, filtering and counting the hits of a query costs a few array reads per hit
 * instead of a row lookup in SQLite, which is what keeps facets within the search time budget.
 */
export class StoryAttributes {
  readonly ids: number[];
  private readonly date: Int32Array;
  private readonly edition: Int32Array;
  private readonly topics: Uint16Array;
  private readonly flags: Uint8Array;
  private readonly region: Record<Level, Int32Array>;
  private readonly names: NamePool;
  /** Per place id, the name id of each level (place × LEVELS.length + level), for the places read so far. */
  private placeLevels: Int32Array;
  /** Per topic list id, its topics as a bit mask (TOPIC_IDS order). */
  private readonly topicSets: Map<number, number>;
  private readonly people: StoryPeople;
  /** When the reader last opened each story they opened (milliseconds since 1970), by story id. */
  private readonly openedAt: Map<number, number>;
  /** Every story id newest first (the same day: higher id first), sorted when first needed. */
  private newestOrder: Int32Array | null = null;
  private oldestOrder: Int32Array | null = null;

  /** Room for ids up to `maxId`, holding what `previous` holds. */
  private constructor(maxId: number, people: StoryPeople, previous?: StoryAttributes) {
    const n = maxId + 1;
    const grown = <T extends Int32Array | Uint16Array | Uint8Array>(array: T, old: T | undefined): T => {
      if (old) array.set(old);
      return array;
    };
    this.ids = previous ? previous.ids.slice() : [];
    this.date = grown(new Int32Array(n), previous?.date);
    this.edition = grown(new Int32Array(n), previous?.edition);
    this.topics = grown(new Uint16Array(n), previous?.topics);
    this.flags = grown(new Uint8Array(n), previous?.flags);
    const region = (level: Level) => grown(new Int32Array(n), previous?.region[level]);
    this.region = { province: region('province'), city: region('city'), county: region('county'), town: region('town'), village: region('village') };
    this.names = previous ? previous.names.copy() : NamePool.empty();
    this.placeLevels = previous ? previous.placeLevels.slice() : new Int32Array(0);
    this.topicSets = new Map(previous?.topicSets);
    this.openedAt = new Map(previous?.openedAt);
    this.people = people;
  }

  /** Every story's attributes; `maxId` is the highest story id stored. */
  static load(db: Database, maxId: number): StoryAttributes {
    return new StoryAttributes(maxId, StoryPeople.load(db, maxId)).read(db, 0);
  }

  /**
   * These attributes with those of the stories stored since they were read (ids above the
   * highest read), or null when there are none: an import commits as it goes, and a search made
   * meanwhile should filter and count its stories too, without reading every story again.
   * `maxId` is the highest story id stored now.
   */
  withNewStories(db: Database, maxId: number): StoryAttributes | null {
    const last = this.ids.at(-1) ?? 0;
    return maxId > last ? new StoryAttributes(maxId, this.people.withStoriesUpTo(db, maxId), this).read(db, last) : null;
  }

  /**
   * Reads the attributes of the stories with ids above `afterId`: each column as one JSON array
   * of integers (a row object per story cost three times as long, most of it in the garbage
   * collector), places and topic lists once each, and the few bookmarks and read marks joined by
   * key afterwards instead of looked up per story.
   */
  private read(db: Database, afterId: number): this {
    this.readPlaces(db);
    this.readTopicSets(db);
    const columns = db
      .prepare<[number], [string, string, string, string, string]>(
        `SELECT json_group_array(story_id), json_group_array(date_key), json_group_array(edition_id), json_group_array(place_id), json_group_array(topic_set_id)
         FROM (SELECT * FROM story_attributes WHERE story_id > ? ORDER BY story_id)`,
      )
      .raw()
      .get(afterId);
    const [ids, dates, editions, places, topicSets] = (columns ?? []).map((json) => JSON.parse(json) as number[]);
    const levels = LEVELS.map((level) => this.region[level]);
    (ids ?? []).forEach((id, i) => {
      this.ids.push(id);
      this.date[id] = dates?.[i] ?? 0;
      this.edition[id] = editions?.[i] ?? 0;
      this.topics[id] = this.topicSets.get(topicSets?.[i] ?? 0) ?? 0;
      const place = (places?.[i] ?? 0) * LEVELS.length;
      for (let level = 0; level < levels.length; level++) (levels[level] as Int32Array)[id] = this.placeLevels[place + level] ?? 0;
    });
    const marked = (table: 'bookmarks' | 'read_state') =>
      db.prepare<[number], number>(`SELECT s.id FROM ${table} m JOIN stories s ON s.key = m.story_key WHERE s.id > ?`).pluck().all(afterId);
    for (const id of marked('bookmarks')) this.flags[id] = (this.flags[id] ?? 0) | 1;
    for (const id of marked('read_state')) this.flags[id] = (this.flags[id] ?? 0) | 2;
    const opened = db.prepare<[number], [number, string]>('SELECT s.id, h.opened_at FROM reading_history h JOIN stories s ON s.key = h.story_key WHERE s.id > ?').raw();
    for (const [id, at] of opened.all(afterId)) this.openedAt.set(id, Date.parse(at));
    return this;
  }

  /** Adds the topic lists stored since the last read. */
  private readTopicSets(db: Database): void {
    const known = Math.max(0, ...this.topicSets.keys());
    for (const [id, topics] of db.prepare<[number], [number, string]>('SELECT id, topics FROM topic_sets WHERE id > ?').raw().all(known)) {
      let mask = 0;
      for (const t of JSON.parse(topics) as TopicId[]) mask |= 1 << TOPIC_IDS.indexOf(t);
      this.topicSets.set(id, mask);
    }
  }

  /** Adds the places stored since the last read (ids only grow: places are never deleted). */
  private readPlaces(db: Database): void {
    const firstUnread = this.placeLevels.length / LEVELS.length;
    const rows = db.prepare<[number], PlaceRow>('SELECT id, province, city, county, town, village FROM places WHERE id >= ? ORDER BY id').raw().all(firstUnread);
    const last = rows.at(-1)?.[0];
    if (last === undefined) return;
    const grown = new Int32Array((last + 1) * LEVELS.length);
    grown.set(this.placeLevels);
    for (const [id, ...names] of rows) names.forEach((name, level) => (grown[id * LEVELS.length + level] = this.names.intern(name)));
    this.placeLevels = grown;
  }

  has(id: number): boolean {
    return id < this.date.length && this.edition[id] !== 0;
  }

  setBookmarked(id: number, on: boolean): void {
    if (this.has(id)) this.flags[id] = ((this.flags[id] ?? 0) & ~1) | (on ? 1 : 0);
  }

  setRead(id: number, on: boolean): void {
    if (this.has(id)) this.flags[id] = ((this.flags[id] ?? 0) & ~2) | (on ? 2 : 0);
  }

  /** Notes that the reader opened the story at `at` (ISO time). */
  setOpened(id: number, at: string): void {
    if (this.has(id)) this.openedAt.set(id, Date.parse(at));
  }

  /** Empties the reading history (read marks stay). */
  forgetOpened(): void {
    this.openedAt.clear();
  }

  /** A predicate for the filters, or null when there are none. `members` holds a collection's stories. */
  filter(f: StoryFilters, members?: ReadonlySet<number>): ((id: number) => boolean) | null {
    const tests: ((id: number) => boolean)[] = [];
    if (f.region !== undefined) {
      const wanted = new Set(REGION_SUFFIXES.map((s) => this.names.idOf(f.region + s) ?? -1).filter((x) => x > 0));
      tests.push((id) => LEVELS.some((level) => wanted.has(this.region[level][id] ?? 0)));
    }
    if (f.topic !== undefined) {
      const bit = 1 << TOPIC_IDS.indexOf(f.topic);
      tests.push((id) => ((this.topics[id] ?? 0) & bit) !== 0);
    }
    if (f.bookmarked !== undefined) {
      const want = f.bookmarked;
      tests.push((id) => (((this.flags[id] ?? 0) & 1) !== 0) === want);
    }
    if (f.unread) tests.push((id) => ((this.flags[id] ?? 0) & 2) === 0);
    if (f.opened !== undefined) {
      const want = f.opened;
      tests.push((id) => this.wasOpened(id) === want);
    }
    if (f.dateFrom !== undefined) {
      const from = dateKey(f.dateFrom);
      tests.push((id) => (this.date[id] ?? 0) >= from);
    }
    if (f.dateTo !== undefined) {
      const to = dateKeyUpTo(f.dateTo);
      tests.push((id) => (this.date[id] ?? 0) !== 0 && (this.date[id] ?? 0) <= to);
    }
    if (f.person !== undefined) tests.push(this.people.namesPerson(f.person));
    if (f.editionId !== undefined) {
      const edition = f.editionId;
      tests.push((id) => this.edition[id] === edition);
    }
    if (members) tests.push((id) => members.has(id));
    if (tests.length === 0) return null;
    return (id) => tests.every((t) => t(id));
  }

  /**
   * Stories on the same thread as `id`, best first: those naming the same people, the rarer the
   * people the closer (see StoryPeople.sharing), one more for the same town; the same weight, the
   * nearer in date first. A story that names nobody has none.
   */
  related(id: number, limit: number): number[] {
    const town = this.region.town[id] ?? 0;
    const day = this.dateOf(id) ? dayNumber(this.dateOf(id)) : 0;
    const scored = [...this.people.sharing(id, this.ids.length)].map(([other, weight]) => ({
      other,
      weight: weight + (town !== 0 && this.region.town[other] === town ? 1 : 0),
      distance: day && this.dateOf(other) ? Math.abs(day - dayNumber(this.dateOf(other))) : Number.MAX_SAFE_INTEGER,
    }));
    scored.sort((a, b) => b.weight - a.weight || a.distance - b.distance || b.other - a.other);
    return scored.slice(0, limit).map((s) => s.other);
  }

  dateOf(id: number): number {
    return this.date[id] ?? 0;
  }

  /** Newest first; the same day, the later stored (higher id) first. */
  readonly newerFirst = (a: number, b: number): number => this.dateOf(b) - this.dateOf(a) || b - a;

  /** Oldest first; the same day, in the order stored (the pages' reading order). Undated last, as newest first has them. */
  readonly olderFirst = (a: number, b: number): number => this.datedKey(a) - this.datedKey(b) || a - b;

  wasOpened(id: number): boolean {
    return this.openedAt.has(id);
  }

  /** Those of `ids` the reader has opened, the one opened last first. */
  openedLastFirst(ids: readonly number[]): number[] {
    const at = (id: number) => this.openedAt.get(id) ?? 0;
    return ids.filter((id) => this.openedAt.has(id)).sort((a, b) => at(b) - at(a) || b - a);
  }

  private datedKey(id: number): number {
    return this.dateOf(id) || Number.MAX_SAFE_INTEGER;
  }

  /**
   * The first k of `ids` (stories of these attributes) newest or oldest first, read off every
   * story's date order in one pass: picking them one at a time cost a quarter of a second for a
   * page deep in a list of 100,000. Each order is sorted once per load (~25 ms at 100,000 stories).
   */
  inDateOrder(ids: readonly number[], k: number, oldest: boolean): number[] {
    const order = oldest ? (this.oldestOrder ??= Int32Array.from(this.ids).sort(this.olderFirst)) : (this.newestOrder ??= Int32Array.from(this.ids).sort(this.newerFirst));
    if (ids === this.ids) return Array.from(order.subarray(0, k));
    const wanted = new Uint8Array(this.date.length);
    for (const id of ids) wanted[id] = 1;
    const out: number[] = [];
    for (let i = 0; i < order.length && out.length < k; i++) {
      const id = order[i] ?? 0;
      if (wanted[id] === 1) out.push(id);
    }
    return out;
  }

  facets(ids: readonly number[], size: keyof typeof FACET_SIZES): Facets {
    const { levels, perLevel, people } = FACET_SIZES[size];
    const regions: Facets['regions'] = [];
    const counts = new Int32Array(this.names.size);
    for (const level of levels) {
      const column = this.region[level];
      // Only the names that occur are visited afterwards, not every name in the library.
      const seen: number[] = [];
      for (const id of ids) {
        const nameId = column[id] ?? 0;
        if (nameId === 0) continue;
        if (counts[nameId] === 0) seen.push(nameId);
        counts[nameId] = (counts[nameId] ?? 0) + 1;
      }
      const entries = seen.map((nameId) => ({ name: this.names.nameOf(nameId), level, count: counts[nameId] ?? 0 }));
      for (const nameId of seen) counts[nameId] = 0;
      entries.sort(byCountThenName);
      regions.push(...entries.slice(0, perLevel));
    }
    const topicCounts = new Array<number>(TOPIC_IDS.length).fill(0);
    for (const id of ids) {
      const mask = this.topics[id] ?? 0;
      if (mask === 0) continue;
      for (let t = 0; t < TOPIC_IDS.length; t++) if (mask & (1 << t)) topicCounts[t] = (topicCounts[t] ?? 0) + 1;
    }
    const topics = TOPIC_IDS.map((id, t) => ({ id, count: topicCounts[t] ?? 0 }))
      .filter((t) => t.count > 0)
      .sort((a, b) => b.count - a.count);
    return { regions, topics, ...this.yearsAndMonths(ids), people: this.people.counts(ids, people) };
  }

  /**
   * Dated stories per year and per month, oldest first. A date key is YYYYMMDD (the year below
   * 10,000, month 00 for a date of a year alone), so each year has 13 counters: its unknown month,
   * then January to December.
   */
  private yearsAndMonths(ids: readonly number[]): Pick<Facets, 'years' | 'months'> {
    const counts = new Int32Array(10_000 * 13);
    for (const id of ids) {
      const key = this.date[id] ?? 0;
      if (key === 0) continue;
      const slot = Math.floor(key / 10000) * 13 + (Math.floor(key / 100) % 100);
      counts[slot] = (counts[slot] ?? 0) + 1;
    }
    const years: Facets['years'] = [];
    const months: Facets['months'] = [];
    for (let year = 0; year < 10_000; year++) {
      let inYear = 0;
      for (let month = 0; month <= 12; month++) {
        const count = counts[year * 13 + month] ?? 0;
        inYear += count;
        if (month > 0 && count > 0) months.push({ month: `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`, count });
      }
      if (inYear > 0) years.push({ year, count: inYear });
    }
    return { years, months };
  }
}
