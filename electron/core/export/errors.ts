import { UserFacingError } from '../user-facing-error';

/** A request an export cannot carry out (unknown story, empty selection…); the message is for the user. */
export class ExportError extends UserFacingError {
  override name = 'ExportError';
}

/** Thrown when an export is cancelled through its AbortSignal. */
export class ExportCancelledError extends Error {
  override name = 'ExportCancelledError';
  constructor() {
    super('the export was cancelled');
  }
}

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ExportCancelledError();
}

/**
 * Settles with `work`, or at once with ExportCancelledError when `signal` aborts, after `onCancel`.
 * A renderer busy laying out a long book answers neither the print nor a close until it is done,
 * so a cancel must not wait for it; the abandoned work is left to fail quietly.
 */
export async function untilCancelled<T>(work: Promise<T>, signal: AbortSignal | undefined, onCancel: () => void = () => undefined): Promise<T> {
  work.catch(() => undefined);
  if (!signal) return work;
  if (signal.aborted) {
    onCancel();
    throw new ExportCancelledError();
  }
  let onAbort = (): void => undefined;
  const cancelled = new Promise<never>((_, reject) => {
    onAbort = () => {
      onCancel();
      reject(new ExportCancelledError());
    };
  });
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    return await Promise.race([work, cancelled]);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}
