import { randomBytes } from 'node:crypto';

export interface HostArgs {
  port: number;
  db: string | null;
  token: string;
  open: boolean;
}

/** A command-line mistake: printed as it is, without a stack. */
export class HostUsageError extends Error {
  override name = 'HostUsageError';
}

export const HOST_USAGE = 'usage: npm run web -- [--port N] [--db FILE] [--token T] [--no-open]';

/** Tokens travel in URLs and headers, so only URL-safe characters. */
const TOKEN_PATTERN = /^[A-Za-z0-9._~-]{1,256}$/;
/** A chosen token shorter than this is accepted (the user asked for it) but could be guessed. */
export const SHORT_TOKEN = 16;

export const randomToken = (): string => randomBytes(24).toString('base64url');

/** Parses `npm run web -- [--port N] [--db FILE] [--token T] [--no-open]` (DESIGN.md §5). Port 0 picks a free one. */
export function parseHostArgs(argv: readonly string[], makeToken: () => string = randomToken): HostArgs {
  const args: HostArgs = { port: 0, db: null, token: '', open: true };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] ?? '';
    const [name, inline] = flag.startsWith('--') && flag.includes('=') ? [flag.slice(0, flag.indexOf('=')), flag.slice(flag.indexOf('=') + 1)] : [flag, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new HostUsageError(`${name} needs a value. ${HOST_USAGE}`);
      return v;
    };
    switch (name) {
      case '--port': {
        const v = value();
        if (!/^\d+$/.test(v) || Number(v) > 65535) throw new HostUsageError(`--port takes a number from 0 to 65535, not "${v}".`);
        args.port = Number(v);
        break;
      }
      case '--db':
        args.db = value();
        break;
      case '--token': {
        const v = value();
        if (!TOKEN_PATTERN.test(v)) throw new HostUsageError('--token takes up to 256 letters, digits or . _ ~ - characters.');
        args.token = v;
        break;
      }
      case '--no-open':
        args.open = false;
        break;
      case '--help':
      case '-h':
        throw new HostUsageError(HOST_USAGE);
      default:
        throw new HostUsageError(`unknown option "${flag}". ${HOST_USAGE}`);
    }
  }
  if (!args.token) args.token = makeToken();
  return args;
}
