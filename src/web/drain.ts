// Refusing a request whose body we will not read, without resetting the connection under it.
// Closing a socket while the client is still sending makes its kernel receive a reset, which throws
// away our answer before the client reads it; so the answer goes out first, the rest of the upload is
// read and discarded, and the connection closes once the client has finished.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SerializedError } from '../shared/errors';
import { writeJsonHead } from './respond';

/** Past this much discarded upload (or the body deadline) the client is not listening; close. */
export const DRAIN_LIMIT_BYTES = 64 * 1024 * 1024;

export interface DrainLimits {
  maxBytes: number;
  timeoutMs: number;
}

export function refuseAndDrain(req: IncomingMessage, res: ServerResponse, error: SerializedError, status: number, limits: DrainLimits): void {
  res.write(writeJsonHead(res, status, { ok: false, error }, { Connection: 'close' }));
  if (req.complete) {
    res.end();
    return;
  }
  let drained = 0;
  let stopped = false;
  const stop = (graceful: boolean) => {
    if (stopped) return;
    stopped = true;
    clearTimeout(timer);
    req.off('data', onData).off('end', onEnd).off('close', onGone);
    if (graceful) res.end();
    else res.destroy();
  };
  const onData = (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > limits.maxBytes) stop(false);
  };
  const onEnd = () => stop(true);
  const onGone = () => stop(false);
  const timer = setTimeout(() => stop(false), limits.timeoutMs);
  req.on('data', onData).on('end', onEnd).on('close', onGone);
  req.resume();
}
