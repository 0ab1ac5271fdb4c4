import type { IpcMainInvokeEvent } from 'electron';
import { API_METHODS, ipcChannel } from '../shared/api';
import { dispatch, type DispatchResult } from '../core/service/dispatch';
import type { Handlers } from '../core/service/handlers';
import { trustedSender } from './navigation-policy';

/** The part of ipcMain this needs, so tests can hand in a fake. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<DispatchResult>): void;
}

/**
 * Registers every contract method, all through one wrapper: the call must come from the app's own
 * top frame, and its input must pass the contract's schema (dispatch) before a handler runs.
 * Failures return as values, because Electron rewrites the messages of errors thrown across IPC.
 */
export function registerApi(ipc: IpcMainLike, handlers: Handlers, log: (message: string) => void = console.error): void {
  for (const method of API_METHODS) {
    ipc.handle(ipcChannel(method), async (event, input) => {
      if (!trustedSender(event.senderFrame)) {
        log(`broadsheet: refused ${method} from ${event.senderFrame?.url ?? 'an unknown frame'}`);
        return { ok: false, error: { kind: 'not-allowed', message: 'Only the app’s own page may call its API.' } };
      }
      return dispatch(handlers, method, input, log);
    });
  }
}
