// React hooks over the api client: read with useCall (refetched whenever the core says data
// changed), write with useMutation (after which every read is asked again; see afterWrite).
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { EventName, Events, Input, Method, Output } from '../../shared/contract';
import type { HistoryState } from '../../shared/domain';
import { ChanceryError } from '../../shared/errors';
import { afterWrite, api, changesSeen, isConnected, onConnectionChange, onStale } from './client';
import { callKey, inFlightPrefetch, prefetched } from './prefetch';

export interface CallState<T> {
  data: T | undefined;
  error: ChanceryError | null;
  /** True while the first answer for this input is awaited (a background refetch keeps showing the data). */
  loading: boolean;
  refetch: () => void;
}

interface Snapshot<T> {
  key: string;
  data: T | undefined;
  error: ChanceryError | null;
  loading: boolean;
}

/** Reads from the core, and reads again whenever data changes anywhere. */
export function useCall<M extends Method>(
  method: M,
  input: Input<M>,
  options: { enabled?: boolean } = {},
): CallState<Output<M>> {
  const enabled = options.enabled ?? true;
  const key = callKey(method, input);
  const inputRef = useRef(input);
  inputRef.current = input;
  const ticket = useRef(0);
  const [snapshot, setSnapshot] = useState<Snapshot<Output<M>>>({ key, data: undefined, error: null, loading: enabled });

  const fetchNow = useCallback(() => {
    const mine = ++ticket.current;
    const ready = prefetched(method, inputRef.current);
    if (ready !== undefined) {
      setSnapshot({ key, data: ready, error: null, loading: false });
      return;
    }
    // A refetch of the same input changes nothing on screen until its answer arrives: flipping a
    // loading flag would re-render every reader of every stale call (the whole calendar) for nothing.
    setSnapshot((s) => (s.key === key ? s : { key, data: undefined, error: null, loading: true }));
    (inFlightPrefetch(method, inputRef.current) ?? api.call(method, inputRef.current)).then(
      (data) => {
        if (mine === ticket.current) setSnapshot({ key, data, error: null, loading: false });
      },
      (error: unknown) => {
        if (mine !== ticket.current) return;
        setSnapshot((s) => ({
          key,
          data: s.key === key ? s.data : undefined,
          error: ChanceryError.from(error),
          loading: false,
        }));
      },
    );
    // `key` captures method and input; the latest input is read from the ref.
  }, [key]);

  useEffect(() => {
    if (!enabled) return;
    fetchNow();
    let scheduled = false;
    const unsubscribe = onStale(() => {
      if (scheduled) return;
      scheduled = true;
      setTimeout(() => {
        scheduled = false;
        fetchNow();
      }, 0);
    });
    return unsubscribe;
  }, [fetchNow, enabled]);

  const current = snapshot.key === key;
  // A new input whose answer was prefetched shows in this very render, not one request later.
  const early = current || !enabled ? undefined : prefetched(method, input);
  return {
    data: current ? snapshot.data : early,
    error: current ? snapshot.error : null,
    loading: current ? snapshot.loading : enabled && early === undefined,
    refetch: fetchNow,
  };
}

export interface MutationState<M extends Method> {
  mutate: (input: Input<M>) => Promise<Output<M>>;
  pending: boolean;
}

/** Writes through the core. `mutate` rejects with a ChanceryError; every open screen then refetches. */
export function useMutation<M extends Method>(method: M): MutationState<M> {
  const [pending, setPending] = useState(0);
  const mutate = useCallback(
    async (input: Input<M>) => {
      setPending((n) => n + 1);
      try {
        const seen = changesSeen();
        const output = await api.call(method, input);
        afterWrite(seen);
        return output;
      } finally {
        setPending((n) => n - 1);
      }
    },
    [method],
  );
  return { mutate, pending: pending > 0 };
}

/** Calls the core once, outside React state (for one-off actions). Marks data stale on success. */
export async function mutate<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  const seen = changesSeen();
  const output = await api.call(method, input);
  afterWrite(seen);
  return output;
}

/** Listens to an event pushed by the core for as long as the component is mounted. */
export function useEvent<E extends EventName>(event: E, listener: (payload: Events[E]) => void) {
  const ref = useRef(listener);
  ref.current = listener;
  useEffect(() => api.on(event, (payload) => ref.current(payload)), [event]);
}

/** Undo/redo availability, kept current by the core's `history` events. */
export function useHistoryState(): HistoryState {
  const { data } = useCall('history.state', {});
  const [pushed, setPushed] = useState<HistoryState | null>(null);
  useEvent('history', setPushed);
  useEffect(() => setPushed(null), [data]);
  return pushed ?? data ?? { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };
}

/** Whether the live connection to the core's events is up (always true in Electron). */
export function useConnected(): boolean {
  return useSyncExternalStore(onConnectionChange, isConnected, () => true);
}
