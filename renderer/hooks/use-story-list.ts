import { useState } from 'react';
import type { StoryFilters } from '../../electron/shared/library';
import { getApi } from '../api';
import type { Browse } from '../filters';
import { useAsync } from './use-async';

const PAGE = 50;

export const filtersOf = (browse: Browse): StoryFilters =>
  browse.kind === 'region' ? { region: browse.name } : browse.kind === 'topic' ? { topic: browse.topic } : browse.kind === 'bookmarks' ? { bookmarked: true } : {};

/** The stories for the sidebar's choice and the search query; `more` fetches the next page. */
export function useStoryList(query: string, browse: Browse, version: number) {
  const [limit, setLimit] = useState(PAGE);
  const key = JSON.stringify([query, browse]);
  const [lastKey, setLastKey] = useState(key);
  if (key !== lastKey) {
    setLastKey(key);
    setLimit(PAGE);
  }
  const state = useAsync(async () => {
    const api = getApi();
    const filters = filtersOf(browse);
    if (query.trim() === '') {
      const page = await api.listStories({ filters, limit });
      return { total: page.total, stories: page.items };
    }
    const result = await api.search({ query, filters, limit });
    return { total: result.total, stories: result.hits };
  }, [key, limit, version]);
  return { ...state, more: () => setLimit((l) => l + PAGE) };
}
