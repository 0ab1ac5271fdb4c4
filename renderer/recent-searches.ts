import { RECENT_SEARCHES_KEPT } from '../electron/shared/api';

/** The recent searches with `query` made the newest: once in the list, the oldest dropped past the limit. */
export function rememberSearch(recent: string[], query: string): string[] {
  const search = query.trim();
  if (search === '' || recent[0] === search) return recent;
  return [search, ...recent.filter((q) => q !== search)].slice(0, RECENT_SEARCHES_KEPT);
}
