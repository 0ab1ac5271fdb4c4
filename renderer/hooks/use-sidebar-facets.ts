import type { Facets } from '../../electron/shared/library';
import { getApi } from '../api';
import { FACET_KINDS, facetScopes, type FacetKind, type Scope } from '../filters';
import { useAsync } from './use-async';

export type SidebarFacets = { [K in FacetKind]: Facets[K] | null };

const NOTHING_COUNTED: SidebarFacets = { regions: null, topics: null, years: null, months: null, people: null };

/**
 * The sidebar's counts for a query and scope, each facet counted with every choice but its own
 * (one request per distinct scope: with nothing chosen, one for all of them). `version` refetches.
 */
export function useSidebarFacets(query: string, scope: Scope, version: number): SidebarFacets {
  const counted = useAsync(async () => {
    const { scopeOf, requests } = facetScopes(scope);
    const answers = await Promise.all(requests.map((filters) => getApi().facets({ query, filters })));
    const byScope = new Map(requests.map((filters, i) => [JSON.stringify(filters), answers[i]]));
    return Object.fromEntries(FACET_KINDS.map((kind) => [kind, byScope.get(scopeOf[kind])?.[kind] ?? null])) as SidebarFacets;
  }, [version, query, JSON.stringify(scope)]);
  return counted.data ?? NOTHING_COUNTED;
}
