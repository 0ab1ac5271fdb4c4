import { homedir } from 'node:os';
import { join } from 'node:path';

type Env = Record<string, string | undefined>;

/**
 * Where the web host keeps its library when no --db is given: the platform's per-user data folder
 * (XDG_DATA_HOME on Linux), the same place a desktop app of this name would use.
 */
export function defaultDataDir(platform: NodeJS.Platform = process.platform, env: Env = process.env, home: string = homedir()): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Broadsheet');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Broadsheet');
  const xdg = env.XDG_DATA_HOME;
  return join(xdg && xdg.startsWith('/') ? xdg : join(home, '.local', 'share'), 'broadsheet');
}

export const defaultLibraryFile = (dataDir: string = defaultDataDir()): string => join(dataDir, 'library.db');
