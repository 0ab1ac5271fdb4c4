import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW, readSavedWindow, restoreWindow, writeSavedWindow } from '../../../electron/main/window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const monitor = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('remembered window size and position', () => {
  it('restores a window that is still on a display', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 1400, height: 900 }, maximized: false };
    expect(restoreWindow(saved, [laptop, monitor])).toEqual(saved);
  });

  it('recentres a window whose display is gone, at a size that fits', () => {
    expect(restoreWindow({ bounds: { x: 1600, y: 100, width: 2000, height: 1200 }, maximized: true }, [laptop])).toEqual({
      bounds: { width: 1440, height: 900 },
      maximized: true,
    });
  });

  it('falls back to the default for missing or nonsense state', () => {
    for (const saved of [null, 'x', {}, { bounds: { width: 'wide', height: 10 } }, { bounds: { width: 50, height: 50 } }]) {
      expect(restoreWindow(saved, [laptop])).toEqual(DEFAULT_WINDOW);
    }
  });

  it('round-trips through its file, and a missing file reads as nothing', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'bs-window-')), 'deep', 'window.json');
    expect(readSavedWindow(file)).toBeNull();
    writeSavedWindow(file, { bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: false });
    expect(restoreWindow(readSavedWindow(file), [laptop]).bounds).toEqual({ x: 10, y: 20, width: 1000, height: 700 });
  });
});
