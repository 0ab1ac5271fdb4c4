import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * `npm run bench [-- --stories N]`: the library benchmark, then the export benchmark. npm appends
 * arguments to the last command of a script only, so this runner hands them to the library
 * benchmark, which is the one that takes them.
 */
const benches: [string, string[]][] = [
  ['search-bench.ts', process.argv.slice(2)],
  ['export-bench.ts', []],
];
for (const [file, args] of benches) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, file), ...args], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
