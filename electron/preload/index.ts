// The renderer's only door to the core: window.chancery, implementing ChanceryBridge.
// Sandboxed preloads can require nothing but a few electron modules, so this file imports types only
// from our code; the bundler inlines the channel names.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { CallResult, ChanceryBridge, EventName, Events } from '../../src/shared/contract';
import { CALL_CHANNEL, EVENT_CHANNEL } from '../channels';

const bridge: ChanceryBridge = {
  async call(method, input) {
    const result = (await ipcRenderer.invoke(CALL_CHANNEL, method, input)) as CallResult;
    if (result.ok) return result.value as never;
    // contextBridge strips custom fields from Error objects, so the rejection is the plain
    // { name, code, message, issues } record; the renderer turns it into a ChanceryError.
    throw { name: 'ChanceryError', ...result.error };
  },
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void) {
    const relay = (_event: IpcRendererEvent, name: unknown, payload: unknown) => {
      if (name === event) listener(payload as Events[E]);
    };
    ipcRenderer.on(EVENT_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, relay);
    };
  },
};

contextBridge.exposeInMainWorld('chancery', bridge);
