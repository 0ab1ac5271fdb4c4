// package.json's allowScripts keeps npm from running electron's own download script, so that
// `npm install` succeeds where the Electron binary cannot be fetched. Here we try that download
// ourselves and turn a failure into a notice: the web host and CLI work without Electron.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const installer = fileURLToPath(new URL('../node_modules/electron/install.js', import.meta.url));
if (existsSync(installer) && !process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  const run = spawnSync(process.execPath, [installer], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 180_000 });
  if (run.status !== 0) {
    console.warn(
      'broadsheet: the Electron binary could not be downloaded, so `npm start` cannot open the desktop app here.\n' +
        '            Everything else works: `npm run web` serves the same app to your browser.',
    );
  }
}
