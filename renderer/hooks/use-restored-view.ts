import { useEffect, useRef } from 'react';
import type { LastView } from '../../electron/shared/api';
import type { Collection, EditionSummary } from '../../electron/shared/library';
import { without, type Scope } from '../filters';
import type { StoryWindow } from './use-story-window';

/**
 * The library may have changed since the reader's last view was saved: the cursor restored with
 * it stays only while its row still holds its story (a story that is gone, or moved by an import,
 * leaves no cursor behind).
 */
export function useRestoredCursor(list: StoryWindow, restored: LastView['story'], setCursor: (update: (cursor: number) => number) => void): void {
  const pending = useRef(restored && restored.index >= 0 ? restored : null);
  useEffect(() => {
    const story = pending.current;
    const row = story && list.at(story.index);
    if (!story || (!row && (list.loading || story.index < list.total))) return;
    pending.current = null;
    if (row?.id !== story.id) setCursor((cursor) => (cursor === story.index ? -1 : cursor));
  }, [list.generation, list.loading]);
}

/** A collection or edition that no longer exists (deleted, or gone with a re-import) is no longer chosen. */
export function useVanishedChoicesDropped(
  scope: Scope,
  setScope: (update: (scope: Scope) => Scope) => void,
  collections: readonly Collection[] | null,
  editions: readonly EditionSummary[] | null,
): void {
  useEffect(() => {
    if (scope.collectionId !== undefined && collections && !collections.some((c) => c.id === scope.collectionId)) setScope((s) => without(s, 'collectionId'));
  }, [collections, scope.collectionId]);
  useEffect(() => {
    if (scope.editionId !== undefined && editions && !editions.some((e) => e.id === scope.editionId)) setScope((s) => without(s, 'editionId'));
  }, [editions, scope.editionId]);
}
