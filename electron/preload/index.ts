// The renderer's only door to the core: window.chancery, implementing ChanceryBridge.
// Sandboxed preloads can require nothing but a few electron modules, so this file imports types only
// from our code; the bundler inlines the channel names.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { CallResult, ChanceryBridge, EventName, Events, SaveFileResult } from '../../src/shared/contract';
import { CALL_CHANNEL, EVENT_CHANNEL, SAVE_FILE_CHANNEL } from '../channels';

/** Unwraps a CallResult. contextBridge strips custom fields from Error objects, so a failure is
 * thrown as the plain { name, code, message, issues } record; the renderer makes it a ChanceryError. */
function unwrap<T>(result: CallResult<T>): T {
  if (result.ok) return result.value;
  throw { name: 'ChanceryError', ...result.error };
}

const bridge: ChanceryBridge = {
  async call(method, input) {
    return unwrap((await ipcRenderer.invoke(CALL_CHANNEL, method, input)) as CallResult) as never;
  },
  // Only what the file needs crosses: a name, a type and the bytes; main shows the dialog.
  async saveFile({ fileName, mimeType, data }) {
    return unwrap((await ipcRenderer.invoke(SAVE_FILE_CHANNEL, { fileName, mimeType, data })) as CallResult<SaveFileResult>);
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
