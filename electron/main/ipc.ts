// Contract calls arrive on one channel, only from our own top-level page, and always answer a
// CallResult: errors cross IPC as data, never as thrown objects that lose their code.
import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Core } from '../../src/core/core';
import type { CallResult } from '../../src/shared/contract';
import { ChanceryError } from '../../src/shared/errors';
import { EVENT_NAMES } from '../../src/shared/contract/eventNames';
import { CALL_CHANNEL, EVENT_CHANNEL } from '../channels';
import { isAppUrl } from './urls';

/** True only for our own top-level page on app://chancery; every IPC handler checks it first. */
export function fromOurPage(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

export function handleCalls(core: Core): void {
  ipcMain.handle(CALL_CHANNEL, async (event, method: unknown, input: unknown): Promise<CallResult> => {
    if (!fromOurPage(event)) {
      return { ok: false, error: { code: 'unauthorized', message: 'Calls are accepted only from the Chancery window' } };
    }
    if (typeof method !== 'string') {
      return { ok: false, error: { code: 'unknown_method', message: 'A call needs a method name' } };
    }
    try {
      const value: unknown = await core.call(method, input);
      return { ok: true, value: value ?? null };
    } catch (thrown) {
      if (!(thrown instanceof ChanceryError)) console.error(`[chancery] call ${method} failed:`, thrown);
      return { ok: false, error: ChanceryError.from(thrown).toJSON() };
    }
  });
}

/** Pushes every core event to every window; returns the unsubscribe for shutdown. */
export function forwardEvents(core: Core): () => void {
  const unsubscribes = EVENT_NAMES.map((name) =>
    core.on(name, (payload) => {
      for (const window of BrowserWindow.getAllWindows()) {
        if (!window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, name, payload);
      }
    }),
  );
  return () => unsubscribes.forEach((unsubscribe) => unsubscribe());
}
