import { API_METHODS } from '../../shared/api';
import type { Handlers } from './handlers';

/**
 * Handlers for a host that answers before its library is open (an older file is upgraded first,
 * which can take many seconds): the methods in `meanwhile` answer at once, every other call waits
 * for the real handlers, and fails with the reason if opening failed.
 */
export function handlersOnceReady(ready: Promise<Handlers>, meanwhile: Partial<Handlers> = {}): Handlers {
  // The host awaits `ready` itself, after it has started answering; until then its failure is not unhandled.
  ready.catch(() => undefined);
  const waiting = API_METHODS.map((method) => [method, meanwhile[method] ?? (async (input: unknown) => ((await ready)[method] as (input: unknown) => unknown)(input))]);
  return Object.fromEntries(waiting) as Handlers;
}
