// Every contract call, posted to the real web host with malformed inputs derived from its own schema.
// Whatever arrives, the host answers with a 4xx the user can read, never a 5xx, never a stack trace.
// Bounded in `npm test`; `npm run attack` runs the full campaign (see budget.ts).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type CallResult, type Method } from '../../src/shared/contract';
import { CALL_PATH, TOKEN_HEADER } from '../../src/shared/contract/wire';
import { startWebHost, type WebHost } from '../../src/web/server';
import { tempCore, tempDir, type TempCore } from '../support/tempCore';
import { ATTACK_TIMEOUT_MS, FULL_ATTACK, FUZZ_RUNS_PER_METHOD } from './budget';
import { malformedInput, schemaOf, type FuzzContext } from './malformedInputs';

let workspace: TempCore;
let uiDir: string;
let host: WebHost;
const unexpected: string[] = [];
/** Ids by table, its name without underscores ("contentitems"). */
let idsByTable: Record<string, string[]> = {};

beforeAll(async () => {
  // The fuzz is about inputs, not Chromium: a printer that returns at once keeps document.exportPdf
  // (which hosts always give a real printer) in the run without a browser per call.
  workspace = tempCore({ printPdf: async () => new TextEncoder().encode('%PDF-1.7\n%%EOF\n') });
  await workspace.core.call('strategy.createSample', { audiences: 4, items: 12 });
  idsByTable = existingIds(path.join(workspace.dataDir, 'chancery.sqlite'));
  uiDir = tempDir('chancery-fuzz-ui-');
  fs.writeFileSync(path.join(uiDir, 'index.html'), '<!doctype html><title>Chancery</title>');
  host = await startWebHost({
    core: workspace.core,
    staticDir: uiDir,
    onUnexpectedError: (error, where) => unexpected.push(`${where}: ${error instanceof Error ? error.stack : String(error)}`),
    onNotice: () => {},
  });
});

afterAll(async () => {
  await host?.close();
  workspace?.cleanup();
  fs.rmSync(uiDir, { recursive: true, force: true });
});

/** A sample of every kind of row, so plausible inputs point at things that exist. */
function existingIds(file: string): Record<string, string[]> {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as Array<{ name: string }>;
    const ids: Record<string, string[]> = {};
    for (const { name } of tables) {
      const columns = db.prepare(`PRAGMA table_info("${name}")`).all() as Array<{ name: string }>;
      if (!columns.some((column) => column.name === 'id')) continue;
      const rows = db.prepare(`SELECT id FROM "${name}" WHERE typeof(id) = 'text' LIMIT 8`).all() as Array<{ id: string }>;
      ids[name.replaceAll('_', '').toLowerCase()] = rows.map((row) => row.id);
    }
    return ids;
  } finally {
    db.close();
  }
}

interface Reply {
  status: number;
  body: string;
}

function post(method: string, body: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: 'POST',
        path: `${CALL_PATH}/${encodeURIComponent(method)}`,
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** `strategyId` names a strategy; a bare `id` names a row of the call's own kind (`audience.update`). */
function contextFor(method: Method): FuzzContext {
  const kind = method.split('.')[0]!;
  return {
    idsFor(key) {
      const name = (key === 'id' ? kind : key.replace(/Ids?$/, '')).toLowerCase();
      const matching = Object.entries(idsByTable).filter(([table]) => table.startsWith(name));
      return (matching.length > 0 ? matching : Object.entries(idsByTable)).flatMap(([, ids]) => ids);
    },
  };
}

/** Signs that an answer leaks the host's insides. */
const LEAKS = [/\n\s+at\s/, /node:internal/, /\.(?:ts|js|mjs|cjs):\d+/, /node_modules/, /SqliteError|SQLITE_/, /TypeError|ReferenceError|RangeError/];

function expectClean(method: string, input: string, reply: Reply): void {
  const where = `${method} ${input.slice(0, 300)}`;
  expect(reply.status, `${where} answered ${reply.status}: ${reply.body.slice(0, 500)}`).toBeLessThan(500);
  for (const leak of LEAKS) expect(reply.body, `${where} leaked ${leak}`).not.toMatch(leak);
  const result = JSON.parse(reply.body) as CallResult;
  if (!result.ok) expect(result.error.message.trim(), where).not.toBe('');
}

/** Inputs whose honest cost is large (a 100,000-post sample) are not what this test is about. */
function tooCostly(method: Method, input: unknown): boolean {
  if (method !== 'strategy.createSample' || input === null || typeof input !== 'object') return false;
  const sizes = input as Record<string, unknown>;
  const size = (name: string, fallback: number) => (typeof sizes[name] === 'number' ? Math.abs(sizes[name]) : fallback);
  return size('scale', 1) * (size('audiences', 20) + size('items', 50)) > 200;
}

const methods = Object.keys(contract) as Method[];

describe('contract fuzz over the web host', () => {
  it('derives inputs for every call in the contract', () => {
    expect(methods.length).toBeGreaterThan(50);
    for (const method of methods) expect(() => schemaOf(contract[method].input), method).not.toThrow();
  });

  it(
    `answers ${FUZZ_RUNS_PER_METHOD} malformed inputs per call without a 5xx or a stack`,
    async () => {
      for (const method of methods) {
        const inputs = malformedInput(schemaOf(contract[method].input), contextFor(method)).filter((input) => !tooCostly(method, input));
        await fc.assert(
          fc.asyncProperty(inputs, async (input) => {
            const body = JSON.stringify(input) ?? '';
            expectClean(method, body, await post(method, body));
          }),
          { numRuns: FUZZ_RUNS_PER_METHOD, seed: FULL_ATTACK ? undefined : seedFor(method) },
        );
      }
      expect(unexpected).toEqual([]);
    },
    ATTACK_TIMEOUT_MS,
  );

  it('answers bodies that are not JSON, or not an object, for every call', async () => {
    const bodies = ['', 'null', '[]', '"text"', '42', '{', '{"a":', '\u0000', '[[[[[[[[[[[[', `${'['.repeat(5000)}${']'.repeat(5000)}`, '{"__proto__":{"x":1}}'];
    for (const method of methods) {
      for (const body of bodies) expectClean(method, body, await post(method, body));
    }
    expect(unexpected).toEqual([]);
  });

  it('answers method names that are not in the contract', async () => {
    for (const method of ['', 'strategy', 'strategy.', '__proto__', 'constructor', 'toString', 'strategy.list/../x', '%E0%A4%A', 'a'.repeat(5000)]) {
      expectClean(method, '{}', await post(method, '{}'));
    }
  });
});

/** Fixed per call in CI, so a failure reproduces; the full run explores new seeds each time. */
function seedFor(method: string): number {
  let hash = 0;
  for (const char of method) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return hash;
}
