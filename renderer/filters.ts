import type { TopicId } from '../electron/shared/topics';

/** What the story list shows: the sidebar's choice (one at a time) plus the search box. */
export type Browse =
  | { kind: 'all' }
  | { kind: 'region'; name: string }
  | { kind: 'topic'; topic: TopicId }
  | { kind: 'bookmarks' };

export const ALL: Browse = { kind: 'all' };
