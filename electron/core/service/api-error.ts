import type { ApiErrorKind, ApiFailure } from '../../shared/api';

/** A failed call whose message is shown to the user as it is. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
  ) {
    super(message);
  }

  toFailure(): ApiFailure {
    return { error: { kind: this.kind, message: this.message } };
  }
}
