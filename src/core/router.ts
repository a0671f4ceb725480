// Validates every call against the contract, then dispatches it to its feature's handler.
import type { z } from 'zod';
import { contract, isMethod, type Method } from '../shared/contract';
import { ChanceryError, type ErrorIssue } from '../shared/errors';
import type { Context, Handlers } from './context';

export function createRouter(handlers: Handlers) {
  return function dispatch(ctx: Context, method: unknown, input: unknown): unknown {
    if (!isMethod(method)) {
      throw new ChanceryError('unknown_method', `Chancery has no call named "${String(method).slice(0, 80)}"`);
    }
    const parsed = contract[method].input.safeParse(input ?? {});
    if (!parsed.success) throw invalidInput(method, parsed.error);
    const handler = handlers[method] as (ctx: Context, input: unknown) => unknown;
    return handler(ctx, parsed.data);
  };
}

function invalidInput(method: Method, error: z.ZodError): ChanceryError {
  const issues: ErrorIssue[] = error.issues.map((issue) => ({
    path: issue.path.map(String).filter((p) => p !== 'patch').join('.'),
    message: issue.code === 'unrecognized_keys' ? `Unexpected field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}` : issue.message,
  }));
  const first = issues[0]?.message ?? 'The request was not understood';
  const message = issues.length > 1 ? `${first} (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : first;
  return new ChanceryError('invalid_input', message, issues);
}

export type Dispatch = ReturnType<typeof createRouter>;
export type { Method };
