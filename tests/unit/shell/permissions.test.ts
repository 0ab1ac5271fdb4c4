import { describe, expect, it } from 'vitest';
import { isPermissionAllowed } from '../../../electron/main/permissions';

describe('what the page may do', () => {
  it('writes a citation to the clipboard, and nothing else a page could ask for', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write')).toBe(true);
    for (const denied of ['clipboard-read', 'media', 'notifications', 'geolocation', 'openExternal', 'fullscreen', 'midi', 'pointerLock']) {
      expect(isPermissionAllowed(denied), denied).toBe(false);
    }
  });
});
