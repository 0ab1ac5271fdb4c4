/**
 * An error whose message is written for the person using Broadsheet (a damaged library file, an
 * unknown story, a file that is not text). The app, the web host, the API and the command line
 * show such a message as it is; anything else is reported as unexpected, with its stack.
 */
export class UserFacingError extends Error {
  override name = 'UserFacingError';
}
