// How much of the machine one client of the web host may hold. The host serves one person's browser
// over loopback, so honest traffic sits far below every limit; they bound what a stuck or hostile
// local program can pin down (sockets, memory, slots).
import { DEFAULT_BODY_TIMEOUT_MS, DEFAULT_MAX_BODY_BYTES } from './body';

export interface ConnectionLimits {
  /** A contract call's JSON body. */
  maxBodyBytes: number;
  /** From the end of the headers to the end of the body. */
  bodyTimeoutMs: number;
  /** From the first byte of a request to the end of its headers (slowloris). */
  headersTimeoutMs: number;
  /** From the first byte to the end of the body, checked by Node itself as a last resort. */
  requestTimeoutMs: number;
  /** How often Node checks the two timeouts above. */
  timeoutCheckIntervalMs: number;
  /** Open sockets at once; further ones are closed as they arrive. A browser uses at most six per host. */
  maxConnections: number;
}

export const DEFAULT_LIMITS: Readonly<ConnectionLimits> = {
  maxBodyBytes: DEFAULT_MAX_BODY_BYTES,
  bodyTimeoutMs: DEFAULT_BODY_TIMEOUT_MS,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  timeoutCheckIntervalMs: 1_000,
  maxConnections: 64,
};
