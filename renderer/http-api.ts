import { API_EVENTS, API_EVENT_NAMES, API_METHODS, apiFailureSchema, type ApiEvent, type ApiEventPayload, type BroadsheetApi } from '../electron/shared/api';
import { ApiCallError } from './api-error';

const TOKEN_KEY = 'broadsheet.token';

/**
 * The token arrives in the address the web host printed (?token=…). It is kept for the tab's
 * session and taken out of the address bar, so it does not end up in screenshots or history.
 */
function takeToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/** The API over HTTP to the web host: POST /api/<method>, events by server-sent events. */
export function createHttpApi(): BroadsheetApi {
  const token = takeToken();
  const listeners = new Map<ApiEvent, Set<(payload: never) => void>>();

  const call = async (method: string, input: unknown): Promise<unknown> => {
    let response: Response;
    try {
      response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      throw new ApiCallError('unavailable', '无法连接报览服务,它可能已经停止。');
    }
    const body: unknown = await response.json().catch(() => null);
    if (response.ok) return body;
    const failure = apiFailureSchema.safeParse(body);
    if (failure.success) throw new ApiCallError(failure.data.error.kind, failure.data.error.message);
    throw new ApiCallError('internal', `The web host answered ${response.status}.`);
  };

  // Opened before the first call: a browser holds at most six connections to the host, and while
  // an older library is upgraded the calls wait, so the events of its progress must not queue behind them.
  const source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
  for (const name of API_EVENT_NAMES) {
    source.addEventListener(name, (message) => {
      const parsed = API_EVENTS[name].safeParse(JSON.parse((message as MessageEvent<string>).data));
      if (parsed.success) for (const listener of listeners.get(name) ?? []) (listener as (p: ApiEventPayload<typeof name>) => void)(parsed.data);
    });
  }

  const methods = Object.fromEntries(API_METHODS.map((m) => [m, (input?: unknown) => call(m, input)]));
  return {
    ...(methods as Omit<BroadsheetApi, 'on'>),
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener as (payload: never) => void);
      return () => set.delete(listener as (payload: never) => void);
    },
  };
}

/** A web host's download path (under /api/) as a link: the token travels in the query, as for events, since a link cannot send a header. */
export function authorisedUrl(path: string): string {
  const url = new URL(path, window.location.origin);
  url.searchParams.set('token', sessionStorage.getItem(TOKEN_KEY) ?? '');
  return url.pathname + url.search;
}
