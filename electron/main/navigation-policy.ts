/** The app's own pages are served from this origin (see app-protocol.ts); nothing else is trusted. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'broadsheet';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

const parse = (url: string): URL | null => {
  try {
    return new URL(url);
  } catch {
    return null;
  }
};

/** Whether a URL is one of the app's own pages (app://broadsheet/…). */
export function isAppUrl(url: string): boolean {
  const u = parse(url);
  return u !== null && u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
}

/**
 * Where a window may go: it stays on the app's own pages (in-page navigation and reloads).
 * Anything else is refused; web links are handed to the user's browser instead (externalLink).
 */
export function navigationAllowed(url: string): boolean {
  return isAppUrl(url);
}

/** A link the OS browser may open: only http(s), never file:, javascript:, custom schemes or credentials in the URL. */
export function externalLink(url: string): string | null {
  const u = parse(url);
  if (!u || (u.protocol !== 'https:' && u.protocol !== 'http:')) return null;
  if (u.username || u.password) return null;
  return u.href;
}

/** IPC is answered only for the app's own top frame: no subframes, no foreign pages. */
export function trustedSender(frame: { url: string; parent: unknown } | null | undefined): boolean {
  return frame !== null && frame !== undefined && frame.parent === null && isAppUrl(frame.url);
}
