// GET /api/events: the core's pushed events as server-sent events, one stream per open page.
import type { ServerResponse } from 'node:http';
import type { Core } from '../core/core';
import type { EventName } from '../shared/contract';
import { EVENT_NAMES } from '../shared/contract/eventNames';
import { BASE_HEADERS } from '../hosting/securityHeaders';


/** Proxies and idle timers drop silent connections; a comment line every so often keeps them open. */
export const DEFAULT_KEEP_ALIVE_MS = 15_000;
const RECONNECT_MS = 2_000;

export function formatEvent(name: EventName, payload: unknown): string {
  // JSON.stringify never emits raw newlines, so one data line is always enough.
  return `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;
}

export class EventStreams {
  private readonly clients = new Set<ServerResponse>();
  private readonly unsubscribes: Array<() => void>;
  private readonly keepAlive: NodeJS.Timeout;

  constructor(core: Core, keepAliveMs = DEFAULT_KEEP_ALIVE_MS) {
    this.unsubscribes = EVENT_NAMES.map((name) => core.on(name, (payload) => this.broadcast(formatEvent(name, payload))));
    this.keepAlive = setInterval(() => this.broadcast(': keep-alive\n\n'), keepAliveMs);
    this.keepAlive.unref();
  }

  get size(): number {
    return this.clients.size;
  }

  open(res: ServerResponse): void {
    res.writeHead(200, {
      ...BASE_HEADERS,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    res.write(`retry: ${RECONNECT_MS}\n: connected\n\n`);
    this.clients.add(res);
    res.on('close', () => this.clients.delete(res));
  }

  close(): void {
    clearInterval(this.keepAlive);
    for (const unsubscribe of this.unsubscribes) unsubscribe();
    for (const res of this.clients) res.end();
    this.clients.clear();
  }

  private broadcast(frame: string): void {
    for (const res of this.clients) res.write(frame);
  }
}
