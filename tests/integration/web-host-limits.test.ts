// The web host under clients that misbehave at the socket level: uploads past the limit, uploads cut
// off, bodies and headers that trickle in, more sockets than anyone honest opens. Real sockets, real host.
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../src/core/index';
import { CALL_PATH, TOKEN_HEADER } from '../../src/shared/contract/wire';
import { DEFAULT_LIMITS } from '../../src/web/limits';
import { startWebHost, type WebHost, type WebHostOptions } from '../../src/web/server';

const MAX_BODY = 64 * 1024;

let root: string;
let staticDir: string;
let core: Core;
const hosts: WebHost[] = [];

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-web-limits-'));
  staticDir = path.join(root, 'ui');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Chancery</title>');
  core = openCore({ dataDir: path.join(root, 'data'), host: 'web' });
});

afterAll(async () => {
  await Promise.all(hosts.map((host) => host.close()));
  core?.close();
  fs.rmSync(root, { recursive: true, force: true });
});

interface Logs {
  notices: string[];
  unexpected: unknown[];
}

async function hostWith(options: Partial<WebHostOptions> = {}): Promise<{ host: WebHost; logs: Logs }> {
  const logs: Logs = { notices: [], unexpected: [] };
  const host = await startWebHost({
    core,
    staticDir,
    maxBodyBytes: MAX_BODY,
    onNotice: (line) => logs.notices.push(line),
    onUnexpectedError: (error) => logs.unexpected.push(error),
    ...options,
  });
  hosts.push(host);
  return { host, logs };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await sleep(20);
}

interface RawReply {
  text: string;
  closed: boolean;
  elapsedMs: number;
}

/** Writes `text` on a fresh socket, then waits for the server to close it (or `waitMs` to pass). */
function raw(port: number, text: string, waitMs: number): Promise<RawReply> {
  return new Promise((resolve) => {
    const started = Date.now();
    let received = '';
    const socket = net.connect(port, '127.0.0.1', () => socket.write(text));
    const done = (closed: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ text: received, closed, elapsedMs: Date.now() - started });
    };
    const timer = setTimeout(() => done(false), waitMs);
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('close', () => done(true));
    socket.on('error', () => {});
  });
}

function callHead(host: WebHost, method: string, headers: Record<string, string>): string {
  const lines = [`POST ${CALL_PATH}/${method} HTTP/1.1`, `Host: 127.0.0.1:${host.port}`, `${TOKEN_HEADER}: ${host.token}`, 'Content-Type: application/json'];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  return `${lines.join('\r\n')}\r\n\r\n`;
}

/** Uploads `chunks` × 64 KB a little at a time, as a browser on a busy machine would. */
function slowUpload(host: WebHost, chunks: number, declareLength: boolean): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const headers: Record<string, string> = { 'content-type': 'application/json', [TOKEN_HEADER]: host.token };
    if (declareLength) headers['content-length'] = String(chunk.length * chunks);
    const req = http.request({ host: '127.0.0.1', port: host.port, method: 'POST', path: `${CALL_PATH}/strategy.list`, headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (part: Buffer) => parts.push(part));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(parts).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    void (async () => {
      for (let sent = 0; sent < chunks; sent += 1) {
        if (req.destroyed) return;
        req.write(chunk);
        await sleep(2);
      }
      req.end();
    })();
  });
}

describe('web host: oversized uploads', () => {
  it('answers 413 to an upload that keeps streaming past the limit, every time, not a reset', async () => {
    const { host, logs } = await hostWith();
    for (let round = 0; round < 6; round += 1) {
      const reply = await slowUpload(host, 8 + round * 4, round % 2 === 0);
      expect(reply.status).toBe(413);
      expect(reply.body).toMatch(/larger than 64 KB/);
    }
    expect(logs.unexpected).toEqual([]);
  });

  it('logs one line, not a stack, when a client abandons its upload', async () => {
    const { host, logs } = await hostWith();
    const socket = net.connect(host.port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(callHead(host, 'strategy.create', { 'Content-Length': '50000' }));
    socket.write('{"title": "Cut off');
    await sleep(50);
    socket.destroy();
    await until(() => logs.notices.length > 0 || logs.unexpected.length > 0, 3000);
    expect(logs.unexpected).toEqual([]);
    expect(logs.notices).toHaveLength(1);
    expect(logs.notices[0]).toMatch(/^strategy\.create: The client went away/);
    expect(logs.notices[0]).not.toContain('\n');
  });
});

describe('web host: slow clients', () => {
  it('answers 408 and closes when a body trickles in past the deadline', async () => {
    const { host, logs } = await hostWith({ bodyTimeoutMs: 300 });
    const reply = await raw(host.port, `${callHead(host, 'strategy.list', { 'Content-Length': '40' })}{"incl`, 5000);
    expect(reply.text).toMatch(/^HTTP\/1\.1 408/);
    expect(reply.text).toMatch(/took longer than 0\.3 s/);
    expect(reply.closed).toBe(true);
    expect(reply.elapsedMs).toBeLessThan(3000);
    expect(logs.notices).toEqual([expect.stringMatching(/^strategy\.list: The request body took longer/)]);
  });

  it('closes a connection whose headers never finish', async () => {
    const { host } = await hostWith({ headersTimeoutMs: 300, requestTimeoutMs: 600, timeoutCheckIntervalMs: 100 });
    const reply = await raw(host.port, `GET / HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nX-Slow: `, 5000);
    expect(reply.closed).toBe(true);
    expect(reply.elapsedMs).toBeLessThan(3000);
  });

  it('closes a request whose body never finishes even when no handler is reading it', async () => {
    const { host } = await hostWith({ headersTimeoutMs: 300, requestTimeoutMs: 600, timeoutCheckIntervalMs: 100 });
    // A static GET with a body nobody reads: only Node's own request timeout can end it.
    const reply = await raw(host.port, `GET / HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nContent-Length: 100\r\n\r\nab`, 5000);
    expect(reply.closed).toBe(true);
    expect(reply.elapsedMs).toBeLessThan(3000);
  });
});

describe('web host: default limits', () => {
  it("leaves a browser's silent, pre-opened socket alone for longer than Chromium keeps one (10 s)", () => {
    // Node starts the headers clock when the socket opens; a shorter clock resets sockets the page is about to use.
    expect(DEFAULT_LIMITS.headersTimeoutMs).toBeGreaterThanOrEqual(20_000);
    expect(DEFAULT_LIMITS.requestTimeoutMs).toBeGreaterThanOrEqual(DEFAULT_LIMITS.headersTimeoutMs);
    expect(DEFAULT_LIMITS.bodyTimeoutMs).toBeLessThan(DEFAULT_LIMITS.requestTimeoutMs);
  });

  it('closes a silent socket once the headers clock runs out', async () => {
    const { host } = await hostWith({ headersTimeoutMs: 300, requestTimeoutMs: 600, timeoutCheckIntervalMs: 100 });
    const reply = await raw(host.port, '', 5000);
    expect(reply.closed).toBe(true);
  });
});

describe('web host: connection cap', () => {
  it('closes sockets beyond the cap at once and accepts again when one closes', async () => {
    const { host } = await hostWith({ maxConnections: 3 });
    const keepAliveGet = `GET / HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\n\r\n`;
    const held: net.Socket[] = [];
    for (let index = 0; index < 3; index += 1) {
      const socket = net.connect(host.port, '127.0.0.1');
      socket.on('error', () => {});
      const answered = new Promise<string>((resolve) => socket.once('data', (chunk: Buffer) => resolve(chunk.toString('utf8'))));
      socket.write(keepAliveGet);
      expect(await answered).toMatch(/^HTTP\/1\.1 200/);
      held.push(socket);
    }

    const refused = await raw(host.port, keepAliveGet, 3000);
    expect(refused.closed).toBe(true);
    expect(refused.text).toBe('');

    held.pop()!.destroy();
    await sleep(100);
    const accepted = await raw(host.port, keepAliveGet.replace('\r\n\r\n', '\r\nConnection: close\r\n\r\n'), 3000);
    expect(accepted.text).toMatch(/^HTTP\/1\.1 200/);
    for (const socket of held) socket.destroy();
  });
});

describe('web host: a busy moment is not a slow client', () => {
  it('reads a body that arrived while the host was busy past the deadline, instead of answering 408', async () => {
    const { host } = await hostWith({ bodyTimeoutMs: 200 });
    const socket = net.connect(host.port, '127.0.0.1');
    socket.on('error', () => {});
    await new Promise((resolve) => socket.once('connect', resolve));
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (received += chunk));
    const body = '{"includeArchived": true}';
    socket.write(callHead(host, 'strategy.list', { 'Content-Length': String(body.length) }));
    await sleep(50); // the host has read the headers and started its body clock
    socket.write(body);
    // The event loop is blocked (as by a long export) until after the deadline, with the body in the socket.
    const busyUntil = Date.now() + 400;
    while (Date.now() < busyUntil) {
      // busy
    }
    await until(() => received.includes('\r\n\r\n'), 3000);
    socket.destroy();
    expect(received).toMatch(/^HTTP\/1\.1 200/);
  });
});
