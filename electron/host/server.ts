import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { API_EVENT_NAMES, type ApiErrorKind, type ApiFailure } from '../shared/api';
import { contentSecurityPolicy } from '../shared/content-security-policy';
import { dispatch } from '../core/service/dispatch';
import type { EventHub } from '../core/service/event-hub';
import type { Handlers } from '../core/service/handlers';
import { DOWNLOAD_PREFIX, readBook } from './exports-folder';
import { hostAllowed, originAllowed, requestToken, tokenMatches } from './request-guard';
import { readStaticFile } from './static-files';

export interface WebHostOptions {
  handlers: Handlers;
  events: EventHub;
  token: string;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** The folder of exported books served under /api/download/. */
  exportsDir?: string;
  log?: (message: string) => void;
}

const MAX_BODY_BYTES = 1024 * 1024;
const KEEPALIVE_MS = 15_000;

const STATUS: Record<ApiErrorKind, number> = {
  'invalid-input': 400,
  'not-allowed': 403,
  'unknown-method': 404,
  failed: 422,
  unavailable: 501,
  internal: 500,
};

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

const failure = (kind: ApiErrorKind, message: string): ApiFailure => ({ error: { kind, message } });

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('the request body is larger than 1 MB'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * The web host: the built renderer and the API (POST /api/<method>, JSON in and out) plus
 * server-sent events (GET /api/events) and exported books (GET /api/download/<name>), on loopback
 * only, every /api/ request behind the token.
 */
export function createWebHost(options: WebHostOptions): Server {
  const { handlers, events, token, staticDir } = options;
  const log = options.log ?? ((m: string) => process.stderr.write(`${m}\n`));

  const server = createServer((req, res) => {
    void handle(req, res).catch((err: unknown) => {
      log(`broadsheet web: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      if (!res.headersSent) sendJson(res, 500, failure('internal', 'The web host failed to answer this request.'));
      else res.end();
    });
  });

  const port = () => (server.address() as AddressInfo).port;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port()}`);
    const api = url.pathname === '/api' || url.pathname.startsWith('/api/');
    if (api && !tokenMatches(requestToken(req, url), token)) {
      return sendJson(res, 401, failure('not-allowed', 'This request needs the token from the address the web host printed at start.'));
    }
    if (!hostAllowed(req.headers.host, port())) return sendJson(res, 403, failure('not-allowed', 'This host name is not served here.'));

    if (api) {
      if (!originAllowed(req.headers.origin, port())) return sendJson(res, 403, failure('not-allowed', 'Requests from other sites are refused.'));
      if (url.pathname === '/api/events' && req.method === 'GET') return streamEvents(req, res);
      if (url.pathname.startsWith(DOWNLOAD_PREFIX) && req.method === 'GET') return sendBook(url.pathname, res);
      if (req.method !== 'POST') {
        res.setHeader('Allow', 'POST');
        return sendJson(res, 405, failure('not-allowed', 'API methods are called with POST and a JSON body.'));
      }
      let input: unknown;
      try {
        const body = await readBody(req);
        input = body.trim() === '' ? {} : JSON.parse(body);
      } catch (err) {
        return sendJson(res, 400, failure('invalid-input', `The request body is not valid JSON: ${err instanceof Error ? err.message : String(err)}`));
      }
      const result = await dispatch(handlers, url.pathname.slice('/api/'.length), input, log);
      return result.ok ? sendJson(res, 200, result.value) : sendJson(res, STATUS[result.error.kind], { error: result.error });
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, failure('not-allowed', 'Only GET serves the app.'));
    const file = await readStaticFile(staticDir, url.pathname);
    if (!file) {
      res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      return void res.end('Not found. (Has the renderer been built? npm run build)');
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': file.type,
      'Content-Length': file.body.length,
      'Cache-Control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(file.type.startsWith('text/html') ? { 'Content-Security-Policy': contentSecurityPolicy() } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  async function sendBook(pathname: string, res: ServerResponse): Promise<void> {
    const book = options.exportsDir ? await readBook(options.exportsDir, pathname) : null;
    if (!book) return sendJson(res, 404, failure('invalid-input', 'There is no exported book by that name.'));
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'application/pdf',
      'Content-Length': book.body.length,
      'Content-Disposition': `attachment; filename="book.pdf"; filename*=UTF-8''${encodeURIComponent(book.name)}`,
      'Cache-Control': 'no-store',
    });
    res.end(book.body);
  }

  function streamEvents(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    const unsubscribe = events.subscribe((event, payload) => {
      if (API_EVENT_NAMES.includes(event)) res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
    });
    const keepalive = setInterval(() => res.write(': keepalive\n\n'), KEEPALIVE_MS);
    req.on('close', () => {
      clearInterval(keepalive);
      unsubscribe();
    });
  }

  return server;
}

/** Listens on 127.0.0.1 only; resolves with the port actually bound. */
export function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}
