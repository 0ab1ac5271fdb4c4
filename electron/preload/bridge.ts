import type { IpcRendererEvent } from 'electron';
import { API_METHODS, IPC_EVENT_CHANNEL, apiFailureSchema, ipcChannel, isApiEvent, type ApiEvent, type ApiEventPayload, type BroadsheetApi } from '../shared/api';

/** The part of ipcRenderer the bridge uses, so tests can hand in a fake. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: IpcRendererEvent, ...args: unknown[]) => void): void;
  removeListener(channel: string, listener: (event: IpcRendererEvent, ...args: unknown[]) => void): void;
}

/**
 * What the preload exposes as window.broadsheet: one function per contract method (generated from
 * the method list, so there is no generic invoke), and `on` for the contract's events only.
 */
export function createBridge(ipc: IpcRendererLike): BroadsheetApi {
  const call = async (method: (typeof API_METHODS)[number], input: unknown): Promise<unknown> => {
    const result = (await ipc.invoke(ipcChannel(method), input ?? {})) as { ok: boolean; value?: unknown };
    if (result.ok) return result.value;
    const failure = apiFailureSchema.safeParse(result);
    throw new Error(failure.success ? failure.data.error.message : `${method} failed`);
  };
  const methods = Object.fromEntries(API_METHODS.map((m) => [m, (input?: unknown) => call(m, input)]));
  const on = <E extends ApiEvent>(event: E, listener: (payload: ApiEventPayload<E>) => void): (() => void) => {
    if (!isApiEvent(event)) throw new Error(`There is no event "${String(event)}".`);
    const relay = (_e: IpcRendererEvent, message: unknown) => {
      const m = message as { event?: string; payload?: unknown };
      if (m.event === event) listener(m.payload as ApiEventPayload<E>);
    };
    ipc.on(IPC_EVENT_CHANNEL, relay);
    return () => ipc.removeListener(IPC_EVENT_CHANNEL, relay);
  };
  return { ...(methods as Omit<BroadsheetApi, 'on'>), on };
}
