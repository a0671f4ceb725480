// The one place that knows which host the UI talks to: the Electron preload bridge when it is
// there, otherwise the web host over HTTP. Screens use `api` and the hooks, never a host directly.
import type { ChanceryBridge, EventName, Events, Input, Method, Output } from '../../shared/contract';
import { ChanceryError } from '../../shared/errors';
import { createHttpBridge } from './httpBridge';
import { takeToken } from './token';

type Listener = () => void;

const staleListeners = new Set<Listener>();
const connectionListeners = new Set<(connected: boolean) => void>();
let connected = true;

function setConnected(next: boolean) {
  if (next === connected) return;
  connected = next;
  for (const listener of connectionListeners) listener(next);
}

function createBridge(): ChanceryBridge {
  if (typeof window !== 'undefined' && window.chancery) return window.chancery;
  return createHttpBridge(takeToken(), {
    onReconnect: markAllStale,
    onConnectionChange: setConnected,
  });
}

let bridge: ChanceryBridge | null = null;
function getBridge(): ChanceryBridge {
  bridge ??= createBridge();
  return bridge;
}

/** Tells every screen that what it shows may be out of date, so it asks the core again. */
export function markAllStale() {
  for (const listener of staleListeners) listener();
}

export function onStale(listener: Listener): () => void {
  staleListeners.add(listener);
  return () => staleListeners.delete(listener);
}

export function onConnectionChange(listener: (connected: boolean) => void): () => void {
  connectionListeners.add(listener);
  return () => connectionListeners.delete(listener);
}

export function isConnected() {
  return connected;
}

let eventsWired = false;
let changesHeard = 0;
function wireEvents() {
  if (eventsWired) return;
  eventsWired = true;
  getBridge().on('changed', () => {
    changesHeard++;
    markAllStale();
  });
}

/** How many 'changed' events the core has sent so far (see afterWrite). */
export function changesSeen(): number {
  return changesHeard;
}

/** How long an answered write waits for its 'changed' event before asking every screen to read again. */
const EVENT_GRACE_MS = 1000;

/**
 * After a write the UI made: every screen reads again once. The core sends its 'changed' event
 * before the answer, but over another connection, so either can come first; the event's reads see
 * the write, and asking again on the answer would double the work of every save (a busy month read
 * twice after each drop). So the answer only marks screens stale when no event has come within a
 * moment (a write that changed nothing, or events not flowing), or at once when events are down.
 */
export function afterWrite(changesBefore: number) {
  if (changesHeard !== changesBefore) return;
  if (!connected) return markAllStale();
  setTimeout(() => {
    if (changesHeard === changesBefore) markAllStale();
  }, EVENT_GRACE_MS);
}

/** The host's "save as" (a dialog in Electron); undefined where the host has none (the web host). */
export function hostSaveFile(): ChanceryBridge['saveFile'] {
  const host = getBridge();
  return host.saveFile ? (file) => host.saveFile!(file) : undefined;
}

export const api = {
  /** Calls the core. Rejects with a ChanceryError whose message can be shown as is. */
  async call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
    wireEvents();
    try {
      return await getBridge().call(method, input);
    } catch (error) {
      throw ChanceryError.from(error);
    }
  },
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void {
    wireEvents();
    return getBridge().on(event, listener);
  },
};
