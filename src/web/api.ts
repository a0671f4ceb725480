// POST /api/call/<method>: one contract call per request, answered as a CallResult.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Core } from '../core/core';
import { ChanceryError } from '../shared/errors';
import { readJsonBody, type BodyLimits } from './body';
import { DRAIN_LIMIT_BYTES, refuseAndDrain } from './drain';
import { sendError, sendJson, statusFor } from './respond';

export interface CallOptions {
  body: BodyLimits;
  /** Expected trouble worth one line in the log (a client that went away, a body too slow). */
  onNotice: (line: string) => void;
  /** Errors that are not ChanceryErrors are bugs; they are reported here and answered as `internal`. */
  onUnexpectedError: (error: unknown, method: string) => void;
}

export async function handleCall(req: IncomingMessage, res: ServerResponse, core: Core, method: string, options: CallOptions): Promise<void> {
  if (req.method !== 'POST') {
    sendError(res, { code: 'invalid_input', message: 'Contract calls must use POST' }, 405, { Allow: 'POST' });
    return;
  }
  const body = await readJsonBody(req, options.body);
  if (!body.ok) {
    const error = { code: 'invalid_input', message: body.message } as const;
    switch (body.reason) {
      case 'too_large':
        return refuseAndDrain(req, res, error, 413, { maxBytes: DRAIN_LIMIT_BYTES, timeoutMs: options.body.timeoutMs });
      case 'too_slow':
        options.onNotice(`${method}: ${body.message}; closed the connection`);
        return sendError(res, error, 408, { Connection: 'close' });
      case 'aborted':
        options.onNotice(`${method}: ${body.message}`);
        res.destroy();
        return;
      case 'malformed':
        return sendError(res, error, 400);
    }
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
