/** A request an export cannot carry out (unknown story, empty selection…); the message is for the user. */
export class ExportError extends Error {
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
