// The web host over real HTTP, with a real core on a SQLite file in a temporary folder.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../src/core/index';
import type { CallResult } from '../../src/shared/contract';
import { CALL_PATH, EVENTS_PATH, TOKEN_HEADER } from '../../src/shared/contract/wire';
import { startWebHost, type WebHost } from '../../src/web/server';

const SECRET = 'top-secret-outside-the-ui';
const MAX_BODY = 64 * 1024;

let root: string;
let core: Core;
let host: WebHost;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-web-'));
  const staticDir = path.join(root, 'ui');
  fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Chancery</title><script src="/assets/app.js"></script>');
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log("ui")');
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.css'), 'body{}');
  // A file beside the UI folder that no request may reach.
  fs.writeFileSync(path.join(root, 'secret.txt'), SECRET);
  // Symlinks placed in the UI folder: two lead out of it, one stays inside.
  fs.symlinkSync(path.join(root, 'secret.txt'), path.join(staticDir, 'assets', 'leak.txt'));
  fs.symlinkSync(root, path.join(staticDir, 'outside'));
  fs.symlinkSync(path.join(staticDir, 'assets', 'app.js'), path.join(staticDir, 'assets', 'alias.js'));
  core = openCore({ dataDir: path.join(root, 'data'), host: 'web' });
  host = await startWebHost({ core, staticDir, maxBodyBytes: MAX_BODY, onUnexpectedError: () => {} });
});

afterAll(async () => {
  await host?.close();
  core?.close();
  fs.rmSync(root, { recursive: true, force: true });
});

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** Raw node:http, so paths reach the server exactly as written (fetch would normalise `..`). */
function request(rawPath: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: host.port, path: rawPath, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function callRaw(method: string, body: string | Buffer, headers: Record<string, string> = {}): Promise<Reply> {
  return request(`${CALL_PATH}/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token, ...headers },
    body,
  });
}

async function call(method: string, input: unknown): Promise<{ status: number; result: CallResult }> {
  const reply = await callRaw(method, JSON.stringify(input));
  return { status: reply.status, result: JSON.parse(reply.body) as CallResult };
}

function errorOf(reply: Reply) {
  const result = JSON.parse(reply.body) as CallResult;
  if (result.ok) throw new Error(`expected an error, got ${reply.body}`);
  return result.error;
}

describe('web host: address and token', () => {
  it('listens on 127.0.0.1 and prints a URL carrying a long random token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('refuses calls without the token', async () => {
    const reply = await request(`${CALL_PATH}/strategy.list`, { method: 'POST', body: '{}' });
    expect(reply.status).toBe(401);
    expect(errorOf(reply).code).toBe('unauthorized');
  });

  it('refuses calls with a wrong token', async () => {
    const reply = await callRaw('strategy.list', '{}', { [TOKEN_HEADER]: `${host.token}x` });
    expect(reply.status).toBe(401);
  });
});

describe('web host: Host and Origin guards', () => {
  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const reply = await callRaw('strategy.list', '{}', { host: `evil.example:${host.port}` });
    expect(reply.status).toBe(403);
    const page = await request('/', { headers: { host: 'evil.example' } });
    expect(page.status).toBe(403);
  });

  it('refuses our host name on another port', async () => {
    const reply = await request('/', { headers: { host: `127.0.0.1:${host.port + 1}` } });
    expect(reply.status).toBe(403);
  });

  it('accepts localhost as well as 127.0.0.1', async () => {
    const reply = await callRaw('strategy.list', '{}', { host: `localhost:${host.port}` });
    expect(reply.status).toBe(200);
  });

  it('refuses a foreign Origin even with the right token', async () => {
    const reply = await callRaw('strategy.list', '{}', { origin: 'http://evil.example' });
    expect(reply.status).toBe(403);
    const opaque = await callRaw('strategy.list', '{}', { origin: 'null' });
    expect(opaque.status).toBe(403);
  });

  it('accepts our own Origin', async () => {
    const reply = await callRaw('strategy.list', '{}', { origin: `http://127.0.0.1:${host.port}` });
    expect(reply.status).toBe(200);
  });
});

describe('web host: calls', () => {
  it('answers malformed JSON with 400 and a clear message', async () => {
    const reply = await callRaw('strategy.list', '{"includeArchived": tru');
    expect(reply.status).toBe(400);
    const error = errorOf(reply);
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/not valid JSON/);
  });

  it('answers an unknown method with 400 unknown_method', async () => {
    const { status, result } = await call('strategy.explode', {});
    expect(status).toBe(400);
    expect(!result.ok && result.error.code).toBe('unknown_method');
  });

  it('answers invalid input with 400 and the issues', async () => {
    const { status, result } = await call('strategy.create', { title: '', year: 'next' });
    expect(status).toBe(400);
    if (result.ok) throw new Error('expected invalid_input');
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.issues?.map((issue) => issue.path)).toEqual(expect.arrayContaining(['title', 'year']));
  });

  it('answers a missing record with 404 not_found', async () => {
    const { status, result } = await call('strategy.get', { id: 'no-such-strategy' });
    expect(status).toBe(404);
    expect(!result.ok && result.error.code).toBe('not_found');
  });

  it('runs valid calls against the core', async () => {
    const created = await call('strategy.create', { title: 'Public diplomacy 2031', year: 2031 });
    expect(created.status).toBe(200);
    if (!created.result.ok) throw new Error(created.result.error.message);
    const strategy = created.result.value as { id: string; title: string };
    expect(strategy.title).toBe('Public diplomacy 2031');

    const listed = await call('strategy.list', {});
    expect(listed.status).toBe(200);
    if (!listed.result.ok) throw new Error(listed.result.error.message);
    expect((listed.result.value as Array<{ id: string }>).map((s) => s.id)).toContain(strategy.id);
  });

  it('treats an empty body as no arguments', async () => {
    const reply = await callRaw('history.state', '');
    expect(reply.status).toBe(200);
  });

  it('refuses an oversized body with 413, whether its length is declared or streamed', async () => {
    const oversized = Buffer.alloc(MAX_BODY + 1, 0x20);
    const declared = await callRaw('strategy.list', oversized, { 'content-length': String(oversized.length) });
    expect(declared.status).toBe(413);
    expect(errorOf(declared).message).toMatch(/larger than/);
    const streamed = await callRaw('strategy.list', oversized, { 'transfer-encoding': 'chunked' });
    expect(streamed.status).toBe(413);
  });

  it('accepts only POST for calls', async () => {
    const reply = await request(`${CALL_PATH}/strategy.list`, { headers: { [TOKEN_HEADER]: host.token } });
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe('POST');
  });

  it('answers unknown API paths with 404 rather than the UI', async () => {
    const reply = await request('/api/nothing-here');
    expect(reply.status).toBe(404);
    expect(reply.headers['content-type']).toMatch(/application\/json/);
  });
});

describe('web host: server-sent events', () => {
  it('refuses the event stream without the token', async () => {
    const reply = await request(`${EVENTS_PATH}?token=wrong`);
    expect(reply.status).toBe(401);
  });

  it('pushes a changed event after a write', async () => {
    const received = new Promise<string>((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port: host.port, path: `${EVENTS_PATH}?token=${host.token}` }, (res) => {
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
          // Write once the stream is open, so the event cannot be missed.
          if (text.includes(': connected')) void call('strategy.create', { title: 'Event source', year: 2030 });
          const frame = text.split('\n\n').find((block) => block.startsWith('event: changed'));
          if (frame) {
            req.destroy();
            resolve(frame);
          }
        });
      });
      req.on('error', reject);
    });
    const frame = await received;
    const data = JSON.parse(frame.split('\n').find((line) => line.startsWith('data: '))!.slice('data: '.length)) as {
      tables: string[];
      origin: string;
    };
    expect(data.origin).toBe('local');
    expect(data.tables.length).toBeGreaterThan(0);
  });
});

describe('web host: lifetime', () => {
  it('sends keep-alive comments and closes promptly with an event stream still open', async () => {
    const second = await startWebHost({ core, staticDir: path.join(root, 'ui'), keepAliveMs: 20 });
    const sawKeepAlive = new Promise<void>((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port: second.port, path: `${EVENTS_PATH}?token=${second.token}` }, (res) => {
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          if (chunk.includes(': keep-alive')) resolve();
        });
        res.on('error', () => {});
      });
      req.on('error', reject);
    });
    await sawKeepAlive;
    const started = Date.now();
    await second.close();
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('web host: static files', () => {
  it('serves index.html with a strict CSP and nosniff', async () => {
    const reply = await request('/');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    const csp = reply.headers['content-security-policy'];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.body).toContain('<title>Chancery</title>');
  });

  it('needs no token for the UI itself, even with a token in the query', async () => {
    const reply = await request(`/?token=${host.token}`);
    expect(reply.status).toBe(200);
  });

  it('serves assets with their content types', async () => {
    const js = await request('/assets/app.js');
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const css = await request('/assets/app.css');
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('answers client-side routes with index.html and missing assets with 404', async () => {
    const route = await request('/strategies/abc/calendar');
    expect(route.status).toBe(200);
    expect(route.body).toContain('<title>Chancery</title>');
    const missing = await request('/assets/missing.js');
    expect(missing.status).toBe(404);
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/assets/%2e%2e%5c%2e%2e%5csecret.txt',
    '/%252e%252e/secret.txt',
    '/assets/%00.js',
  ])('refuses the traversal attempt %s', async (attempt) => {
    const reply = await request(attempt);
    expect([403, 404]).toContain(reply.status);
    expect(reply.body).not.toContain(SECRET);
  });

  it.each(['/assets/leak.txt', '/outside/secret.txt', '/outside/ui/../secret.txt', '/outside'])(
    'does not follow a symlink out of the UI folder: %s',
    async (attempt) => {
      const reply = await request(attempt);
      expect(reply.body).not.toContain(SECRET);
      if (attempt.endsWith('.txt')) expect([403, 404]).toContain(reply.status);
    },
  );

  it('still serves a symlink that stays inside the UI folder', async () => {
    const reply = await request('/assets/alias.js');
    expect(reply.status).toBe(200);
    expect(reply.body).toBe('console.log("ui")');
  });

  it('refuses a plain ../ outright rather than serving the UI', async () => {
    expect((await request('/../secret.txt')).status).toBe(403);
    expect((await request('/%2e%2e/secret.txt')).status).toBe(403);
  });
});
