/** An error whose message is meant for the person at the terminal: printed without a stack. */
export class UsageError extends Error {
  override name = 'UsageError';
}
