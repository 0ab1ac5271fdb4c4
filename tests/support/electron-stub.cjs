// Loads the bundled main process in plain Node with a stand-in for the `electron` module, records
// what it asks of Electron, then calls its IPC handlers and app:// protocol and prints the results
// as one JSON line. Electron itself cannot run on our machines (DESIGN.md §2); this runs the rest.
// A --require hook runs as CommonJS; getBuiltinModule avoids a require() call.
const Module = process.getBuiltinModule('node:module');

const userData = process.env.BROADSHEET_USER_DATA;
const appRoot = process.env.STUB_APP_ROOT;
const record = { schemes: null, windows: [], windowObjects: [], loaded: [], menus: [], appEvents: [], contentsEvents: [], permissionsDenied: false, handlers: new Map(), protocol: null };

class WebContents {
  constructor() {
    this.sent = [];
  }
  on(event) {
    record.contentsEvents.push(event);
  }
  setWindowOpenHandler(handler) {
    record.windowOpen = handler({ url: 'https://example.com/' });
  }
  send(channel, message) {
    this.sent.push([channel, message]);
  }
}

const electron = {
  app: {
    getAppPath: () => appRoot,
    getPath: () => userData,
    setPath: () => undefined,
    isPackaged: false,
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    getLocale: () => 'en-US',
    getVersion: () => '0.0.0-stub',
    on: (event, listener) => {
      record.appEvents.push(event);
      if (event === 'web-contents-created') listener({}, new WebContents());
    },
    quit: () => undefined,
    exit: (code) => process.exit(code),
  },
  ipcMain: { handle: (channel, listener) => record.handlers.set(channel, listener) },
  protocol: {
    registerSchemesAsPrivileged: (schemes) => (record.schemes = schemes),
    handle: (scheme, handler) => (record.protocol = { scheme, handler }),
  },
  screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  nativeTheme: { shouldUseDarkColors: false, themeSource: 'system' },
  Menu: { buildFromTemplate: (template) => (record.menus.push(template.map((m) => m.label)), {}), setApplicationMenu: () => undefined },
  BrowserWindow: class {
    constructor(options) {
      record.windows.push(options);
      this.webContents = new WebContents();
      record.windowObjects.push(this);
    }
    once() {}
    on() {}
    maximize() {}
    loadURL(url) {
      record.loaded.push(url);
      return Promise.resolve();
    }
    static getAllWindows() {
      return record.windowObjects;
    }
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (h) => h(null, 'media', (granted) => (record.permissionsDenied = granted === false)),
      setPermissionCheckHandler: () => undefined,
      setDevicePermissionHandler: () => undefined,
    },
  },
  dialog: { showErrorBox: (title, message) => (process.stderr.write(`${title}: ${message}\n`), undefined), showMessageBox: () => Promise.resolve({}) },
  shell: { openExternal: () => Promise.resolve() },
};

const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'electron' ? electron : load.call(this, request, ...rest);
};

async function probe() {
  const appFrame = { senderFrame: { url: 'app://broadsheet/index.html', parent: null } };
  const foreign = { senderFrame: { url: 'https://evil.example/', parent: null } };
  const call = (channel, event, input) => record.handlers.get(channel)(event, input);
  const page = async (url) => {
    const response = await record.protocol.handler({ url });
    return { status: response.status, csp: response.headers.get('content-security-policy') };
  };
  const result = {
    schemes: record.schemes,
    channels: [...record.handlers.keys()],
    webPreferences: record.windows[0]?.webPreferences,
    loaded: record.loaded,
    menus: record.menus,
    appEvents: record.appEvents,
    contentsEvents: record.contentsEvents,
    windowOpen: record.windowOpen,
    permissionsDenied: record.permissionsDenied,
    appInfo: await call('broadsheet:appInfo', appFrame, {}),
    // What the window was sent while the library opened (appInfo waits for it to be open).
    eventsSent: record.windowObjects[0]?.webContents.sent.map(([channel, message]) => ({ channel, ...message })) ?? [],
    foreign: await call('broadsheet:appInfo', foreign, {}),
    invalid: await call('broadsheet:getStory', appFrame, { id: 'x' }),
    index: await page('app://broadsheet/index.html'),
    outside: await page('app://broadsheet/..%2f..%2fpackage.json'),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(0);
}

const waitForWindow = setInterval(() => {
  if (record.loaded.length > 0) {
    clearInterval(waitForWindow);
    probe().catch((err) => {
      process.stderr.write(`${err.stack}\n`);
      process.exit(1);
    });
  }
}, 50);
