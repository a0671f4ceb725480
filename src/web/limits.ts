// How much of the machine one client of the web host may hold. The host serves one person's browser
// over loopback, so honest traffic sits far below every limit; they bound what a stuck or hostile
// local program can pin down (sockets, memory, slots).
import { DEFAULT_BODY_TIMEOUT_MS, DEFAULT_MAX_BODY_BYTES } from './body';

export interface ConnectionLimits {
  /** A contract call's JSON body. */
  maxBodyBytes: number;
  /** From the end of the headers to the end of the body. */
  bodyTimeoutMs: number;
  /**
   * From the opening of a connection (or the first byte of a later request on it) to the end of the
   * headers (slowloris). Browsers open sockets ahead of need and leave them silent: Chromium keeps an
   * unused one for up to 10 s, so anything near that closes sockets the page is about to use and the
   * page reads a connection reset.
   */
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
  headersTimeoutMs: 30_000,
  requestTimeoutMs: 60_000,
  timeoutCheckIntervalMs: 1_000,
  maxConnections: 64,
};
