import type { ExportSelection } from '../core/export';
import type { UsageError } from './errors';

/** The flags that choose stories, shared by the commands that take a selection (export, cite). */
export const SELECTION_OPTIONS = {
  ids: { type: 'string' },
  query: { type: 'string' },
  bookmarks: { type: 'boolean' },
  collection: { type: 'string' },
  clippings: { type: 'boolean' },
} as const;

export const SELECTION_USAGE = '(--ids 1,2 | --query Q | --bookmarks | --collection ID | --clippings [IDS])';

interface SelectionValues {
  ids?: string;
  query?: string;
  bookmarks?: boolean;
  collection?: string;
  clippings?: boolean;
}

type Usage = (message: string) => UsageError;

function idList(flag: string, value: string, usage: Usage): number[] {
  const parts = value.split(',').map((p) => p.trim());
  const bad = parts.filter((p) => !/^\d+$/.test(p) || Number(p) < 1);
  if (parts.length === 0 || bad.length > 0) throw usage(`${flag} takes ids separated by commas (1,2,3), not "${value}"`);
  return parts.map(Number);
}

/** Exactly one way of choosing; only --clippings takes a positional (the clipping ids). */
export function selectionOf(values: SelectionValues, positionals: string[], usage: Usage): ExportSelection {
  if (positionals.length > 0 && !values.clippings) throw usage(`unexpected arguments "${positionals.join(' ')}"`);
  const chosen = [values.ids !== undefined, values.query !== undefined, values.bookmarks === true, values.collection !== undefined, values.clippings === true];
  if (chosen.filter(Boolean).length !== 1) throw usage('choose exactly one of --ids, --query, --bookmarks, --collection, --clippings');
  if (values.ids !== undefined) return { kind: 'stories', ids: idList('--ids', values.ids, usage) };
  if (values.query !== undefined) {
    if (values.query.trim() === '') throw usage('--query needs a search text');
    return { kind: 'search', query: values.query };
  }
  if (values.bookmarks) return { kind: 'bookmarks' };
  if (values.collection !== undefined) {
    if (!/^\d+$/.test(values.collection) || Number(values.collection) < 1) throw usage(`--collection takes a collection id, not "${values.collection}"`);
    return { kind: 'collection', collectionId: Number(values.collection) };
  }
  const [ids, ...extra] = positionals;
  if (extra.length > 0) throw usage(`unexpected arguments "${extra.join(' ')}"`);
  return ids === undefined ? { kind: 'clippings' } : { kind: 'clippings', ids: idList('--clippings', ids, usage) };
}
