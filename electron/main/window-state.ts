import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

export interface SavedWindow {
  bounds: WindowBounds;
  maximized: boolean;
}

interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW: SavedWindow = { bounds: { width: 1280, height: 820 }, maximized: false };

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * The saved window, if it still fits: a window whose title bar would land on no display (a monitor
 * was unplugged) is recentred at its size, clipped to the largest display.
 */
export function restoreWindow(saved: unknown, displays: readonly Area[]): SavedWindow {
  const s = saved as Partial<SavedWindow> | null;
  const b = s?.bounds;
  if (!b || !finite(b.width) || !finite(b.height) || b.width < 200 || b.height < 150) return DEFAULT_WINDOW;
  const maximized = s?.maximized === true;
  const largest = [...displays].sort((p, q) => q.width * q.height - p.width * p.height)[0];
  const width = Math.min(b.width, largest?.width ?? b.width);
  const height = Math.min(b.height, largest?.height ?? b.height);
  if (!finite(b.x) || !finite(b.y)) return { bounds: { width, height }, maximized };
  const { x, y } = b;
  const titleBarVisible = displays.some((d) => x + 100 > d.x && x + 100 < d.x + d.width && y >= d.y && y + 30 <= d.y + d.height);
  return titleBarVisible ? { bounds: { x, y, width, height }, maximized } : { bounds: { width, height }, maximized };
}

export function readSavedWindow(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

export function writeSavedWindow(file: string, state: SavedWindow): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(state));
}
