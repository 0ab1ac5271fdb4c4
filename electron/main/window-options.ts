import type { BrowserWindowConstructorOptions } from 'electron';
import type { WindowBounds } from './window-state';

/**
 * The main window, per Electron's security checklist: the page runs sandboxed, without Node,
 * isolated from the preload, with web security on and no <webview>; the preload is its only bridge.
 */
export function mainWindowOptions(bounds: WindowBounds, preload: string, background: string): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: 900,
    minHeight: 560,
    show: false,
    title: '报览 Broadsheet',
    backgroundColor: background,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      experimentalFeatures: false,
      spellcheck: false,
    },
  };
}
