import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HOST = join(ROOT, 'dist', 'host', 'web-host.mjs');

export interface RunningHost {
  url: string;
  origin: string;
  token: string;
  db: string;
  dir: string;
  /** Where the host keeps the reader's last view (the page restores it at start). */
  lastViewFile: string;
  stderr: () => string;
  /** The host's exit code once it has exited, else null. */
  exitCode: () => number | null;
  /** With `browser: true`: the URL the host asked the system to open, once it has. */
  openedUrl: () => string | null;
  stop: () => Promise<void>;
}

export interface HostOptions {
  /**
   * Start as a person would, without --no-open, the system's browser launcher (xdg-open) being a
   * stand-in that notes the URL it is given. Linux only.
   */
  browser?: boolean;
}

/**
 * Starts the built web host on a library in a temporary folder, as `npm run web` would, and reads
 * the URL off its first stdout line. The library is fresh unless `prepare` writes one at `db` first.
 */
export async function startWebHost(extraArgs: string[] = [], prepare?: (db: string) => void, options: HostOptions = {}): Promise<RunningHost> {
  if (!existsSync(HOST)) throw new Error('dist/host/web-host.mjs is missing: run the tests with `npm run test:e2e`, which builds it.');
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-e2e-'));
  const db = join(dir, 'library.db');
  prepare?.(db);
  const launcher = join(dir, 'bin');
  const opened = join(dir, 'opened-url');
  if (options.browser) {
    mkdirSync(launcher);
    writeFileSync(join(launcher, 'xdg-open'), `#!/bin/sh\nprintf '%s' "$1" > '${opened}'\n`);
    chmodSync(join(launcher, 'xdg-open'), 0o755);
  }
  const path = options.browser ? `${launcher}:${process.env.PATH ?? ''}` : process.env.PATH;
  const child: ChildProcess = spawn(process.execPath, [HOST, '--port', '0', '--db', db, ...(options.browser ? [] : ['--no-open']), ...extraArgs], {
    cwd: ROOT,
    env: { ...process.env, PATH: path, XDG_DATA_HOME: dir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const firstLine = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the web host exited (${code}) before printing its URL:\n${errors}`)));
  });
  const url = new URL(firstLine);
  return {
    url: firstLine,
    origin: url.origin,
    token: url.searchParams.get('token') ?? '',
    db,
    dir,
    lastViewFile: `${db}.view.json`,
    stderr: () => errors,
    exitCode: () => child.exitCode,
    openedUrl: () => (existsSync(opened) ? readFileSync(opened, 'utf8') : null),
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Calls one API method the way the page does. */
export async function callApi(host: RunningHost, method: string, body: unknown, token: string | null = host.token): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token === null ? {} : { Authorization: `Bearer ${token}` }) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}
