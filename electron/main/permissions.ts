/**
 * The one permission the app's page may have: writing plain text to the clipboard when the reader
 * asks (a click or key on 复制引用). Everything else (camera, notifications, clipboard reading…)
 * is refused.
 */
const ALLOWED = new Set(['clipboard-sanitized-write']);

export const isPermissionAllowed = (permission: string): boolean => ALLOWED.has(permission);
