import type { Database } from 'better-sqlite3';
import type { Facets } from '../../shared/library';
import { byCountThenName, NamePool } from './name-pool';

/**
 * The people each story names (as enrichment found them), for the person filter and facet. Held
 * as one flat array of name ids with each story's start in it, so counting the people of 100,000
 * hits reads two typed arrays instead of 100,000 parsed lists. Stories only ever arrive with
 * higher ids, so growing means appending.
 */
export class StoryPeople {
  /** Name id → the stories naming that person (the other way round), built when first asked for. */
  private naming: { start: Int32Array; stories: Int32Array } | null = null;

  private constructor(
    /** Story id → where its people start in `flat`; they end where the next id's start. */
    private readonly start: Int32Array,
    private readonly flat: Int32Array,
    private readonly names: NamePool,
  ) {}

  static load(db: Database, maxId: number): StoryPeople {
    return new StoryPeople(new Int32Array(1), new Int32Array(0), NamePool.empty()).withStoriesUpTo(db, maxId);
  }

  /** These people with those of the stories with ids above the highest read, up to `maxId`. */
  withStoriesUpTo(db: Database, maxId: number): StoryPeople {
    const afterId = this.start.length - 2;
    // Pairs of (story, name) in story order, as two JSON arrays: a row per pair cost twice as long.
    const [storyJson, nameJson] =
      db
        .prepare<[number, number], [string, string]>(
          `SELECT json_group_array(id), json_group_array(value) FROM (
             SELECT s.id, j.value FROM stories s, json_each(s.people) j
             WHERE s.id > ? AND s.id <= ? AND s.people <> '[]' ORDER BY s.id, j.key)`,
        )
        .raw()
        .get(afterId, maxId) ?? [];
    const stories = JSON.parse(storyJson ?? '[]') as number[];
    const names = JSON.parse(nameJson ?? '[]') as string[];
    const start = new Int32Array(maxId + 2);
    start.set(this.start.subarray(0, afterId + 1));
    const flat = new Int32Array(this.flat.length + names.length);
    flat.set(this.flat);
    const grown = new StoryPeople(start, flat, this.names.copy());
    let cursor = this.flat.length;
    let pair = 0;
    for (let id = afterId + 1; id <= maxId + 1; id++) {
      start[id] = cursor;
      while (stories[pair] === id) flat[cursor++] = grown.names.intern(names[pair++] ?? '');
    }
    return grown;
  }

  /** A predicate: does the story name this person (exactly as stored)? */
  namesPerson(name: string): (id: number) => boolean {
    const wanted = this.names.idOf(name);
    if (wanted === undefined) return () => false;
    return (id) => {
      const end = this.start[id + 1] ?? 0;
      for (let i = this.start[id] ?? 0; i < end; i++) if (this.flat[i] === wanted) return true;
      return false;
    };
  }

  /**
   * The stories that name people `id` names, each with what they share: the sum over those people
   * of ln(stories / stories naming the person), so a person named once a year weighs more than
   * one named every week. `stories` is how many stories there are.
   */
  sharing(id: number, stories: number): Map<number, number> {
    const naming = this.storiesNaming();
    const shared = new Map<number, number>();
    for (let i = this.start[id] ?? 0; i < (this.start[id + 1] ?? 0); i++) {
      const name = this.flat[i] ?? 0;
      const from = naming.start[name] ?? 0;
      const to = naming.start[name + 1] ?? 0;
      const weight = Math.log(stories / Math.max(1, to - from));
      for (let k = from; k < to; k++) {
        const other = naming.stories[k] ?? 0;
        if (other !== id) shared.set(other, (shared.get(other) ?? 0) + weight);
      }
    }
    return shared;
  }

  private storiesNaming(): { start: Int32Array; stories: Int32Array } {
    if (this.naming) return this.naming;
    const start = new Int32Array(this.names.size + 1);
    for (const name of this.flat) start[name + 1] = (start[name + 1] ?? 0) + 1;
    for (let name = 1; name < start.length; name++) start[name] = (start[name] ?? 0) + (start[name - 1] ?? 0);
    const next = start.slice(0, this.names.size);
    const stories = new Int32Array(this.flat.length);
    for (let id = 0; id + 1 < this.start.length; id++) {
      for (let i = this.start[id] ?? 0; i < (this.start[id + 1] ?? 0); i++) {
        const name = this.flat[i] ?? 0;
        stories[next[name] ?? 0] = id;
        next[name] = (next[name] ?? 0) + 1;
      }
    }
    this.naming = { start, stories };
    return this.naming;
  }

  /** The `limit` people named by most of `ids`, most first (ties in code-point order). */
  counts(ids: readonly number[], limit: number): Facets['people'] {
    const counts = new Int32Array(this.names.size);
    const seen: number[] = [];
    for (const id of ids) {
      const end = this.start[id + 1] ?? 0;
      for (let i = this.start[id] ?? 0; i < end; i++) {
        const name = this.flat[i] ?? 0;
        if (counts[name] === 0) seen.push(name);
        counts[name] = (counts[name] ?? 0) + 1;
      }
    }
    // A whole library names tens of thousands of people: only those that can make the top are sorted by name.
    const ranked = Int32Array.from(seen, (name) => counts[name] ?? 0).sort();
    const least = ranked[ranked.length - limit] ?? 0;
    const entries = seen.filter((name) => (counts[name] ?? 0) >= least).map((name) => ({ name: this.names.nameOf(name), count: counts[name] ?? 0 }));
    entries.sort(byCountThenName);
    return entries.slice(0, limit);
  }
}
