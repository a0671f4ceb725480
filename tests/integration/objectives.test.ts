import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempCore, type TempCore } from '../support/tempCore';

let handle: TempCore;
let strategyId: string;
beforeEach(async () => {
  handle = tempCore();
  strategyId = (await handle.core.call('strategy.create', { title: 'Plan', year: 2027 })).id;
});
afterEach(() => handle.cleanup());

describe('objectives, KPIs and priorities', () => {
  it('adds objectives with KPIs and reads them back in order', async () => {
    const { core } = handle;
    const first = await core.call('objective.create', { strategyId, title: 'Reach students', kind: 'reach_publics' });
    const second = await core.call('objective.create', { strategyId, title: 'Engage think tanks', kind: 'connect_engage' });
    const kpi = await core.call('kpi.create', { objectiveId: first.id, metric: 'Followers', baseline: 1000, target: 5000, unit: 'followers', dueDate: '2027-12-31' });
    expect(kpi).toMatchObject({ metric: 'Followers', baseline: 1000, target: 5000, actual: null, dueDate: '2027-12-31' });
    await core.call('kpi.update', { id: kpi.id, patch: { actual: 2500.5 } });
    const detail = await core.call('strategy.get', { id: strategyId });
    expect(detail.objectives.map((o) => o.id)).toEqual([first.id, second.id]);
    expect(detail.objectives[0]!.kpis[0]!.actual).toBe(2500.5);
  });

  it('moves objectives and priorities with fractional keys', async () => {
    const { core } = handle;
    const ids = [];
    for (const title of ['A', 'B', 'C']) ids.push((await core.call('objective.create', { strategyId, title })).id);
    await core.call('objective.move', { id: ids[2]!, to: { beforeId: ids[0]! } });
    expect((await core.call('strategy.get', { id: strategyId })).objectives.map((o) => o.title)).toEqual(['C', 'A', 'B']);
    await core.call('objective.move', { id: ids[2]!, to: { afterId: ids[0]! } });
    expect((await core.call('strategy.get', { id: strategyId })).objectives.map((o) => o.title)).toEqual(['A', 'C', 'B']);

    const p1 = await core.call('priority.create', { strategyId, title: 'Presence' });
    const p2 = await core.call('priority.create', { strategyId, title: 'Multimedia' });
    await core.call('priority.move', { id: p2.id, to: { beforeId: p1.id } });
    expect((await core.call('strategy.get', { id: strategyId })).priorities.map((p) => p.title)).toEqual(['Multimedia', 'Presence']);
  });

  it('refuses a KPI target that is not a number and keeps the old one', async () => {
    const { core } = handle;
    const objective = await core.call('objective.create', { strategyId, title: 'Reach students' });
    const kpi = await core.call('kpi.create', { objectiveId: objective.id, metric: 'Followers', target: 5000 });
    await expect(core.call('kpi.update', { id: kpi.id, patch: { target: 'lots' } })).rejects.toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'target', message: 'Target must be a number' }],
    });
    expect((await core.call('strategy.get', { id: strategyId })).objectives[0]!.kpis[0]!.target).toBe(5000);
  });

  it('removes objectives, KPIs and priorities as tombstones', async () => {
    const { core } = handle;
    const objective = await core.call('objective.create', { strategyId, title: 'Reach students' });
    const kpi = await core.call('kpi.create', { objectiveId: objective.id, metric: 'Followers' });
    const priority = await core.call('priority.create', { strategyId, title: 'Presence' });
    await core.call('kpi.remove', { id: kpi.id });
    await core.call('priority.remove', { id: priority.id });
    let detail = await core.call('strategy.get', { id: strategyId });
    expect(detail.objectives[0]!.kpis).toEqual([]);
    expect(detail.priorities).toEqual([]);
    await core.call('objective.remove', { id: objective.id });
    detail = await core.call('strategy.get', { id: strategyId });
    expect(detail.objectives).toEqual([]);
    await expect(core.call('kpi.create', { objectiveId: objective.id, metric: 'Late' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('bumps the strategy’s updated time when its contents change', async () => {
    let wall = Date.UTC(2027, 0, 1);
    handle.cleanup();
    handle = tempCore({ now: () => wall });
    const strategy = await handle.core.call('strategy.create', { title: 'Plan', year: 2027 });
    wall += 60_000;
    await handle.core.call('priority.create', { strategyId: strategy.id, title: 'Presence' });
    expect((await handle.core.call('strategy.get', { id: strategy.id })).updatedAt).toBe(new Date(wall).toISOString());
  });
});
