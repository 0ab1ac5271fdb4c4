import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The sentence `npm start` and the Electron tests give where the binary is missing (DESIGN.md §2). */
export const NO_ELECTRON_MESSAGE =
  'The Electron binary is not installed here (its download failed or was skipped), so the desktop app cannot start. ' +
  'Run `npm run web` to read the same library in your browser.';

/** The Electron executable npm installed, or null where its download failed or was skipped. */
export function electronBinary(): string | null {
  try {
    const path = require('electron') as unknown;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

export const electronVersion = (): string => (require('electron/package.json') as { version: string }).version;
