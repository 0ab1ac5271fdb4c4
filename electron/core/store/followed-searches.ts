import type { Database } from 'better-sqlite3';
import { choicesKey, followedFiltersSchema, type FollowedSearch, type FollowSearchInput } from '../../shared/library';

/** A followed search as stored; its counts are the search engine's to work out. */
export type StoredFollowedSearch = Omit<FollowedSearch, 'total' | 'unread'>;

interface Row {
  id: number;
  name: string;
  query: string;
  filters: string;
  created_at: string;
}

/** The searches a reader follows (user data: re-importing pages never touches them). */
export class FollowedSearches {
  constructor(private readonly db: Database) {}

  /** Follows the search, or renames it when it is followed already. */
  follow(input: FollowSearchInput, now = new Date().toISOString()): StoredFollowedSearch {
    const row = this.db
      .prepare<[string, string, string, string], Row>(
        `INSERT INTO followed_searches (name, query, filters, created_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (query, filters) DO UPDATE SET name = excluded.name RETURNING *`,
      )
      .get(input.name, input.query, choicesKey(input.filters), now);
    const search = row && storedOf(row);
    if (!search) throw new Error('the followed search was not stored');
    return search;
  }

  list(): StoredFollowedSearch[] {
    return this.db
      .prepare<[], Row>('SELECT * FROM followed_searches ORDER BY created_at, id')
      .all()
      .flatMap((row) => {
        const search = storedOf(row);
        return search ? [search] : [];
      });
  }

  /** Whether there was such a search to stop following. */
  unfollow(id: number): boolean {
    return this.db.prepare('DELETE FROM followed_searches WHERE id = ?').run(id).changes > 0;
  }
}

/**
 * The row as a search, or null when its choices are not ones this version knows (a topic a newer
 * version added): it is left stored but not listed, rather than listed as a different search.
 */
function storedOf(row: Row): StoredFollowedSearch | null {
  const parsed = followedFiltersSchema.safeParse(JSON.parse(row.filters));
  return parsed.success ? { id: row.id, name: row.name, query: row.query, filters: parsed.data, createdAt: row.created_at } : null;
}
