import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { createBridge } from './bridge';
import { installDropImport, type DropTarget } from './drop-import';

// The preload runs in the page's isolated world, where `document` exists (see drop-import.ts on DOM types).
declare const document: DropTarget;

const api = createBridge(ipcRenderer);
contextBridge.exposeInMainWorld('broadsheet', api);
installDropImport<Parameters<typeof webUtils.getPathForFile>[0]>(document, (file) => webUtils.getPathForFile(file), (paths) => {
  api.importPaths({ paths }).catch(() => undefined);
});
