import { API, isApiMethod, type ApiFailure } from '../../shared/api';
import { describeIssues } from '../../shared/validation-issues';
import { UserFacingError } from '../user-facing-error';
import { ApiError } from './api-error';
import type { Handlers } from './handlers';

export type DispatchResult = { ok: true; value: unknown } | ({ ok: false } & ApiFailure);

/**
 * Every call from a page goes through here, whatever the transport: the method must be in the
 * contract and its input must pass the contract's schema before any handler runs. Failures come
 * back as values, with a sentence for the user; unexpected errors are logged, not shown in detail.
 */
export async function dispatch(handlers: Handlers, method: string, input: unknown, log: (message: string) => void = console.error): Promise<DispatchResult> {
  if (!isApiMethod(method)) return { ok: false, error: { kind: 'unknown-method', message: `There is no API method "${method}".` } };
  const parsed = API[method].input.safeParse(input ?? {});
  if (!parsed.success) {
    return { ok: false, error: { kind: 'invalid-input', message: `Invalid input for ${method}: ${describeIssues(parsed.error.issues)}` } };
  }
  try {
    const handler = handlers[method] as (input: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (err) {
    if (err instanceof ApiError) return { ok: false, ...err.toFailure() };
    if (err instanceof UserFacingError) return { ok: false, error: { kind: 'failed', message: err.message } };
    log(`broadsheet: ${method} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return { ok: false, error: { kind: 'internal', message: `${method} failed unexpectedly: ${err instanceof Error ? err.message : String(err)}` } };
  }
}
