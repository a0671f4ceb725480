// Convergence of the audience map: several laptops drag the same cards, rename, remove and undo
// concurrently and exchange changes partially, shuffled and repeated. Once all have everything,
// all hold the same rows and the same search index, and every card sits where one of the drags
// (or an undo) put it: a drag is one field, so two concurrent drags never blend into a third spot.
import path from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Change } from '../../src/core/sync/changes';
import { ChanceryError } from '../../src/shared/errors';
import { tempCore, type TempCore } from '../support/tempCore';

const TABLES = ['audiences', 'engagements', 'relationships', 'audience_messages', 'message_versions'];
const REPLICAS = 3;
const AUDIENCES = 4;

type Op =
  | { kind: 'place'; replica: number; pick: number; influence: number; interest: number }
  | { kind: 'rename'; replica: number; pick: number; name: string }
  | { kind: 'arrange'; replica: number; pick: number; x: number; y: number }
  | { kind: 'log'; replica: number; pick: number; day: number }
  | { kind: 'remove'; replica: number; pick: number }
  | { kind: 'undo' | 'redo'; replica: number }
  | { kind: 'sync'; from: number; to: number; seed: number };

const replica = fc.integer({ min: 0, max: REPLICAS - 1 });
const pick = fc.nat(AUDIENCES - 1);
const score = fc.integer({ min: 1, max: 5 });
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('place' as const), replica, pick, influence: score, interest: score }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('rename' as const), replica, pick, name: fc.constantFrom('Students', 'Press', 'Ministry', 'Diaspora', 'NGOs') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('arrange' as const), replica, pick, x: fc.integer({ min: -500, max: 500 }), y: fc.integer({ min: -500, max: 500 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('log' as const), replica, pick, day: fc.integer({ min: 1, max: 28 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), replica, pick }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom('undo' as const, 'redo' as const), replica }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('sync' as const), from: replica, to: replica, seed: fc.nat() }) },
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

function snapshot(handle: TempCore): { rows: string; index: string; positions: Map<string, string> } {
  const db = new Database(path.join(handle.dataDir, 'chancery.sqlite'), { readonly: true });
  const rows = JSON.stringify(Object.fromEntries(TABLES.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY id`).all()])));
  // The index is local and derived; its rowids differ per laptop, its contents must not.
  const index = JSON.stringify(db.prepare('SELECT kind, id, strategy_id, audience_id, parent_id, title, body FROM search_index ORDER BY kind, id').all());
  // The trigram index holds the same text as the word index, row for row, and nothing else.
  const [grams] = db
    .prepare(
      `SELECT (SELECT count(*) FROM search_grams) - (SELECT count(*) FROM search_index) AS extra,
         (SELECT count(*) FROM search_index i LEFT JOIN search_grams g ON g.rowid = i.rowid WHERE g.title IS NOT i.title OR g.body IS NOT i.body) AS differ`,
    )
    .all() as { extra: number; differ: number }[];
  const positions = new Map((db.prepare('SELECT id, map_position AS p FROM audiences').all() as { id: string; p: string }[]).map((r) => [r.id, r.p]));
  db.close();
  expect(grams).toEqual({ extra: 0, differ: 0 });
  return { rows, index, positions };
}

async function run(handles: TempCore[], ids: string[], placed: Map<string, Set<string>>, operation: Op): Promise<void> {
  if (operation.kind === 'sync') {
    if (operation.from !== operation.to) await handles[operation.to]!.core.sync.apply(scramble(handles[operation.from]!.core.sync.changesSince(), operation.seed));
    return;
  }
  const { core } = handles[operation.replica]!;
  try {
    switch (operation.kind) {
      case 'place':
        await core.call('audience.place', { id: ids[operation.pick]!, influence: operation.influence, interest: operation.interest });
        placed.get(ids[operation.pick]!)!.add(JSON.stringify([operation.influence, operation.interest]));
        return;
      case 'rename':
        await core.call('audience.update', { id: ids[operation.pick]!, patch: { name: operation.name } });
        return;
      case 'arrange':
        await core.call('audience.position', { id: ids[operation.pick]!, x: operation.x, y: operation.y });
        return;
      case 'log':
        await core.call('engagement.create', { audienceId: ids[operation.pick]!, date: `2027-02-${String(operation.day).padStart(2, '0')}`, kind: 'meeting', summary: 'Met' });
        return;
      case 'remove':
        await core.call('audience.remove', { id: ids[operation.pick]! });
        return;
      case 'undo':
        await core.call('history.undo', {});
        return;
      case 'redo':
        await core.call('history.redo', {});
    }
  } catch (error) {
    // Refusals (a removed audience, a name already taken here) are part of life on a laptop.
    if (!(error instanceof ChanceryError) || !['not_found', 'invalid_input'].includes(error.code)) throw error;
  }
}

describe('audience map sync convergence', () => {
  it('converges for concurrent drags, renames, removals and undos, with the same search index everywhere', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 30 }), fc.array(fc.integer({ min: -90_000, max: 90_000 }), { minLength: REPLICAS, maxLength: REPLICAS }), async (ops, skews) => {
        let tick = Date.UTC(2027, 0, 1);
        const handles = skews.map((skew) => tempCore({ now: () => tick + skew }));
        try {
          // One laptop sets up the map, with a link and a translated message, and shares it.
          const { core } = handles[0]!;
          const strategy = await core.call('strategy.create', { title: 'Plan', year: 2027 });
          const ids: string[] = [];
          for (const name of ['A', 'B', 'C', 'D'].slice(0, AUDIENCES)) ids.push((await core.call('audience.create', { strategyId: strategy.id, name, kind: 'custom' })).id);
          await core.call('relationship.create', { fromId: ids[0]!, toId: ids[1]!, kind: 'influences' });
          const message = await core.call('audienceMessage.create', { audienceId: ids[1]!, text: 'Hello' });
          await core.call('messageVersion.create', { audienceMessageId: message.id, language: 'ar', text: 'مرحبا' });
          for (const other of handles.slice(1)) await other.core.sync.apply(core.sync.changesSince());
          const placed = new Map(ids.map((id) => [id, new Set(['[3,3]'])]));

          for (const operation of ops) {
            tick += 7;
            await run(handles, ids, placed, operation);
          }
          for (let round = 0; round < 2; round++) {
            for (const to of handles) for (const from of handles) if (from !== to) await to.core.sync.apply(scramble(from.core.sync.changesSince(), round + 1));
          }
          const states = handles.map(snapshot);
          for (const state of states) {
            expect(state.rows).toBe(states[0]!.rows);
            expect(state.index).toBe(states[0]!.index);
          }
          for (const [id, position] of states[0]!.positions) expect(placed.get(id)!.has(position), `${id} at ${position}`).toBe(true);

          // Every laptop shows the same map through the contract, too.
          const maps = await Promise.all(handles.map((h) => h.core.call('audience.list', { strategyId: strategy.id })));
          for (const map of maps) expect(map).toEqual(maps[0]);
        } finally {
          handles.forEach((h) => h.cleanup());
        }
      }),
      { numRuns: 30 },
    );
  }, 180_000);
});
