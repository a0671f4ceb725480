// kill -9 during acknowledged writes: a child writes through the core and acknowledges each write once
// the core has returned; the parent kills it with SIGKILL at a random moment, then checks that the
// database is intact and holds every acknowledged write. Rounds accumulate in one data folder.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../src/core/index';
import { tempDir } from '../support/tempCore';
import { ATTACK_TIMEOUT_MS, KILL_ROUNDS } from './budget';

const repoRoot = path.resolve(import.meta.dirname, '../..');
// Bundled once with esbuild (tsx's compiler), so each round's child starts in a fraction of a second;
// under node_modules so the bundle's imports of packages resolve as they do from the sources.
const writer = path.join(repoRoot, 'node_modules', '.cache', 'chancery-attack', `durabilityWriter-${process.pid}.mjs`);
let dataDir: string;
let strategyId: string;

beforeAll(async () => {
  await build({
    entryPoints: [path.join(import.meta.dirname, 'durabilityWriter.ts')],
    outfile: writer,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
  dataDir = tempDir('chancery-durability-');
  const core = openCore({ dataDir, host: 'web' });
  strategyId = (await core.call('strategy.create', { title: 'Durability', year: 2031 })).id;
  core.close();
});

afterAll(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(writer, { force: true });
});

interface Acknowledged {
  objectives: Map<string, string>;
  /** The vision's sequence number in the last acknowledged update, or 0. */
  lastVision: number;
  lines: number;
}

/** Runs the writer until `acksBeforeKill` writes are acknowledged plus a random few milliseconds, then SIGKILLs it. */
function writeUntilKilled(round: number, acksBeforeKill: number, extraMs: number): Promise<Acknowledged> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dataDir, strategyId, String(round)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acknowledged: Acknowledged = { objectives: new Map(), lastVision: 0, lines: 0 };
    let pending = '';
    let stderr = '';
    let killScheduled = false;
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const [kind, first, ...rest] = line.split(' ');
        if (kind === 'objective') acknowledged.objectives.set(first!, rest.join(' '));
        if (kind === 'vision') acknowledged.lastVision = Number(rest[0]);
        if (kind === 'objective' || kind === 'vision') acknowledged.lines += 1;
      }
      if (!killScheduled && acknowledged.lines >= acksBeforeKill) {
        killScheduled = true;
        setTimeout(() => child.kill('SIGKILL'), extraMs);
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(acknowledged);
      else reject(new Error(`the writer stopped by itself (code ${code}): ${stderr}`));
    });
  });
}

function checkDatabase(round: number, acknowledged: Acknowledged): void {
  const db = new Database(path.join(dataDir, 'chancery.sqlite'), { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true }), `round ${round}`).toBe('ok');
    expect(db.pragma('foreign_key_check'), `round ${round}`).toEqual([]);
    const titles = new Map(
      (db.prepare('SELECT id, title FROM objectives WHERE strategy_id = ?').all(strategyId) as Array<{ id: string; title: string }>).map((row) => [row.id, row.title]),
    );
    for (const [id, title] of acknowledged.objectives) expect(titles.get(id), `round ${round}: acknowledged objective ${id} lost`).toBe(title);
    const vision = (db.prepare('SELECT vision FROM strategies WHERE id = ?').get(strategyId) as { vision: string }).vision;
    // The kill may land after a commit and before its acknowledgement, so a later vision is fine too.
    const match = /^round (\d+) vision (\d+)$/.exec(vision);
    if (acknowledged.lastVision > 0) {
      expect(match, `round ${round}: vision is "${vision}"`).not.toBeNull();
      expect(Number(match![1])).toBe(round);
      expect(Number(match![2])).toBeGreaterThanOrEqual(acknowledged.lastVision);
    }
  } finally {
    db.close();
  }
}

describe('durability under kill -9', () => {
  it(
    `keeps every acknowledged write and an intact database over ${KILL_ROUNDS} rounds of SIGKILL`,
    async () => {
      const allObjectives = new Map<string, string>();
      for (let round = 1; round <= KILL_ROUNDS; round += 1) {
        const acknowledged = await writeUntilKilled(round, 1 + Math.floor(Math.random() * 40), Math.floor(Math.random() * 150));
        expect(acknowledged.lines).toBeGreaterThan(0);
        for (const [id, title] of acknowledged.objectives) allObjectives.set(id, title);
        checkDatabase(round, { ...acknowledged, objectives: allObjectives });
        // The folder opens again in the app after the crash, with the writes in it.
        const core = openCore({ dataDir, host: 'web' });
        core.close();
      }
    },
    ATTACK_TIMEOUT_MS,
  );
});
