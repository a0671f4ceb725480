// Reading a request body as JSON, with a size limit and a deadline, before it reaches the core.
import type { IncomingMessage } from 'node:http';

export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;
/** A body over loopback arrives in milliseconds; one still trickling in after this is holding a slot. */
export const DEFAULT_BODY_TIMEOUT_MS = 20_000;

export interface BodyLimits {
  maxBytes: number;
  timeoutMs: number;
}

export type BodyFailure = 'too_large' | 'malformed' | 'too_slow' | 'aborted';
export type BodyResult = { ok: true; value: unknown } | { ok: false; reason: BodyFailure; message: string };

/**
 * Never destroys the request: an oversized body is left for the caller to answer and then drain
 * (see drain.ts), because destroying the socket mid-upload makes the client read a reset, not our 413.
 */
export function readJsonBody(req: IncomingMessage, limits: BodyLimits): Promise<BodyResult> {
  const tooLarge: BodyResult = { ok: false, reason: 'too_large', message: `The request body is larger than ${describeSize(limits.maxBytes)}` };
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limits.maxBytes) return Promise.resolve(tooLarge);

  return new Promise<BodyResult>((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (result: BodyResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.off('data', onData).off('end', onEnd).off('error', onGone).off('close', onGone);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limits.maxBytes) return finish(tooLarge);
      chunks.push(chunk);
    };
    const onEnd = () => finish(parseJson(Buffer.concat(chunks).toString('utf8')));
    // The client went away mid-upload (closed the tab, cancelled): there is no one left to answer.
    const onGone = () => finish({ ok: false, reason: 'aborted', message: 'The client went away before sending the whole request' });
    const tooSlow: BodyResult = { ok: false, reason: 'too_slow', message: `The request body took longer than ${limits.timeoutMs / 1000} s to arrive` };
    // Timers run before pending reads: after a long busy spell (a big export) the body may be waiting
    // in the socket already. setImmediate lets those reads land first, so only a truly slow body fails.
    const timer = setTimeout(() => setImmediate(() => finish(tooSlow)), limits.timeoutMs);
    req.on('data', onData).on('end', onEnd).on('error', onGone).on('close', onGone);
  });
}

function parseJson(text: string): BodyResult {
  // Calls without arguments may send nothing at all.
  if (text.trim() === '') return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: 'malformed', message: `The request body is not valid JSON (${detail})` };
  }
}

function describeSize(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1 ? `${Number(mb.toFixed(1))} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
