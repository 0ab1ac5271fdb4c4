import { extname, join, normalize, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './navigation-policy';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

export const contentTypeOf = (file: string): string => TYPES[extname(file)] ?? 'application/octet-stream';

/**
 * Maps app://broadsheet/<path> to a file of the built renderer. Other hosts, other schemes and
 * paths that climb out of the folder map to nothing (a 404), so the protocol serves that folder only.
 */
export function appFileFor(url: string, rendererDir: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  const relative = path === '/' || path === '' ? 'index.html' : path.replace(/^\/+/, '');
  const root = normalize(rendererDir);
  const file = normalize(join(root, relative));
  return file.startsWith(root.endsWith(sep) ? root : root + sep) ? file : null;
}
