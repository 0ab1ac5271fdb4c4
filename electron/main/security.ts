import { shell, type Session, type WebContents } from 'electron';
import { externalLink, navigationAllowed } from './navigation-policy';
import { isPermissionAllowed } from './permissions';

/** Refuses every permission a page could ask for (camera, notifications, geolocation…) but writing a reference to the clipboard. */
export function restrictPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(isPermissionAllowed(permission)));
  session.setPermissionCheckHandler((_contents, permission) => isPermissionAllowed(permission));
  session.setDevicePermissionHandler(() => false);
}

/**
 * Keeps a window on the app's pages: navigation elsewhere and new windows are refused, and a web
 * link the user followed opens in the OS browser instead.
 */
export function lockNavigation(contents: WebContents): void {
  const openOutside = (url: string) => {
    const link = externalLink(url);
    if (link) void shell.openExternal(link);
  };
  contents.on('will-navigate', (event, url) => {
    if (navigationAllowed(url)) return;
    event.preventDefault();
    openOutside(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!navigationAllowed(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
}
