/** The few DOM shapes used here; the backend's tsconfig has no DOM types, so that core code cannot lean on them. */
export interface DragEventLike {
  dataTransfer: { types: readonly string[]; files: ArrayLike<unknown> } | null;
  preventDefault(): void;
}
export interface DropTarget {
  addEventListener(type: 'dragover' | 'drop', listener: (event: DragEventLike) => void): void;
}

/**
 * Dropping page files or folders on the window imports them. A sandboxed page cannot see file
 * paths, so the preload (which can, through webUtils) turns the drop into an importPaths call.
 */
export function installDropImport<F>(target: DropTarget, pathOf: (file: F) => string, importPaths: (paths: string[]) => void): void {
  target.addEventListener('dragover', (event) => {
    if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
  });
  target.addEventListener('drop', (event) => {
    const files = Array.from(event.dataTransfer?.files ?? []) as F[];
    if (files.length === 0) return;
    event.preventDefault();
    const paths = files.map(pathOf).filter((p) => p !== '');
    if (paths.length > 0) importPaths(paths);
  });
}
