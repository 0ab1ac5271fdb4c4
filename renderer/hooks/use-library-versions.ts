import { useCallback, useState } from 'react';

/**
 * What the reader's fetches depend on, as three counters. `any` moves after every change to the
 * library: an import, a bookmark, a read mark, a collection or a clipping. `content` moves only
 * after an import, and is what the library's shape (editions, pages, places, story counts) depends
 * on: re-reading every edition of a library of years after each bookmark cost a megabyte of JSON.
 * `followed` moves when a search is followed or no longer followed, which only the list of
 * followed searches shows: the story list and the story stay as they are.
 */
export function useLibraryVersions() {
  const [versions, setVersions] = useState({ content: 0, any: 0, followed: 0 });
  const contentChanged = useCallback(() => setVersions((v) => ({ ...v, content: v.content + 1, any: v.any + 1 })), []);
  const userDataChanged = useCallback(() => setVersions((v) => ({ ...v, any: v.any + 1 })), []);
  const followedChanged = useCallback(() => setVersions((v) => ({ ...v, followed: v.followed + 1 })), []);
  return { ...versions, contentChanged, userDataChanged, followedChanged };
}
