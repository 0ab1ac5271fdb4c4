/// <reference types="vite/client" />
import type { BroadsheetApi } from '../electron/shared/api';

declare global {
  interface Window {
    /** Set by the desktop app's preload; absent in a browser. */
    broadsheet?: BroadsheetApi;
  }
}
