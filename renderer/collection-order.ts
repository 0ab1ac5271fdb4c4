import type { Collection } from '../electron/shared/library';

/** Collections in the reader's saved order; new ones (not yet ordered) follow by name. */
export function ordered(collections: readonly Collection[], order: readonly number[]): Collection[] {
  const rank = new Map(order.map((id, i) => [id, i]));
  return [...collections].sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity) || a.name.localeCompare(b.name, 'zh'));
}

/** The order after moving one collection up or down. */
export function moved(collections: readonly Collection[], id: number, by: -1 | 1): number[] {
  const ids = collections.map((c) => c.id);
  const at = ids.indexOf(id);
  const to = at + by;
  if (at < 0 || to < 0 || to >= ids.length) return ids;
  [ids[at], ids[to]] = [ids[to] as number, ids[at] as number];
  return ids;
}
