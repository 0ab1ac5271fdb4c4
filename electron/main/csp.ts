import { contentSecurityPolicy } from '../shared/content-security-policy';

/**
 * The desktop app's pages come from app://broadsheet and talk to the backend over IPC only, so
 * 'self' covers everything they may load and connect-src needs nothing more.
 */
export const APP_CSP = contentSecurityPolicy(["'self'"]);

/** Response headers for a page or asset served by the app protocol. */
export function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': APP_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}
