// Convergence, proven on random histories: several replicas edit concurrently, exchange changes
// partially, in any order and more than once; once all have everything, all hold the same data.
import path from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Change } from '../../src/core/sync/changes';
import { tempCore, type TempCore } from '../support/tempCore';

const SYNCED = ['strategies', 'objectives', 'kpis', 'priorities', 'platforms'];
const REPLICAS = 3;

type Op =
  | { kind: 'createStrategy'; replica: number; title: string }
  | { kind: 'editStrategy'; replica: number; pick: number; title: string; year: number }
  | { kind: 'createObjective'; replica: number; pick: number; title: string }
  | { kind: 'editObjective'; replica: number; pick: number; title: string }
  | { kind: 'removeObjective'; replica: number; pick: number }
  | { kind: 'undo'; replica: number }
  | { kind: 'sync'; from: number; to: number; seed: number };

const replica = fc.integer({ min: 0, max: REPLICAS - 1 });
const title = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim().length > 0);
const pick = fc.nat(50);
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('createStrategy' as const), replica, title }),
  fc.record({ kind: fc.constant('editStrategy' as const), replica, pick, title, year: fc.integer({ min: 2020, max: 2040 }) }),
  fc.record({ kind: fc.constant('createObjective' as const), replica, pick, title }),
  fc.record({ kind: fc.constant('editObjective' as const), replica, pick, title }),
  fc.record({ kind: fc.constant('removeObjective' as const), replica, pick }),
  fc.record({ kind: fc.constant('undo' as const), replica }),
  fc.record({ kind: fc.constant('sync' as const), from: replica, to: replica, seed: fc.nat() }),
);

/** Deterministic shuffle with duplicates, to model a flaky transport. */
function scramble(changes: Change[], seed: number): Change[] {
  const out = [...changes, ...changes.filter((_, i) => (i + seed) % 3 === 0)];
  let s = seed || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function snapshot(handle: TempCore): string {
  const db = new Database(path.join(handle.dataDir, 'chancery.sqlite'), { readonly: true });
  const state = Object.fromEntries(SYNCED.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY id`).all()]));
  db.close();
  return JSON.stringify(state);
}

async function run(handles: TempCore[], operation: Op): Promise<void> {
  if (operation.kind === 'sync') {
    if (operation.from === operation.to) return;
    await handles[operation.to]!.core.sync.apply(scramble(handles[operation.from]!.core.sync.changesSince(), operation.seed));
    return;
  }
  const { core } = handles[operation.replica]!;
  const strategies = await core.call('strategy.list', { includeArchived: true });
  const strategy = strategies.length ? strategies[('pick' in operation ? operation.pick : 0) % strategies.length] : undefined;
  switch (operation.kind) {
    case 'createStrategy':
      await core.call('strategy.create', { title: operation.title, year: 2027 });
      return;
    case 'editStrategy':
      if (strategy) await core.call('strategy.update', { id: strategy.id, patch: { title: operation.title, year: operation.year } });
      return;
    case 'createObjective':
      if (strategy) await core.call('objective.create', { strategyId: strategy.id, title: operation.title });
      return;
    case 'undo':
      await core.call('history.undo', {});
      return;
  }
  if (!strategy) return;
  const objectives = (await core.call('strategy.get', { id: strategy.id })).objectives;
  const objective = objectives[operation.pick % Math.max(1, objectives.length)];
  if (!objective) return;
  if (operation.kind === 'editObjective') await core.call('objective.update', { id: objective.id, patch: { title: operation.title } });
  else await core.call('objective.remove', { id: objective.id });
}

describe('sync convergence', () => {
  it('converges for any history of concurrent edits and partial, repeated, shuffled exchanges', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 30 }), fc.array(fc.integer({ min: -90_000, max: 90_000 }), { minLength: REPLICAS, maxLength: REPLICAS }), async (ops, skews) => {
        let tick = Date.UTC(2027, 0, 1);
        const handles = skews.map((skew) => tempCore({ now: () => tick + skew }));
        try {
          for (const operation of ops) {
            tick += 7;
            await run(handles, operation);
          }
          // Everyone gets everything, in shuffled order, twice over.
          for (let round = 0; round < 2; round++) {
            for (const to of handles) for (const from of handles) if (from !== to) await to.core.sync.apply(scramble(from.core.sync.changesSince(), round + 1));
          }
          const states = handles.map(snapshot);
          for (const state of states) expect(state).toBe(states[0]);

          // Idempotent: replaying everything changes nothing.
          const all = handles.flatMap((h) => h.core.sync.changesSince());
          expect((await handles[0]!.core.sync.apply(all)).applied).toBe(0);
          expect(snapshot(handles[0]!)).toBe(states[0]);

          // Order-independent: a new replica given all changes in reverse order ends the same.
          const fresh = tempCore({ now: () => tick });
          try {
            await fresh.core.sync.apply([...all].reverse());
            expect(snapshot(fresh)).toBe(states[0]);
          } finally {
            fresh.cleanup();
          }
        } finally {
          handles.forEach((h) => h.cleanup());
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('lets the later edit of a field win, whatever order the changes arrive in', async () => {
    let tick = Date.UTC(2027, 0, 1);
    const a = tempCore({ now: () => tick });
    const b = tempCore({ now: () => tick });
    try {
      const strategy = await a.core.call('strategy.create', { title: 'Plan', year: 2027 });
      await b.core.sync.apply(a.core.sync.changesSince());
      tick += 1000;
      await a.core.call('strategy.update', { id: strategy.id, patch: { title: 'Title from A' } });
      tick += 1000;
      await b.core.call('strategy.update', { id: strategy.id, patch: { title: 'Title from B' } });
      await a.core.call('strategy.update', { id: strategy.id, patch: { year: 2030 } });
      await b.core.sync.apply(a.core.sync.changesSince());
      await a.core.sync.apply(b.core.sync.changesSince());
      for (const side of [a, b]) {
        // B's title is newer; A's year is untouched by B: merging is per field.
        expect(await side.core.call('strategy.get', { id: strategy.id })).toMatchObject({ title: 'Title from B', year: 2030 });
      }
    } finally {
      a.cleanup();
      b.cleanup();
    }
  });
});
