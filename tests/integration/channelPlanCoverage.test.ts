// The channel plan's gaps cover high-priority audiences only; with none marked high there are no
// gaps, and the plan's coverage counts say how many audiences still have no message or channel.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempCore, type TempCore } from '../support/tempCore';

let handle: TempCore;
let strategyId: string;
beforeEach(async () => {
  handle = tempCore();
  strategyId = (await handle.core.call('strategy.create', { title: 'Plan', year: 2027 })).id;
});
afterEach(() => handle.cleanup());

describe('channel plan coverage', () => {
  it('counts audiences without a message or a channel even when none is high priority', async () => {
    const { core } = handle;
    const x = (await core.call('platform.create', { strategyId, kind: 'x' })).id;
    const students = await core.call('audience.create', { strategyId, name: 'Students', kind: 'public_segment', priority: 'medium', platformIds: [x] });
    await core.call('audience.create', { strategyId, name: 'Press', kind: 'news_outlet', priority: 'medium', platformIds: [x] });
    await core.call('audience.create', { strategyId, name: 'Tourists', kind: 'interest_group', priority: 'low' });
    await core.call('audienceMessage.create', { audienceId: students.id, text: 'Scholarships', platformIds: [x] });

    const plan = await core.call('channelPlan.get', { strategyId });
    expect(plan.gaps).toEqual([]);
    expect(plan.coverage).toEqual({ audiences: 3, highPriority: 0, withoutMessage: 2, withoutPlatform: 1 });
  });
});
