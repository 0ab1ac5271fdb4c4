import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { hostAllowed, originAllowed, requestToken, tokenMatches } from '../../../electron/host/request-guard';

const req = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;

describe('web host request guard', () => {
  it('finds the token in the Authorization header, its own header, or the query', () => {
    const url = new URL('http://127.0.0.1:1/api/events?token=q');
    expect(requestToken(req({ authorization: 'Bearer b' }), url)).toBe('b');
    expect(requestToken(req({ 'x-broadsheet-token': 'h' }), url)).toBe('h');
    expect(requestToken(req({}), url)).toBe('q');
    expect(requestToken(req({}), new URL('http://127.0.0.1:1/api/x'))).toBeNull();
  });

  it('accepts the exact token only', () => {
    expect(tokenMatches('secret-token-123', 'secret-token-123')).toBe(true);
    expect(tokenMatches('secret-token-12', 'secret-token-123')).toBe(false);
    expect(tokenMatches('Secret-token-123', 'secret-token-123')).toBe(false);
    expect(tokenMatches(null, 'secret-token-123')).toBe(false);
  });

  it('serves only its own host names and origins', () => {
    expect(hostAllowed('127.0.0.1:4000', 4000)).toBe(true);
    expect(hostAllowed('localhost:4000', 4000)).toBe(true);
    expect(hostAllowed('evil.example:4000', 4000)).toBe(false);
    expect(hostAllowed(undefined, 4000)).toBe(false);
    expect(originAllowed(undefined, 4000)).toBe(true);
    expect(originAllowed('http://127.0.0.1:4000', 4000)).toBe(true);
    expect(originAllowed('https://evil.example', 4000)).toBe(false);
  });
});
