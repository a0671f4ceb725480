import { afterEach, describe, expect, it } from 'vitest';
import type { Events } from '../../src/shared/contract';
import { tempCore, type TempCore } from '../support/tempCore';

let handle: TempCore | undefined;
afterEach(() => handle?.cleanup());

describe('undo and redo', () => {
  it('undoes and redoes edits in order, with labels', async () => {
    handle = tempCore();
    const { core } = handle;
    const strategy = await core.call('strategy.create', { title: 'Plan', year: 2027 });
    await core.call('strategy.update', { id: strategy.id, patch: { title: 'Renamed' } });
    await core.call('strategy.update', { id: strategy.id, patch: { year: 2028 } });
    expect(await core.call('history.state', {})).toMatchObject({ canUndo: true, undoLabel: 'Undo edit strategy' });

    await core.call('history.undo', {});
    expect(await core.call('strategy.get', { id: strategy.id })).toMatchObject({ title: 'Renamed', year: 2027 });
    const state = await core.call('history.undo', {});
    expect(state).toMatchObject({ redoLabel: 'Redo rename strategy', undoLabel: 'Undo create strategy' });
    expect(await core.call('strategy.get', { id: strategy.id })).toMatchObject({ title: 'Plan' });

    await core.call('history.redo', {});
    expect(await core.call('strategy.get', { id: strategy.id })).toMatchObject({ title: 'Renamed', year: 2027 });
  });

  it('undoes a creation by tombstoning and a removal by restoring', async () => {
    handle = tempCore();
    const { core } = handle;
    const strategy = await core.call('strategy.create', { title: 'Plan', year: 2027 });
    const objective = await core.call('objective.create', { strategyId: strategy.id, title: 'Reach students' });
    await core.call('history.undo', {});
    expect((await core.call('strategy.get', { id: strategy.id })).objectives).toEqual([]);
    await core.call('history.redo', {});
    await core.call('objective.remove', { id: objective.id });
    await core.call('history.undo', {});
    expect((await core.call('strategy.get', { id: strategy.id })).objectives.map((o) => o.title)).toEqual(['Reach students']);
  });

  it('undoes a whole template creation in one step', async () => {
    handle = tempCore();
    const { core } = handle;
    await core.call('strategy.create', { title: 'Plan', year: 2027, fromTemplate: true });
    await core.call('history.undo', {});
    expect(await core.call('strategy.list', { includeArchived: true })).toEqual([]);
  });

  it('a new edit clears redo; undo with nothing to undo is harmless', async () => {
    handle = tempCore();
    const { core } = handle;
    expect(await core.call('history.undo', {})).toMatchObject({ canUndo: false, canRedo: false });
    const strategy = await core.call('strategy.create', { title: 'Plan', year: 2027 });
    await core.call('strategy.update', { id: strategy.id, patch: { title: 'B' } });
    await core.call('history.undo', {});
    await core.call('strategy.update', { id: strategy.id, patch: { title: 'C' } });
    expect((await core.call('history.state', {})).canRedo).toBe(false);
  });

  it('records undo as changes in the log and tells listeners', async () => {
    handle = tempCore();
    const { core } = handle;
    const seen: Events['changed'][] = [];
    core.on('changed', (e) => seen.push(e));
    const strategy = await core.call('strategy.create', { title: 'Plan', year: 2027 });
    const before = core.sync.changesSince().length;
    await core.call('strategy.update', { id: strategy.id, patch: { title: 'B' } });
    await core.call('history.undo', {});
    expect(core.sync.changesSince().length).toBe(before + 4);
    expect(seen.map((e) => e.origin)).toEqual(['local', 'local', 'undo']);
  });
});
