/** `npm start`: build, make sure SQLite is compiled for Electron, and open the desktop app. */
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { electronBinary, NO_ELECTRON_MESSAGE } from './electron-binary';
import { prepareElectronNative } from './prepare-electron-native';

const root = fileURLToPath(new URL('..', import.meta.url));
const say = (line: string) => process.stderr.write(`broadsheet: ${line}\n`);

const binary = electronBinary();
if (!binary) {
  say(NO_ELECTRON_MESSAGE);
  process.exit(1);
}

const build = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-app.ts', '--if-stale'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

try {
  await prepareElectronNative(say);
} catch (err) {
  say(
    `could not build better-sqlite3 for Electron (${err instanceof Error ? err.message : String(err)}). ` +
      'It needs a download of prebuilt binaries or Electron headers, or a C++ compiler. `npm run web` works without it.',
  );
  process.exit(1);
}

const child = spawn(binary, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
