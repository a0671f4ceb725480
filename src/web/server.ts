// The web host: the contract over HTTP and server-sent events, bound to 127.0.0.1 only, for
// end-to-end tests and machines without an Electron runtime.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Core } from '../core/core';
import { CALL_PATH, EVENTS_PATH, TOKEN_HEADER, TOKEN_QUERY } from '../shared/contract/wire';
import { handleCall } from './api';
import { EventStreams } from './events';
import { hostAllowed, LOOPBACK_HOST, newToken, originAllowed, tokenMatches } from './guards';
import { DEFAULT_LIMITS, type ConnectionLimits } from './limits';
import { sendError } from './respond';
import { serveStatic } from './static';

export interface WebHostOptions extends Partial<ConnectionLimits> {
  core: Core;
  /** The built renderer, normally out/renderer. */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Fixed token for tests; a fresh random one otherwise. */
  token?: string;
  keepAliveMs?: number;
  /** Bugs: logged with their stack. */
  onUnexpectedError?: (error: unknown, context: string) => void;
  /** Expected trouble (a client that went away mid-upload): one line each. */
  onNotice?: (line: string) => void;
}

export interface WebHost {
  /** Open this to use the app: it carries the token the renderer needs for its calls. */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? newToken();
  const onUnexpectedError = options.onUnexpectedError ?? ((error, context) => console.error(`[chancery web] ${context}:`, error));
  const onNotice = options.onNotice ?? ((line) => console.warn(`[chancery web] ${line}`));
  const limits: ConnectionLimits = { ...DEFAULT_LIMITS, ...definedOnly(options) };
  const events = new EventStreams(options.core, options.keepAliveMs);
  let port = 0;

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!hostAllowed(req.headers.host, port)) {
      return sendError(res, { code: 'unauthorized', message: 'This host name is not allowed' }, 403);
    }
    if (!originAllowed(req.headers.origin, port)) {
      return sendError(res, { code: 'unauthorized', message: 'Requests from other sites are not allowed' }, 403);
    }
    const rawPath = (req.url ?? '').split(/[?#]/, 1)[0] ?? '';
    if (rawPath === EVENTS_PATH) {
      const query = new URL(req.url ?? '', `http://${LOOPBACK_HOST}`).searchParams;
      if (req.method !== 'GET') return sendError(res, { code: 'invalid_input', message: 'Use GET for events' }, 405, { Allow: 'GET' });
      if (!tokenMatches(query.get(TOKEN_QUERY) ?? undefined, token)) return unauthorized(res);
      return events.open(res);
    }
    if (rawPath.startsWith(`${CALL_PATH}/`)) {
      if (!tokenMatches(req.headers[TOKEN_HEADER], token)) return unauthorized(res);
      const method = safeDecode(rawPath.slice(CALL_PATH.length + 1));
      return handleCall(req, res, options.core, method, {
        body: { maxBytes: limits.maxBodyBytes, timeoutMs: limits.bodyTimeoutMs },
        onNotice,
        onUnexpectedError: (error, name) => onUnexpectedError(error, `call ${name}`),
      });
    }
    if (rawPath === '/api' || rawPath.startsWith('/api/')) {
      return sendError(res, { code: 'not_found', message: `No API at ${rawPath}` }, 404);
    }
    return serveStatic(req, res, options.staticDir, rawPath);
  };

  const answer = (req: IncomingMessage, res: ServerResponse): void => {
    route(req, res).catch((error: unknown) => {
      onUnexpectedError(error, `${req.method ?? '?'} ${req.url ?? ''}`);
      if (!res.headersSent) sendError(res, { code: 'internal', message: 'The web host failed to answer' }, 500);
      else res.destroy();
    });
  };
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      connectionsCheckingInterval: limits.timeoutCheckIntervalMs,
    },
    answer,
  );
  server.maxConnections = limits.maxConnections;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK_HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://${LOOPBACK_HOST}:${port}/?${TOKEN_QUERY}=${token}`,
    port,
    token,
    close: async () => {
      events.close();
      // Event streams never end on their own; without this close() would wait for every page to go.
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function unauthorized(res: ServerResponse): void {
  sendError(res, { code: 'unauthorized', message: 'Missing or wrong token; open the address Chancery printed at start-up' });
}

/** The limits a caller set, without the undefined ones that would erase a default. */
function definedOnly(options: Partial<ConnectionLimits>): Partial<ConnectionLimits> {
  const keys = Object.keys(DEFAULT_LIMITS) as Array<keyof ConnectionLimits>;
  return Object.fromEntries(keys.filter((key) => options[key] !== undefined).map((key) => [key, options[key]]));
}

/** A method name that does not decode cannot be one of ours; the core answers unknown_method. */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
