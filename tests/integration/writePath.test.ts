import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempCore, type TempCore } from '../support/tempCore';

let handle: TempCore | undefined;
afterEach(() => handle?.cleanup());

function changeLog(dataDir: string) {
  const db = new Database(path.join(dataDir, 'chancery.sqlite'), { readonly: true });
  const rows = db.prepare('SELECT hlc, replica, tbl, row_id, col, value FROM changes ORDER BY hlc').all() as {
    hlc: string;
    replica: string;
    tbl: string;
    row_id: string;
    col: string;
    value: string;
  }[];
  db.close();
  return rows;
}

describe('the write path', () => {
  it('logs one change per written field, stamped by this replica', async () => {
    handle = tempCore();
    const strategy = await handle.core.call('strategy.create', { title: 'Plan', year: 2027 });
    const log = changeLog(handle.dataDir);
    const { replicaId } = await handle.core.call('workspace.info', {});
    expect(log.every((c) => c.replica === replicaId && c.hlc.endsWith(replicaId))).toBe(true);
    const fields = Object.fromEntries(log.filter((c) => c.row_id === strategy.id).map((c) => [c.col, JSON.parse(c.value)]));
    expect(fields).toMatchObject({ title: 'Plan', year: 2027, mission: '', status: 'draft' });
    expect(new Set(log.map((c) => c.hlc)).size).toBe(log.length);
  });

  it('logs only the fields an edit really changes', async () => {
    handle = tempCore();
    const strategy = await handle.core.call('strategy.create', { title: 'Plan', year: 2027 });
    const before = changeLog(handle.dataDir).length;
    await handle.core.call('strategy.update', { id: strategy.id, patch: { title: 'Plan', year: 2028 } });
    const added = changeLog(handle.dataDir).slice(before);
    expect(added.map((c) => c.col).sort()).toEqual(['updated_at', 'year']);
    await handle.core.call('strategy.update', { id: strategy.id, patch: { year: 2028 } });
    expect(changeLog(handle.dataDir).length).toBe(before + 2);
  });

  it('never hard-deletes: removal is a logged tombstone', async () => {
    handle = tempCore();
    const strategy = await handle.core.call('strategy.create', { title: 'Plan', year: 2027 });
    const objective = await handle.core.call('objective.create', { strategyId: strategy.id, title: 'Reach students' });
    await handle.core.call('objective.remove', { id: objective.id });
    expect((await handle.core.call('strategy.get', { id: strategy.id })).objectives).toEqual([]);
    const tombstone = changeLog(handle.dataDir).find((c) => c.row_id === objective.id && c.col === 'deleted_at');
    expect(JSON.parse(tombstone!.value)).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('writes nothing when a command fails halfway', async () => {
    handle = tempCore();
    const before = changeLog(handle.dataDir).length;
    await expect(handle.core.call('objective.create', { strategyId: 'missing', title: 'Orphan' })).rejects.toMatchObject({ code: 'not_found' });
    expect(changeLog(handle.dataDir).length).toBe(before);
  });
});
