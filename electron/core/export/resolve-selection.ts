import type { Clipping, StoryDetail } from '../../shared/library';
import type { Library } from '../library';
import type { ExportItem } from './document';
import { ExportError, throwIfCancelled } from './errors';
import { MAX_EXPORT_STORIES, type ExportSelection } from './options';

/** The part of the Library an export reads. */
export type ExportLibrary = Pick<Library, 'getStory' | 'search' | 'listBookmarks' | 'listCollections' | 'listClippings'>;

export interface ResolveRun {
  signal?: AbortSignal;
  /** Called as stories are read: done of total. */
  onStory?: (done: number, total: number) => void;
}

export interface ResolvedSelection {
  items: ExportItem[];
  /** Entries that could not be exported, for the user (bookmarks of stories no longer in the library). */
  skipped: string[];
}

/** Reading stories is synchronous SQLite; yielding every few keeps the host's event loop (IPC, HTTP) answering. */
const YIELD_EVERY = 25;
const nextTick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
const PAGE = 1000;

function tooMany(count: number): ExportError {
  return new ExportError(`the selection holds ${count} stories; an export takes at most ${MAX_EXPORT_STORIES}. Narrow it down first.`);
}

function searchIds(library: ExportLibrary, selection: Extract<ExportSelection, { kind: 'search' | 'collection' }>): number[] {
  const query = selection.kind === 'search' ? selection.query : '';
  const filters = selection.kind === 'search' ? selection.filters : { collectionId: selection.collectionId };
  const sort = selection.kind === 'search' ? selection.sort : 'date';
  const ids: number[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const result = library.search({ query, filters, sort, offset, limit: PAGE });
    if (result.total > MAX_EXPORT_STORIES) throw tooMany(result.total);
    ids.push(...result.hits.map((hit) => hit.id));
    if (result.hits.length < PAGE || ids.length >= result.total) return ids;
  }
}

function storyIds(library: ExportLibrary, selection: Exclude<ExportSelection, { kind: 'clippings' }>, skipped: string[]): number[] {
  switch (selection.kind) {
    case 'stories':
      return [...new Set(selection.ids)];
    case 'bookmarks': {
      const ids: number[] = [];
      for (const b of library.listBookmarks()) {
        if (b.storyId === null) skipped.push(`bookmark "${b.title}": the story is no longer in the library`);
        else ids.push(b.storyId);
      }
      if (ids.length === 0) throw new ExportError(skipped.length > 0 ? 'none of the bookmarked stories is still in the library' : 'there are no bookmarks to export');
      return ids;
    }
    case 'collection': {
      const collection = library.listCollections().find((c) => c.id === selection.collectionId);
      if (!collection) throw new ExportError(`there is no collection with id ${selection.collectionId}`);
      const ids = searchIds(library, selection);
      if (ids.length === 0) throw new ExportError(`the collection "${collection.name}" is empty`);
      return ids;
    }
    case 'search': {
      if (selection.query.trim() === '' && Object.keys(selection.filters ?? {}).length === 0) {
        throw new ExportError('exporting a search needs a query or a filter');
      }
      const ids = searchIds(library, selection);
      if (ids.length === 0) throw new ExportError(`no story matches the search "${selection.query}"`);
      return ids;
    }
  }
}

const itemOf = (detail: StoryDetail, n: number, passagesOnly: boolean, clippings: Clipping[] = detail.clippings): ExportItem => ({
  anchor: `s${n}`,
  storyId: detail.id,
  article: detail.article,
  edition: detail.edition,
  source: detail.source,
  date: detail.date,
  clippings,
  passagesOnly,
  rememberedTitle: detail.title,
});

async function readStories(library: ExportLibrary, ids: readonly number[], run: ResolveRun): Promise<ExportItem[]> {
  if (ids.length > MAX_EXPORT_STORIES) throw tooMany(ids.length);
  const items: ExportItem[] = [];
  const missing: number[] = [];
  for (const [i, id] of ids.entries()) {
    if (i % YIELD_EVERY === 0) {
      await nextTick();
      throwIfCancelled(run.signal);
    }
    const detail = library.getStory(id);
    if (detail) items.push(itemOf(detail, items.length + 1, false));
    else missing.push(id);
    run.onStory?.(i + 1, ids.length);
  }
  if (missing.length > 0) {
    const list = missing.length > 10 ? `${missing.slice(0, 10).join(', ')}… (${missing.length} in all)` : missing.join(', ');
    throw new ExportError(`there is no story with id ${list}`);
  }
  return items;
}

/** Clippings grouped under their stories, stories in the order their first clipping comes. */
async function readClippings(library: ExportLibrary, ids: readonly number[] | undefined, run: ResolveRun): Promise<ExportItem[]> {
  const all = library.listClippings();
  let chosen = all;
  if (ids) {
    const byId = new Map(all.map((c) => [c.id, c]));
    const missing = ids.filter((id) => !byId.has(id));
    if (missing.length > 0) throw new ExportError(`there is no clipping with id ${missing.join(', ')}`);
    chosen = [...new Set(ids)].map((id) => byId.get(id)).filter((c): c is Clipping => c !== undefined);
  }
  if (chosen.length === 0) throw new ExportError('there are no clippings to export');
  const groups = new Map<string, Clipping[]>();
  for (const c of chosen) groups.set(c.storyKey, [...(groups.get(c.storyKey) ?? []), c]);
  if (groups.size > MAX_EXPORT_STORIES) throw tooMany(groups.size);
  const items: ExportItem[] = [];
  for (const clippings of groups.values()) {
    if (items.length % YIELD_EVERY === 0) {
      await nextTick();
      throwIfCancelled(run.signal);
    }
    clippings.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
    const first = clippings[0];
    if (!first) continue;
    const detail = first.storyId === null ? null : library.getStory(first.storyId);
    items.push(
      detail
        ? itemOf(detail, items.length + 1, true, clippings)
        : { anchor: `s${items.length + 1}`, storyId: null, article: null, edition: null, source: null, date: null, clippings, passagesOnly: true, rememberedTitle: first.title },
    );
    run.onStory?.(items.length, groups.size);
  }
  return items;
}

/** The entries of the book, in selection order, read through the Library. Throws ExportError for what the user must fix. */
export async function resolveSelection(library: ExportLibrary, selection: ExportSelection, run: ResolveRun = {}): Promise<ResolvedSelection> {
  const skipped: string[] = [];
  if (selection.kind === 'clippings') return { items: await readClippings(library, selection.ids, run), skipped };
  const ids = storyIds(library, selection, skipped);
  return { items: await readStories(library, ids, run), skipped };
}
