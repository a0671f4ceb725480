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
