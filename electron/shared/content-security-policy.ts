/**
 * The Content-Security-Policy of the app's pages, in the desktop app (app:// protocol) and the web
 * host alike: only the app's own scripts, styles, fonts and API; no plugins, frames or inline
 * script. Inline style attributes stay allowed because React sets positions and sizes through them.
 */
export function contentSecurityPolicy(connect: readonly string[] = ["'self'"]): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self'",
    "img-src 'self' data:",
    `connect-src ${connect.join(' ')}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}
