import { describe, expect, it } from 'vitest';
import { APP_CSP, appResponseHeaders } from '../../../electron/main/csp';
import { contentSecurityPolicy } from '../../../electron/shared/content-security-policy';

const directives = (csp: string) => new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name ?? '', values]));

describe('the Content-Security-Policy', () => {
  it('allows only the app’s own scripts, with no inline or eval script', () => {
    const d = directives(APP_CSP);
    expect(d.get('default-src')).toEqual(["'none'"]);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(APP_CSP).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
  });

  it('forbids plugins, framing, base rewriting and form posts', () => {
    const d = directives(APP_CSP);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('frame-ancestors')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'none'"]);
    expect(d.get('form-action')).toEqual(["'none'"]);
  });

  it('lets the page connect only to its own origin', () => {
    expect(directives(contentSecurityPolicy()).get('connect-src')).toEqual(["'self'"]);
  });

  it('is sent with every file the app protocol serves', () => {
    expect(appResponseHeaders('text/html; charset=utf-8')).toMatchObject({ 'Content-Security-Policy': APP_CSP, 'X-Content-Type-Options': 'nosniff' });
  });
});
