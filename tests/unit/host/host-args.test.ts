import { describe, expect, it } from 'vitest';
import { HostUsageError, parseHostArgs, randomToken } from '../../../electron/host/host-args';

describe('npm run web -- [--port N] [--db FILE] [--token T] [--no-open]', () => {
  it('defaults to a free port, the user data folder, a random token and opening the browser', () => {
    expect(parseHostArgs([], () => 'generated-token-0123456789')).toEqual({ port: 0, db: null, token: 'generated-token-0123456789', open: true });
  });

  it('takes every flag, with a space or an equals sign', () => {
    expect(parseHostArgs(['--port', '8080', '--db=/tmp/x.db', '--token', 'abcdefghijklmnop', '--no-open'])).toEqual({
      port: 8080,
      db: '/tmp/x.db',
      token: 'abcdefghijklmnop',
      open: false,
    });
  });

  it('accepts a short token the user chose', () => {
    expect(parseHostArgs(['--token', 'test']).token).toBe('test');
  });

  it('makes a different, long, URL-safe token each run', () => {
    const a = randomToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(randomToken()).not.toBe(a);
  });

  it('says what is wrong with a bad command line', () => {
    expect(() => parseHostArgs(['--port', 'eighty'])).toThrow(HostUsageError);
    expect(() => parseHostArgs(['--port', '70000'])).toThrow(/0 to 65535/);
    expect(() => parseHostArgs(['--db'])).toThrow(/--db needs a value/);
    expect(() => parseHostArgs(['--token', 'has spaces in it, too many'])).toThrow(/--token takes up to 256/);
    expect(() => parseHostArgs(['--token', 'x'.repeat(257)])).toThrow(/--token/);
    expect(() => parseHostArgs(['--verbose'])).toThrow(/unknown option "--verbose"/);
  });
});
