import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../../../electron/main/window-options';

describe('the main window’s options (Electron security checklist)', () => {
  const options = mainWindowOptions({ width: 1200, height: 800 }, '/app/dist/preload/preload.cjs', '#fff');
  const web = options.webPreferences ?? {};

  it('isolates the page: context isolation, sandbox, no Node', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and webviews, insecure content and drag navigation off', () => {
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.webviewTag).toBe(false);
    expect(web.navigateOnDragDrop).toBe(false);
    expect(web.experimentalFeatures).toBe(false);
  });

  it('loads the preload given and restores the saved size', () => {
    expect(web.preload).toBe('/app/dist/preload/preload.cjs');
    expect(options).toMatchObject({ width: 1200, height: 800, show: false });
  });
});
