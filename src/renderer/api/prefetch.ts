// Answers asked for ahead of need (the calendar's next and previous month), so switching to them
// draws at once instead of waiting for the core. They are dropped the moment any data changes, so a
// prefetched answer is never older than the last change.
import type { Input, Method, Output } from '../../shared/contract';
import { api, onStale } from './client';

const answers = new Map<string, unknown>();
/** Prefetches still on their way, so a screen that needs one now waits for it instead of asking twice. */
const inFlight = new Map<string, Promise<unknown>>();
let generation = 0;

onStale(() => {
  generation++;
  answers.clear();
  inFlight.clear();
});

export function callKey(method: Method, input: unknown): string {
  return `${method} ${JSON.stringify(input)}`;
}

/** The prefetched answer for this call, if there is one and nothing has changed since. */
export function prefetched<M extends Method>(method: M, input: Input<M>): Output<M> | undefined {
  return answers.get(callKey(method, input)) as Output<M> | undefined;
}

/** The prefetch of this call still on its way, if any (see useCall). */
export function inFlightPrefetch<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> | undefined {
  return inFlight.get(callKey(method, input)) as Promise<Output<M>> | undefined;
}

/** Asks the core now and keeps the answer for a later useCall with the same input. Failures are left to that call. */
export function prefetch<M extends Method>(method: M, input: Input<M>): void {
  const key = callKey(method, input);
  if (answers.has(key) || inFlight.has(key)) return;
  const mine = generation;
  const asking = api.call(method, input);
  inFlight.set(key, asking);
  asking.then(
    (answer) => {
      if (mine !== generation) return;
      answers.set(key, answer);
      inFlight.delete(key);
    },
    () => {
      if (mine === generation) inFlight.delete(key);
    },
  );
}
