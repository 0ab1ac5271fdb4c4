import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** The token from the Authorization header (Bearer), the X-Broadsheet-Token header, or ?token= (EventSource cannot set headers). */
export function requestToken(req: IncomingMessage, url: URL): string | null {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim();
  const header = req.headers['x-broadsheet-token'];
  if (typeof header === 'string') return header;
  return url.searchParams.get('token');
}

export function tokenMatches(given: string | null, expected: string): boolean {
  if (given === null) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * A loopback server can still be reached from a web page through DNS rebinding (evil.example
 * resolving to 127.0.0.1); such requests carry the foreign name in Host, so only our own names pass.
 */
export function hostAllowed(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** Browsers send Origin on cross-site POSTs; when present it must be our own. */
export function originAllowed(origin: string | undefined, port: number): boolean {
  return origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}
