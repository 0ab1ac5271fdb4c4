import type { IpcMainInvokeEvent, IpcRendererEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { registerApi, type IpcMainLike } from '../../../electron/main/ipc-registration';
import { APP_START_URL } from '../../../electron/main/navigation-policy';
import { createBridge } from '../../../electron/preload/bridge';
import type { Handlers } from '../../../electron/core/service/handlers';
import { API_METHODS, IPC_EVENT_CHANNEL, ipcChannel } from '../../../electron/shared/api';

type Listener = Parameters<IpcMainLike['handle']>[1];

/** ipcMain and ipcRenderer joined in memory: what the bridge invokes reaches what main registered. */
function wire(handlers: Partial<Handlers>, frame: { url: string; parent: unknown } = { url: APP_START_URL, parent: null }) {
  const registered = new Map<string, Listener>();
  registerApi({ handle: (channel, listener) => registered.set(channel, listener) }, handlers as Handlers, () => undefined);
  const rendererListeners = new Set<(event: IpcRendererEvent, ...args: unknown[]) => void>();
  const bridge = createBridge({
    invoke: async (channel, ...args) => {
      const listener = registered.get(channel);
      if (!listener) throw new Error(`No handler registered for '${channel}'`);
      return listener({ senderFrame: frame } as unknown as IpcMainInvokeEvent, ...args);
    },
    on: (_channel, l) => rendererListeners.add(l),
    removeListener: (_channel, l) => rendererListeners.delete(l),
  });
  const send = (message: unknown) => rendererListeners.forEach((l) => l({} as IpcRendererEvent, message));
  return { registered, bridge, send, rendererListeners };
}

describe('IPC registration and the preload bridge', () => {
  it('registers one channel per contract method and exposes exactly those methods plus on()', () => {
    const { registered, bridge } = wire({});
    expect([...registered.keys()].sort()).toEqual(API_METHODS.map(ipcChannel).sort());
    expect(Object.keys(bridge).sort()).toEqual([...API_METHODS, 'on'].sort());
    expect(bridge).not.toHaveProperty('invoke');
  });

  it('passes validated input to the handler and returns its answer', async () => {
    const getStory = vi.fn(() => null);
    const { bridge } = wire({ getStory });
    await expect(bridge.getStory({ id: 7 })).resolves.toBeNull();
    expect(getStory).toHaveBeenCalledWith({ id: 7 });
  });

  it('refuses input the contract rejects, before any handler runs, with a clear message', async () => {
    const setBookmark = vi.fn(() => null);
    const { bridge } = wire({ setBookmark });
    await expect(bridge.setBookmark({ storyId: -1, on: true })).rejects.toThrow(/Invalid input for setBookmark: storyId/);
    await expect(bridge.setBookmark({ storyId: 1, on: 'yes' } as never)).rejects.toThrow(/on:/);
    expect(setBookmark).not.toHaveBeenCalled();
  });

  it('refuses calls from any frame but the app’s own top frame', async () => {
    const appInfo = vi.fn();
    for (const frame of [{ url: 'https://evil.example/', parent: null }, { url: APP_START_URL, parent: {} }]) {
      await expect(wire({ appInfo }, frame).bridge.appInfo()).rejects.toThrow(/Only the app’s own page/);
    }
    expect(appInfo).not.toHaveBeenCalled();
  });

  it('delivers only the subscribed event, and stops after unsubscribing', () => {
    const { bridge, send, rendererListeners } = wire({});
    const seen = vi.fn();
    const off = bridge.on('importProgress', seen);
    send({ event: 'importFinished', payload: {} });
    send({ event: 'importProgress', payload: { filesDone: 1, filesTotal: 2, stories: 3, file: 'a.txt' } });
    expect(seen).toHaveBeenCalledTimes(1);
    expect(seen).toHaveBeenCalledWith({ filesDone: 1, filesTotal: 2, stories: 3, file: 'a.txt' });
    off();
    expect(rendererListeners.size).toBe(0);
    expect(() => bridge.on('somethingElse' as never, seen)).toThrow(/no event/);
    expect(IPC_EVENT_CHANNEL).toBe('broadsheet:event');
  });
});
