import type { Database } from 'better-sqlite3';
import type { Facets, ListOrder, SearchHit, SearchRequest, SearchResult, StoryFilters, StoryPage, StorySummary } from '../../shared/library';
import { articleOf, summaryOf, type StoryReader } from '../store/story-reader';
import { SearchIndex, type IndexQuery } from './index-reader';
import { isEmptyQuery, parseQuery, wantedTerms, type ParsedQuery } from './query';
import { highlightRanges, makeSnippet } from './snippet';
import { intersect, union, without } from './sorted-ids';
import { StoryAttributes } from './story-attributes';
import { foldedSearchText, searchableFields } from './searchable';

/**
 * bm25 costs a few microseconds per match (every position list of the match is decoded), so
 * above this many matches the order is headline hits first, then newest first (DESIGN.md §6).
 */
const BM25_MAX_HITS = 1000;
export const DEFAULT_LIMIT = 20;

/**
 * Answers queries from the search index (index-reader.ts): matching ids from the terms' lists,
 * filters and facets from in-memory story attributes, order from headline hits then bm25 (or
 * date), and snippets cut from the stored text of the page of hits only.
 */
export class SearchEngine {
  private attrs: StoryAttributes | null = null;
  private dataVersion = -1;
  private readonly st;
  private readonly index: SearchIndex;

  /** `beforeIndexRead` makes what is stored searchable first: an import's open group is indexed when it commits. */
  constructor(
    private readonly db: Database,
    private readonly reader: StoryReader,
    private readonly beforeIndexRead: () => void = () => undefined,
  ) {
    this.index = new SearchIndex(db);
    this.st = {
      dataVersion: db.prepare<[], number>('PRAGMA data_version').pluck(),
      maxStoryId: db.prepare<[], number | null>('SELECT max(id) FROM stories').pluck(),
      members: db.prepare<[number], number>('SELECT s.id FROM collection_items c JOIN stories s ON s.key = c.story_key WHERE c.collection_id = ?').pluck(),
    };
  }

  /** Forget the cached attributes (after this connection changed stories, bookmarks or read state). */
  invalidate(): void {
    this.attrs = null;
  }

  /**
   * The in-memory attributes, reloaded when another connection has changed the database and
   * extended with the stories this connection has added since (an import in progress).
   */
  attributes(): StoryAttributes {
    const version = this.st.dataVersion.get() ?? 0;
    const maxId = this.st.maxStoryId.get() ?? 0;
    if (!this.attrs || version !== this.dataVersion) {
      this.attrs = StoryAttributes.load(this.db, maxId);
      this.dataVersion = version;
    } else this.attrs = this.attrs.withNewStories(this.db, maxId) ?? this.attrs;
    return this.attrs;
  }

  /** A view of the index for one request, the stories stored now being those of the attributes. */
  private lookups(): IndexQuery {
    this.beforeIndexRead();
    const attrs = this.attributes();
    return this.index.query((id) => attrs.has(id));
  }

  /** Ids of every story matching the query, ascending (no filters). Empty queries match nothing. */
  allHits(query: ParsedQuery, index: IndexQuery = this.lookups()): number[] {
    if (isEmptyQuery(query)) return [];
    // The index keeps no spaces, so a phrase with a space matches a superset (its runs, anywhere
    // in the story) and is checked against the stored text of those candidates only.
    const spaced = (term: string) => /\s/u.test(term);
    const hits = (term: string) => index.hits(term).ids;
    const required = [...query.include.map(hits), ...query.anyOf.map((group) => union(group.map(hits)))];
    const excluded = union(query.exclude.filter((t) => !spaced(t)).map(hits));
    const found = required.length > 0 ? required.reduce(intersect) : Int32Array.from(this.attributes().ids);
    let ids = toArray(excluded.length > 0 ? without(found, excluded) : found);
    const spacedInclude = query.include.filter(spaced);
    const spacedGroups = query.anyOf.filter((g) => g.some(spaced));
    if (spacedInclude.length > 0 || spacedGroups.length > 0) {
      const has = (fields: string[], t: string) => fields.some((f) => f.includes(t));
      ids = this.verified(ids, (fields) => spacedInclude.every((t) => has(fields, t)) && spacedGroups.every((g) => g.some((t) => has(fields, t))));
    }
    for (const term of query.exclude.filter(spaced)) {
      const remaining = new Set(ids);
      const candidates = Array.from(hits(term)).filter((id) => remaining.has(id));
      const containing = new Set(this.verified(candidates, (fields) => fields.some((f) => f.includes(term))));
      ids = ids.filter((id) => !containing.has(id));
    }
    return ids;
  }

  /** The ids whose folded searchable text passes `test`, read a few hundred stories at a time. */
  private verified(ids: readonly number[], test: (foldedFields: string[]) => boolean): number[] {
    const out: number[] = [];
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const paragraphs = this.reader.paragraphsOf(chunk);
      for (const row of this.reader.rows(chunk)) {
        if (test(foldedSearchText(articleOf(row, paragraphs.get(row.id) ?? [])))) out.push(row.id);
      }
    }
    return out;
  }

  /** Ids of the stories matching the query (all stories for an empty one) that pass the filters. */
  private filteredHits(attrs: StoryAttributes, query: ParsedQuery, filters: StoryFilters | undefined, index?: IndexQuery): { raw: number[]; ids: number[] } {
    const raw = isEmptyQuery(query) ? attrs.ids : this.allHits(query, index);
    const members = filters?.collectionId !== undefined ? new Set(this.st.members.all(filters.collectionId)) : undefined;
    const keep = filters ? attrs.filter(filters, members) : null;
    return { raw, ids: keep ? raw.filter(keep) : raw };
  }

  /** Ids of the stories a search or list of these filters holds, in no particular order. */
  matchingIds(query: string, filters?: StoryFilters): number[] {
    return this.filteredHits(this.attributes(), parseQuery(query), filters).ids;
  }

  /** How many stories a search of these filters holds, and how many of them are unread: one search, not two. */
  countWithUnread(query: string, filters?: StoryFilters): { total: number; unread: number } {
    const attrs = this.attributes();
    const { ids } = this.filteredHits(attrs, parseQuery(query), filters);
    const unread = attrs.filter({ unread: true });
    return { total: ids.length, unread: unread ? ids.filter(unread).length : ids.length };
  }

  /** Counts for the sidebar: every city, county, town and village, and every topic, among the matching stories. */
  facets(query: string, filters?: StoryFilters): Facets {
    const attrs = this.attributes();
    return attrs.facets(this.filteredHits(attrs, parseQuery(query), filters).ids, 'complete');
  }

  /** Stories that pass the filters, newest (or oldest) first: what a reader browses, without a search's counts and snippets. */
  list(filters: StoryFilters | undefined, offset: number, limit: number, sort: ListOrder = 'date'): StoryPage {
    const attrs = this.attributes();
    const { ids } = this.filteredHits(attrs, { include: [], anyOf: [], exclude: [] }, filters);
    const page = inListOrder(attrs, ids, offset + limit, sort).slice(offset);
    return { total: ids.length, items: this.reader.rows(page).map(summaryOf) };
  }

  /** Up to `limit` stories on the same thread as `id` (StoryAttributes.related), best first. */
  related(id: number, limit: number): StorySummary[] {
    return this.reader.rows(this.attributes().related(id, limit)).map(summaryOf);
  }

  search(request: SearchRequest): SearchResult {
    const started = performance.now();
    const query = parseQuery(request.query);
    const index = isEmptyQuery(query) ? null : this.lookups();
    const attrs = this.attributes();
    const { raw, ids } = this.filteredHits(attrs, query, request.filters, index ?? undefined);
    const facets = attrs.facets(ids, 'summary');

    const terms = wantedTerms(query);
    const relevance = (request.sort ?? 'relevance') === 'relevance' && index !== null && terms.length > 0;
    const headHits = new Set<number>();
    if (relevance) {
      for (const term of terms) {
        const { ids: holding, head } = index.hits(term);
        for (let i = 0; i < holding.length; i++) if (head[i] === 1) headHits.add(holding[i] ?? 0);
      }
    }
    const scores = relevance && raw.length <= BM25_MAX_HITS ? index.scores(terms, raw) : new Map<number, number>();
    const offset = request.offset ?? 0;
    const wanted = offset + (request.limit ?? DEFAULT_LIMIT);
    let ordered: number[];
    // Without relevance (asked for, or no term to rank by) a search is ordered as a list is.
    const listOrder: ListOrder = !request.sort || request.sort === 'relevance' ? 'date' : request.sort;
    if (!relevance) ordered = inListOrder(attrs, ids, wanted, listOrder);
    else if (scores.size > 0) {
      ordered = firstInOrder(
        ids,
        (a, b) => Number(headHits.has(b)) - Number(headHits.has(a)) || (scores.get(b) ?? 0) - (scores.get(a) ?? 0) || attrs.newerFirst(a, b),
        wanted,
      );
    } else {
      // Many matches: headline hits newest first, then the rest newest first, each tier picked
      // by date alone instead of a set lookup per comparison.
      const head = byDate(attrs, ids.filter((id) => headHits.has(id)), wanted, false);
      const rest = head.length < wanted ? byDate(attrs, ids, wanted, false).filter((id) => !headHits.has(id)) : [];
      ordered = [...head, ...rest].slice(0, wanted);
    }
    const page = ordered.slice(offset);
    const paragraphs = this.reader.paragraphsOf(page);
    const hits = this.reader.rows(page).map((row): SearchHit => {
      const article = articleOf(row, paragraphs.get(row.id) ?? []);
      const f = searchableFields(article);
      return {
        ...summaryOf(row),
        snippet: makeSnippet([...f.body, ...f.caption, ...f.byline, ...f.head], terms),
        titleHighlights: highlightRanges(row.title, terms),
        headlineHit: headHits.has(row.id),
        score: scores.get(row.id) ?? 0,
      };
    });
    return { total: ids.length, hits, facets, ranking: relevance ? 'relevance' : listOrder, ms: performance.now() - started };
  }
}

/** The ids as the plain array the rest of a search works on (a loop: Array.from over a typed array is several times slower). */
function toArray(ids: Int32Array): number[] {
  const out = new Array<number>(ids.length);
  for (let i = 0; i < ids.length; i++) out[i] = ids[i] ?? 0;
  return out;
}

/** The first k of `ids` in a list's order; by `opened`, the stories opened (the reading history: a few thousand at most) come first. */
function inListOrder(attrs: StoryAttributes, ids: readonly number[], k: number, sort: ListOrder): number[] {
  if (sort !== 'opened') return byDate(attrs, ids, k, sort === 'oldest');
  const opened = attrs.openedLastFirst(ids);
  if (opened.length === 0) return byDate(attrs, ids, k, false);
  if (opened.length >= k) return opened.slice(0, k);
  return [...opened, ...byDate(attrs, ids.filter((id) => !attrs.wasOpened(id)), k - opened.length, false)];
}

/** The first k of `ids` newest (or oldest) first: a few are ordered among themselves, many read off the library's date order. */
function byDate(attrs: StoryAttributes, ids: readonly number[], k: number, oldest: boolean): number[] {
  return ids.length * 16 < attrs.ids.length ? firstInOrder(ids, oldest ? attrs.olderFirst : attrs.newerFirst, k) : attrs.inDateOrder(ids, k, oldest);
}

/** The first k ids in the given order, without sorting all of them (a page of hits out of thousands). */
export function firstInOrder(ids: readonly number[], compare: (a: number, b: number) => number, k: number): number[] {
  const best: number[] = [];
  for (const id of ids) {
    const worst = best[best.length - 1];
    if (best.length >= k && worst !== undefined && compare(id, worst) >= 0) continue;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(id, best[mid] ?? id) < 0) hi = mid;
      else lo = mid + 1;
    }
    best.splice(lo, 0, id);
    if (best.length > k) best.pop();
  }
  return best;
}
