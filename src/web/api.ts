// POST /api/call/<method>: one contract call per request, answered as a CallResult.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Core } from '../core/core';
import { ChanceryError } from '../shared/errors';
import { readJsonBody } from './body';
import { sendError, sendJson, statusFor } from './respond';

export interface CallOptions {
  maxBodyBytes: number;
  /** Errors that are not ChanceryErrors are bugs; they are reported here and answered as `internal`. */
  onUnexpectedError: (error: unknown, method: string) => void;
}

export async function handleCall(req: IncomingMessage, res: ServerResponse, core: Core, method: string, options: CallOptions): Promise<void> {
  if (req.method !== 'POST') {
    sendError(res, { code: 'invalid_input', message: 'Contract calls must use POST' }, 405, { Allow: 'POST' });
    return;
  }
  const body = await readJsonBody(req, options.maxBodyBytes);
  if (!body.ok) {
    const status = body.reason === 'too_large' ? 413 : 400;
    sendError(res, { code: 'invalid_input', message: body.message }, status, status === 413 ? { Connection: 'close' } : {});
    return;
  }
  try {
    const value: unknown = await core.call(method, body.value);
    sendJson(res, 200, { ok: true, value: value ?? null });
  } catch (thrown) {
    if (!(thrown instanceof ChanceryError)) options.onUnexpectedError(thrown, method);
    const error = ChanceryError.from(thrown).toJSON();
    sendError(res, error, statusFor(error.code));
  }
}
