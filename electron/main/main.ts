import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, protocol, screen, session, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { IPC_EVENT_CHANNEL, type MenuCommand, type Settings, type SettingsPatch } from '../shared/api';
import { fileStemOf } from '../shared/file-names';
import { UserFacingError } from '../core/user-facing-error';
import { upgradeNotice, type Library } from '../core/library';
import { EventHub } from '../core/service/event-hub';
import { createHandlers, settingsHandlers, type Handlers } from '../core/service/handlers';
import { handlersOnceReady } from '../core/service/handlers-once-ready';
import { ImportRunner } from '../core/service/import-runner';
import { createPdfExport } from '../core/service/pdf-export';
import { openAppLibrary } from '../core/service/open-app-library';
import { LastViewStore } from '../core/service/last-view-store';
import { SettingsStore } from '../core/service/settings-store';
import { appFileFor, contentTypeOf } from './app-protocol';
import { appResponseHeaders } from './csp';
import { registerApi } from './ipc-registration';
import { menuLanguage, menuTemplate } from './menu-template';
import { nativeBindingFor } from './native-binding';
import { ElectronPdfPrinter } from './print-to-pdf';
import { APP_SCHEME, APP_START_URL } from './navigation-policy';
import { restrictPermissions, lockNavigation } from './security';
import { mainWindowOptions } from './window-options';
import { readSavedWindow, restoreWindow, writeSavedWindow } from './window-state';

/** The desktop shell: one window over the same core and contract as the web host (DESIGN.md §1–2). */

// Must happen before `ready`: app:// behaves like a standard secure origin (fetch, CSP 'self', storage).
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

// Tests and portable setups point the app at another data folder; it must be set before anything reads it.
if (process.env.BROADSHEET_USER_DATA) app.setPath('userData', process.env.BROADSHEET_USER_DATA);

const appRoot = app.getAppPath();
const rendererDir = join(appRoot, 'dist', 'renderer');
const seedsDir = app.isPackaged ? join(process.resourcesPath, 'seeds') : join(appRoot, 'seeds');
const userData = app.getPath('userData');
const windowStateFile = join(userData, 'window.json');

let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => lockNavigation(contents));
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(start, fail);
}

function fail(err: unknown): void {
  dialog.showErrorBox('报览 Broadsheet', err instanceof UserFacingError ? err.message : `Broadsheet could not start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  app.exit(1);
}

async function start(): Promise<void> {
  restrictPermissions(session.defaultSession);
  protocol.handle(APP_SCHEME, async (request) => {
    const file = appFileFor(request.url, rendererDir);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      return new Response(await readFile(file), { headers: appResponseHeaders(contentTypeOf(file)) });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });

  const settings = new SettingsStore(join(userData, 'settings.json'));
  const events = new EventHub();
  events.subscribe((event, payload) => {
    for (const win of BrowserWindow.getAllWindows()) win.webContents.send(IPC_EVENT_CHANNEL, { event, payload });
  });

  const applySettings = (current: Settings) => {
    // Paper and sepia are light tones as far as native widgets are concerned.
    nativeTheme.themeSource = current.theme === 'system' || current.theme === 'dark' ? current.theme : 'light';
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(menuLanguage(app.getLocale()), current, menuActions, process.platform)));
  };
  // Settings changed from a page or the menu: the menus follow, and so do other windows.
  const onSettingsChanged = () => {
    const current = settings.get();
    applySettings(current);
    events.emit('settingsChanged', current);
  };
  const changeSettings = (patch: SettingsPatch) => {
    settings.update(patch);
    onSettingsChanged();
  };
  const menuActions = {
    command: (command: MenuCommand) => events.emit('menuCommand', { command }),
    changeSettings,
  };

  const libraryFile = join(userData, 'library.db');
  // The window opens before the library does: an older file's upgrade shows its progress there.
  const opening = openAppLibrary(libraryFile, seedsDir, {
    nativeBinding: nativeBindingFor(app.isPackaged, appRoot),
    events,
    onUpgrade: (from, to) => process.stderr.write(`Broadsheet: ${upgradeNotice(libraryFile, from, to)}\n`),
  });
  const ready = opening.then(({ library }) => handlersOver(library, settings, events, onSettingsChanged));
  registerApi(ipcMain, handlersOnceReady(ready, settingsHandlers(settings, onSettingsChanged)));
  applySettings(settings.get());
  mainWindow = createWindow();

  const { library, movedAside } = await opening;
  await ready;
  if (movedAside && mainWindow) {
    void dialog.showMessageBox(mainWindow, { type: 'warning', message: '资料库文件已损坏', detail: `The damaged library was moved to ${movedAside}; a fresh library was started with the sample pages.` });
  }
  app.on('before-quit', () => library.close());
}

/** The API's handlers over the open library, with what only the desktop has: native dialogs and Electron's printer. */
function handlersOver(library: Library, settings: SettingsStore, events: EventHub, onSettingsChanged: () => void): Handlers {
  const exports = createPdfExport({
    library,
    printer: new ElectronPdfPrinter(),
    events,
    destination: async (request) => {
      if (request.out !== undefined) return request.out.endsWith('.pdf') ? request.out : `${request.out}.pdf`;
      const options: SaveDialogOptions = {
        title: '导出为 PDF',
        defaultPath: join(app.getPath('documents'), `${fileStemOf(request.options?.title ?? '', '剪报集')}.pdf`),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      };
      const result = await (mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options));
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  });

  return createHandlers({
    version: app.getVersion(),
    library,
    settings,
    lastView: new LastViewStore(join(userData, 'last-view.json')),
    imports: new ImportRunner(library, events),
    exports,
    seedsDir,
    pickPaths: async (kind) => {
      const options: OpenDialogOptions = {
        title: kind === 'folder' ? '导入文件夹' : '导入文件',
        properties: [kind === 'folder' ? 'openDirectory' : 'openFile', 'multiSelections'],
        filters: kind === 'files' ? [{ name: '版面文本', extensions: ['txt', 'text'] }, { name: '所有文件', extensions: ['*'] }] : [],
      };
      const result = await (mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options));
      return result.canceled ? [] : result.filePaths;
    },
    onSettingsChanged,
  });
}

function createWindow(): BrowserWindow {
  const saved = restoreWindow(readSavedWindow(windowStateFile), screen.getAllDisplays().map((d) => d.workArea));
  const preload = join(appRoot, 'dist', 'preload', 'preload.cjs');
  const win = new BrowserWindow(mainWindowOptions(saved.bounds, preload, nativeTheme.shouldUseDarkColors ? '#1c1b19' : '#faf7f0'));
  if (saved.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => writeSavedWindow(windowStateFile, { bounds: win.getNormalBounds(), maximized: win.isMaximized() }));
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  void win.loadURL(APP_START_URL);
  return win;
}
