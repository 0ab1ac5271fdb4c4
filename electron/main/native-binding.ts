import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where `npm start` puts better-sqlite3 compiled for Electron's ABI (scripts/prepare-electron-native.ts),
 * leaving node_modules' copy built for Node, which the tests and CLI use.
 */
export const ELECTRON_NATIVE_DIR = '.electron-native';

export const electronBindingPath = (appRoot: string): string =>
  join(appRoot, ELECTRON_NATIVE_DIR, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');

/** The binding to pass to the library: the prepared one when running from source; packaged apps carry their own rebuild. */
export function nativeBindingFor(packaged: boolean, appRoot: string): string | undefined {
  if (packaged) return undefined;
  const path = electronBindingPath(appRoot);
  return existsSync(path) ? path : undefined;
}
