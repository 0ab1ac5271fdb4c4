import { RECENT_SEARCHES_KEPT } from '../electron/shared/api';

/** The recent searches with `query` made the newest: once in the list, the oldest dropped past the limit. */
export function rememberSearch(recent: string[], query: string): string[] {
  const search = query.trim();
  if (search === '' || recent[0] === search) return recent;
  return [search, ...recent.filter((q) => q !== search)].slice(0, RECENT_SEARCHES_KEPT);
}

/**
 * The recent searches to offer under the box: all of them while it is empty, else those that go
 * on from what is typed (乡 offers 乡贤), Latin letters in any case. What is typed already is not offered.
 */
export function offeredSearches(recent: readonly string[], typed: string, max: number): string[] {
  const start = typed.trim().toLowerCase();
  const goesOn = (search: string) => {
    const lower = search.toLowerCase();
    return lower.startsWith(start) && lower !== start;
  };
  return (start === '' ? recent : recent.filter(goesOn)).slice(0, max);
}
