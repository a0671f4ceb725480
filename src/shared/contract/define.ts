// The building block of the contract: a call has a zod input schema and an output type.
import type { z } from 'zod';

export interface CallSpec<I extends z.ZodType, O> {
  input: I;
  /** Type-only marker; never read at run time. */
  output?: O;
}

/** `call(schema).returns<Output>()` keeps the input inferred and the output explicit. */
export function call<I extends z.ZodType>(input: I) {
  return { returns: <O>(): CallSpec<I, O> => ({ input }) };
}

/** A call whose handler waits for something outside the database (printing); callers see the same output. */
export interface AsyncCallSpec<I extends z.ZodType, O> extends CallSpec<I, O> {
  awaits: true;
}

/** `asyncCall(schema).returns<Output>()`: like `call`, but the handler may return a promise. */
export function asyncCall<I extends z.ZodType>(input: I) {
  return { returns: <O>(): AsyncCallSpec<I, O> => ({ input, awaits: true }) };
}

type Merged<T extends readonly object[]> = T extends readonly [infer Head, ...infer Rest extends readonly object[]] ? Head & Merged<Rest> : unknown;

/**
 * The features' calls as one contract. A name given twice is refused at load: with a plain object
 * spread the later feature's call would silently replace the earlier one, and its handler with it.
 */
export function mergeCalls<T extends readonly object[]>(...groups: T): Merged<T> {
  const merged: Record<string, unknown> = {};
  for (const group of groups) {
    for (const [name, spec] of Object.entries(group)) {
      if (Object.hasOwn(merged, name)) throw new Error(`The contract names the call "${name}" twice; each call has one feature and one handler`);
      merged[name] = spec;
    }
  }
  return merged as Merged<T>;
}
