import { useCallback, useState } from 'react';

/**
 * What the reader's fetches depend on, as two counters. `any` moves after every change: an import,
 * a bookmark, a collection or a clipping. `content` moves only after an import, and is what the
 * library's shape (editions, pages, places, story counts) depends on: re-reading every edition of
 * a library of years after each bookmark cost a megabyte of JSON.
 */
export function useLibraryVersions() {
  const [versions, setVersions] = useState({ content: 0, any: 0 });
  const contentChanged = useCallback(() => setVersions((v) => ({ content: v.content + 1, any: v.any + 1 })), []);
  const userDataChanged = useCallback(() => setVersions((v) => ({ ...v, any: v.any + 1 })), []);
  return { ...versions, contentChanged, userDataChanged };
}
