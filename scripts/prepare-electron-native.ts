/**
 * better-sqlite3 in node_modules is compiled for Node (tests, CLI, web host). Electron has its own
 * ABI, so `npm start` needs a second build; it lives in .electron-native/ (gitignored) and the main
 * process loads it through better-sqlite3's `nativeBinding` option. node_modules is never touched.
 * Packaged apps do not use this: electron-builder rebuilds the module for Electron at packaging time.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBindingPath, ELECTRON_NATIVE_DIR } from '../electron/main/native-binding';
import { electronVersion } from './electron-binary';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function prepareElectronNative(log: (line: string) => void): Promise<string> {
  const dir = join(root, ELECTRON_NATIVE_DIR);
  const binding = electronBindingPath(root);
  const stamp = join(dir, 'built-for.json');
  const sqliteVersion = (JSON.parse(readFileSync(join(root, 'node_modules', 'better-sqlite3', 'package.json'), 'utf8')) as { version: string }).version;
  const wanted = JSON.stringify({ electron: electronVersion(), betterSqlite3: sqliteVersion, platform: process.platform, arch: process.arch });
  if (existsSync(binding) && existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) return binding;

  log(`preparing better-sqlite3 ${sqliteVersion} for Electron ${electronVersion()} in ${ELECTRON_NATIVE_DIR}/ (once)…`);
  rmSync(dir, { recursive: true, force: true });
  const moduleDir = join(dir, 'node_modules', 'better-sqlite3');
  mkdirSync(moduleDir, { recursive: true });
  cpSync(join(root, 'node_modules', 'better-sqlite3'), moduleDir, { recursive: true, filter: (src) => !src.includes(`${join('better-sqlite3', 'build')}`) });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'broadsheet-electron-native', private: true, dependencies: { 'better-sqlite3': sqliteVersion } }));
  const { rebuild } = await import('@electron/rebuild');
  await rebuild({ buildPath: dir, electronVersion: electronVersion(), onlyModules: ['better-sqlite3'], force: true });
  if (!existsSync(binding)) throw new Error(`the rebuild finished but ${binding} is missing`);
  writeFileSync(stamp, wanted);
  return binding;
}
