import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding package.json, seeds/ and dist/: found by walking up from this module, so the
 * same code works from the source tree (tsx) and from the bundle in dist/host/.
 */
export function appRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'seeds'))) return dir;
    if (dirname(dir) === dir) throw new Error(`cannot find the Broadsheet folder (package.json and seeds/) above ${from}`);
  }
}
