import type { StoryFilters } from '../electron/shared/library';

/**
 * What the story list shows: the sidebar's choices, which combine (a place and a topic and an
 * edition…), plus the search box. Each choice is one of the library's filters.
 */
export type Scope = Pick<StoryFilters, 'region' | 'topic' | 'bookmarked' | 'editionId' | 'collectionId'>;

export const EVERYTHING: Scope = {};

/** Picking the choice already made takes it back; picking another of the same kind replaces it. */
export function toggle<K extends keyof Scope>(scope: Scope, key: K, value: Scope[K]): Scope {
  return scope[key] === value ? without(scope, key) : { ...scope, [key]: value };
}

/** The scope without one of its choices: a facet's counts show what picking another value would give. */
export function without(scope: Scope, key: keyof Scope): Scope {
  return Object.fromEntries(Object.entries(scope).filter(([k]) => k !== key)) as Scope;
}

export const isEverything = (scope: Scope): boolean => Object.keys(scope).length === 0;
