import type { ApiErrorKind } from '../electron/shared/api';

/** A call the backend refused or could not carry out; the message is meant for the user. */
export class ApiCallError extends Error {
  override name = 'ApiCallError';
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
  ) {
    super(message);
  }
}
