import { useCallback, useEffect, useRef, useState } from 'react';
import type { SearchHit, SortOrder, StorySummary } from '../../electron/shared/library';
import { getApi } from '../api';
import type { Scope } from '../filters';

export type ListedStory = StorySummary | SearchHit;

/** Stories are fetched in blocks of this many as the list scrolls. */
export const BLOCK = 100;

export interface StoryWindow {
  /** Which list this is (its query, scope and sort): a new one is read from its top. */
  identity: string;
  total: number;
  /** The story at a position, or undefined while its block loads. */
  at: (index: number) => ListedStory | undefined;
  /** Asks for the blocks that hold positions start..end (inclusive). */
  ensure: (start: number, end: number) => void;
  loading: boolean;
  error: string | null;
  /** Changes whenever stories arrive, for memoised views. */
  generation: number;
  /**
   * Shows a change the user just made to one story (a bookmark) in its row at once; the list
   * fetched after the change replaces it with what the library stored.
   */
  patch: (id: number, change: Pick<StorySummary, 'bookmarked'>) => void;
}

/**
 * The list's stories, paged through the API with offset/limit as the user scrolls, so a library
 * of 100,000 stories costs a few blocks of memory. A new query, scope or sort starts afresh;
 * answers for an older one are dropped.
 */
export function useStoryWindow(query: string, scope: Scope, sort: SortOrder, version: number): StoryWindow {
  const list = JSON.stringify([query.trim(), scope, sort]);
  const key = JSON.stringify([query.trim(), scope, sort, version]);
  const blocks = useRef(new Map<number, ListedStory[]>());
  // After a change elsewhere (a bookmark, an import) the same list is fetched again; until its blocks
  // arrive the old ones stay on screen rather than flashing to placeholders.
  const previous = useRef(new Map<number, ListedStory[]>());
  const pending = useRef(new Set<number>());
  const current = useRef(key);
  const currentList = useRef(list);
  const [state, setState] = useState({ total: 0, loading: true, error: null as string | null, generation: 0 });

  const load = useCallback(
    (block: number) => {
      if (blocks.current.has(block) || pending.current.has(block)) return;
      pending.current.add(block);
      const asked = current.current;
      const [q, filters, order] = JSON.parse(asked) as [string, Scope, SortOrder];
      const api = getApi();
      const offset = block * BLOCK;
      const answer =
        q === ''
          ? api.listStories({ filters, sort: order === 'relevance' ? 'date' : order, offset, limit: BLOCK }).then((p) => ({ total: p.total, stories: p.items as ListedStory[] }))
          : api.search({ query: q, filters, sort: order, offset, limit: BLOCK }).then((r) => ({ total: r.total, stories: r.hits as ListedStory[] }));
      setState((s) => ({ ...s, loading: true }));
      answer.then(
        ({ total, stories }) => {
          if (current.current !== asked) return;
          pending.current.delete(block);
          blocks.current.set(block, stories);
          setState((s) => ({ total, loading: pending.current.size > 0, error: null, generation: s.generation + 1 }));
        },
        (err: unknown) => {
          if (current.current !== asked) return;
          pending.current.delete(block);
          setState((s) => ({ ...s, loading: false, error: err instanceof Error ? err.message : String(err) }));
        },
      );
    },
    [],
  );

  // Only a new key starts afresh. On mount the blocks already belong to it, and the list view,
  // whose effect React runs before this one, may already have asked for the first.
  useEffect(() => {
    if (current.current !== key) {
      previous.current = currentList.current === list ? blocks.current : new Map();
      currentList.current = list;
      current.current = key;
      blocks.current = new Map();
      pending.current = new Set();
    }
    load(0);
  }, [key, list, load]);

  const ensure = useCallback(
    (start: number, end: number) => {
      for (let b = Math.floor(Math.max(0, start) / BLOCK); b <= Math.floor(Math.max(0, end) / BLOCK); b++) load(b);
    },
    [load],
  );
  const at = useCallback(
    (index: number) => {
      const block = Math.floor(index / BLOCK);
      return (blocks.current.get(block) ?? previous.current.get(block))?.[index % BLOCK];
    },
    [state.generation],
  );
  const patch = useCallback((id: number, change: Pick<StorySummary, 'bookmarked'>) => {
    for (const cache of [blocks.current, previous.current]) {
      for (const [block, stories] of cache) {
        if (stories.some((story) => story.id === id)) cache.set(block, stories.map((story) => (story.id === id ? { ...story, ...change } : story)));
      }
    }
    setState((s) => ({ ...s, generation: s.generation + 1 }));
  }, []);
  return { ...state, identity: list, at, ensure, patch };
}
