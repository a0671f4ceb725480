// The contract over HTTP and server-sent events, for the web host (src/web). It has no saveFile:
// a browser has no save dialog, so api/saveFile.ts falls back to a download.
import type { CallResult, ChanceryBridge, EventName, Events, Input, Method, Output } from '../../shared/contract';
import { CALL_PATH, EVENTS_PATH, TOKEN_HEADER, TOKEN_QUERY } from '../../shared/contract/wire';
import { ChanceryError, isSerializedError } from '../../shared/errors';

const KEEPALIVE_LIMIT = 60_000;

export interface ConnectionWatcher {
  /** Called when the event stream comes back after a break: data may have changed meanwhile. */
  onReconnect(): void;
  onConnectionChange(connected: boolean): void;
}

const RETRY_MS = 5000;

export function createHttpBridge(token: string | null, watcher: ConnectionWatcher): ChanceryBridge {
  let source: EventSource | null = null;
  let hadError = false;
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();

  function ensureSource(): EventSource {
    if (source) return source;
    const query = token ? `?${TOKEN_QUERY}=${encodeURIComponent(token)}` : '';
    source = new EventSource(`${EVENTS_PATH}${query}`);
    source.onopen = () => {
      watcher.onConnectionChange(true);
      if (hadError) watcher.onReconnect();
      hadError = false;
    };
    source.onerror = () => {
      hadError = true;
      watcher.onConnectionChange(false);
      // The browser retries by itself unless the server refused the stream outright (for
      // example while it restarts); then open a new one after a pause.
      if (source?.readyState === EventSource.CLOSED) {
        source = null;
        setTimeout(ensureSource, RETRY_MS);
      }
    };
    for (const name of listeners.keys()) attach(source, name);
    return source;
  }

  function attach(target: EventSource, name: EventName) {
    target.addEventListener(name, (event) => {
      let payload: unknown;
      try {
        payload = JSON.parse((event as MessageEvent<string>).data);
      } catch {
        return;
      }
      for (const listener of listeners.get(name) ?? []) listener(payload);
    });
  }

  return {
    async call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
      let response: Response;
      const body = JSON.stringify(input ?? {});
      try {
        response = await fetch(`${CALL_PATH}/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { [TOKEN_HEADER]: token } : {}) },
          body,
          // A save sent as the page unloads (unsaved text flushed on reload) must still arrive;
          // browsers allow keepalive bodies up to 64 KB in flight.
          keepalive: body.length < KEEPALIVE_LIMIT,
        });
      } catch {
        throw new ChanceryError(
          'internal',
          'Chancery could not reach its local service. Your saved work is safe; try again in a moment.',
        );
      }
      let result: CallResult<Output<M>>;
      try {
        result = (await response.json()) as CallResult<Output<M>>;
      } catch {
        throw new ChanceryError('internal', `Chancery's local service gave an unreadable answer (HTTP ${response.status}).`);
      }
      if (result && result.ok === true) return result.value;
      if (result && result.ok === false && isSerializedError(result.error)) throw ChanceryError.from(result.error);
      throw new ChanceryError('internal', `Chancery's local service gave an unexpected answer (HTTP ${response.status}).`);
    },

    on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void {
      let set = listeners.get(event);
      const isNewName = !set;
      if (!set) {
        set = new Set();
        listeners.set(event, set);
      }
      const wrapped = listener as (payload: unknown) => void;
      set.add(wrapped);
      const current = source;
      if (current && isNewName) attach(current, event);
      else ensureSource();
      return () => {
        set.delete(wrapped);
      };
    },
  };
}
