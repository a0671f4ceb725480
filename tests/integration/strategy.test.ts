import { afterEach, describe, expect, it } from 'vitest';
import { tempCore, type TempCore } from '../support/tempCore';

let handle: TempCore | undefined;
afterEach(() => handle?.cleanup());

describe('strategies', () => {
  it('creates a strategy from the digital diplomacy template', async () => {
    handle = tempCore();
    const { core } = handle;
    const strategy = await core.call('strategy.create', { title: '  Annual plan 2027 ', year: 2027, mission: 'Embassy in Nordhaven', fromTemplate: true });
    expect(strategy).toMatchObject({ title: 'Annual plan 2027', year: 2027, status: 'draft' });
    const detail = await core.call('strategy.get', { id: strategy.id });
    expect(detail.objectives.map((o) => o.kind)).toEqual([
      'reach_publics',
      'harness_knowledge',
      'listen_target',
      'influence_news',
      'anticipate_movements',
      'connect_engage',
      'communicate_strategy',
    ]);
    expect(detail.objectives[0]!.title).toBe('Communicate directly with publics worldwide without relying on foreign press');
    expect(detail.objectives[0]!.kpis.map((k) => k.metric)).toContain('Followers across official accounts');
    expect(detail.priorities.map((p) => p.title)).toEqual([
      'Set up a formal, professional presence on selected platforms',
      'Communicate correctly to different audiences through different platforms',
      'Connect with people searching for information',
      'Create and use multimedia',
      'Maintain the strategy',
    ]);
    expect(detail.vision).not.toBe('');
  });

  it('creates a blank strategy when no template is asked for', async () => {
    handle = tempCore();
    const strategy = await handle.core.call('strategy.create', { title: 'Blank', year: 2027 });
    const detail = await handle.core.call('strategy.get', { id: strategy.id });
    expect(detail.objectives).toEqual([]);
    expect(detail.priorities).toEqual([]);
  });

  it('renames, changes status and lists with counts and progress', async () => {
    handle = tempCore();
    const { core } = handle;
    const strategy = await core.call('strategy.create', { title: 'Plan', year: 2027, fromTemplate: true });
    await core.call('strategy.update', { id: strategy.id, patch: { title: 'Public diplomacy plan 2027', status: 'in_review' } });
    const detail = await core.call('strategy.get', { id: strategy.id });
    await core.call('kpi.update', { id: detail.objectives[0]!.kpis[0]!.id, patch: { baseline: 0, target: 100, actual: 50 } });
    const [summary] = await core.call('strategy.list', {});
    expect(summary).toMatchObject({ title: 'Public diplomacy plan 2027', status: 'in_review', objectiveCount: 7, kpiCount: 8, platformCount: 0, progress: 0.5 });
  });

  it('duplicates a strategy with everything it holds, as a new draft', async () => {
    handle = tempCore();
    const { core } = handle;
    const original = await core.call('strategy.create', { title: 'Plan', year: 2027, fromTemplate: true });
    await core.call('platform.create', { strategyId: original.id, kind: 'x', handle: '@Mission' });
    await core.call('strategy.update', { id: original.id, patch: { status: 'approved' } });
    const copy = await core.call('strategy.duplicate', { id: original.id });
    expect(copy).toMatchObject({ title: 'Copy of Plan', status: 'draft', year: 2027 });
    const a = await core.call('strategy.get', { id: original.id });
    const b = await core.call('strategy.get', { id: copy.id });
    expect(b.objectives.map((o) => [o.title, o.kpis.map((k) => k.metric)])).toEqual(a.objectives.map((o) => [o.title, o.kpis.map((k) => k.metric)]));
    expect(b.platforms.map((p) => p.handle)).toEqual(['@Mission']);
    expect(new Set([...a.objectives, ...b.objectives].map((o) => o.id)).size).toBe(14);
    // Editing the copy leaves the original alone.
    await core.call('objective.update', { id: b.objectives[0]!.id, patch: { title: 'Changed in the copy' } });
    expect((await core.call('strategy.get', { id: original.id })).objectives[0]!.title).not.toBe('Changed in the copy');
  });

  it('archives: hidden from the list unless archived ones are asked for', async () => {
    handle = tempCore();
    const { core } = handle;
    const strategy = await core.call('strategy.create', { title: 'Old plan', year: 2025 });
    await core.call('strategy.archive', { id: strategy.id });
    expect(await core.call('strategy.list', {})).toEqual([]);
    expect((await core.call('strategy.list', { includeArchived: true })).map((s) => s.status)).toEqual(['archived']);
  });

  it('explains bad input and keeps what was saved', async () => {
    handle = tempCore();
    const { core } = handle;
    const strategy = await core.call('strategy.create', { title: 'Plan', year: 2027 });
    await expect(core.call('strategy.update', { id: strategy.id, patch: { title: '' } })).rejects.toMatchObject({
      code: 'invalid_input',
      message: 'Title cannot be empty',
      issues: [{ path: 'title', message: 'Title cannot be empty' }],
    });
    await expect(core.call('strategy.update', { id: strategy.id, patch: { year: 3000 } })).rejects.toMatchObject({ message: 'Year must be between 2000 and 2100' });
    await expect(core.call('strategy.get', { id: 'no-such-id' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(core.call('strategy.drop', {})).rejects.toMatchObject({ code: 'unknown_method' });
    await expect(core.call('strategy.create', 'not an object')).rejects.toMatchObject({ code: 'invalid_input' });
    expect((await core.call('strategy.get', { id: strategy.id })).title).toBe('Plan');
  });

  it('builds the fictional sample workspace, at any scale', async () => {
    handle = tempCore();
    const sample = await handle.core.call('strategy.createSample', { scale: 3 });
    expect(sample.mission).toContain('Aurelia');
    expect(sample.vision).toContain('Fictional sample');
    const list = await handle.core.call('strategy.list', {});
    expect(list).toHaveLength(3);
    const detail = await handle.core.call('strategy.get', { id: sample.id });
    expect(detail.platforms.length).toBeGreaterThan(3);
    expect(detail.objectives.flatMap((o) => o.kpis).every((k) => k.target !== null)).toBe(true);
  });

  it('opens with the sample when asked for the demo on an empty workspace, and only then', async () => {
    handle = tempCore({ demo: true });
    expect(await handle.core.call('strategy.list', {})).toHaveLength(1);
    expect((await handle.core.call('history.state', {})).canUndo).toBe(false);
    handle.reopen({ demo: true });
    expect(await handle.core.call('strategy.list', {})).toHaveLength(1);
  });
});
