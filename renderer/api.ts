import type { BroadsheetApi } from '../electron/shared/api';
import { createHttpApi } from './http-api';

let api: BroadsheetApi | null = null;

/**
 * The renderer's only way to the backend: the preload's IPC bridge in the desktop app, HTTP to
 * the web host in a browser. Both implement the same contract (electron/shared/api).
 */
export function getApi(): BroadsheetApi {
  api ??= window.broadsheet ?? createHttpApi();
  return api;
}
