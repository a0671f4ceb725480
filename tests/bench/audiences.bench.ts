// The audience map with 1,000 audiences: the core's share of saving a drag (audience.place through
// openCore().call: validation, write path, change log, search triggers, the answer) and of loading
// the map (audience.list) and the channel plan (channelPlan.get). The renderer's share (drawing the
// cards) is measured in the browser, not here.
import { openCore } from '../../src/core/index';
import type { Core } from '../../src/core/core';
import { fmt, msSince, printTable, removeTempDir, summarize, tempDir, type Summary } from './stats';

export interface AudienceBenchResult {
  drag: Summary;
  list: Summary;
  plan: Summary;
  audiences: number;
}

/** Milliseconds per call of `fn`, `runs` times after `warmup` unmeasured calls. */
async function time(runs: number, warmup: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = -warmup; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn(i);
    if (i >= 0) samples.push(msSince(start));
  }
  return samples;
}

export async function benchAudienceMap(audienceCount = 1_000, drags = 1_000, loads = 30): Promise<AudienceBenchResult> {
  const dataDir = tempDir('audiences');
  let core: Core | undefined;
  try {
    core = openCore({ dataDir, host: 'web' });
    const buildStart = process.hrtime.bigint();
    const strategy = await core.call('strategy.createSample', { audiences: audienceCount });
    const buildMs = msSince(buildStart);
    const audiences = await core.call('audience.list', { strategyId: strategy.id });
    if (audiences.length !== audienceCount) throw new Error(`audience.list returned ${audiences.length}, expected ${audienceCount}`);
    const c = core;

    // Every drag is a real move (the card changes cell), of a different card each time, as a planner would.
    const influence = new Map(audiences.map((a) => [a.id, a.influence]));
    const drag = await time(drags, 100, (i) => {
      const card = audiences[(i + 100) % audiences.length]!;
      const next = (influence.get(card.id)! % 5) + 1;
      influence.set(card.id, next);
      return c.call('audience.place', { id: card.id, influence: next, interest: 1 + (i % 5 + 5) % 5 });
    });
    const list = await time(loads, 3, () => c.call('audience.list', { strategyId: strategy.id }));
    const plan = await time(loads, 3, () => c.call('channelPlan.get', { strategyId: strategy.id }));
    const planned = await c.call('channelPlan.get', { strategyId: strategy.id });

    const [d, l, p] = [drag, list, plan].map(summarize) as [Summary, Summary, Summary];
    printTable(
      `4. Audience map with ${fmt(audienceCount, 0)} audiences (${fmt(planned.messages.length, 0)} key messages, ${fmt(planned.cells.length, 0)} ` +
        `channel-plan cells, ${fmt(planned.gaps.length, 0)} gaps; sample built in ${fmt(buildMs, 0)} ms); core only, through openCore().call`,
      ['', 'runs', 'median ms', 'p95 ms', 'min ms', 'max ms'],
      [
        ['save a drag: audience.place', fmt(d.n, 0), fmt(d.median, 3), fmt(d.p95, 3), fmt(d.min, 3), fmt(d.max, 3)],
        ['load the map: audience.list', fmt(l.n, 0), fmt(l.median, 2), fmt(l.p95, 2), fmt(l.min, 2), fmt(l.max, 2)],
        ['load the plan: channelPlan.get', fmt(p.n, 0), fmt(p.median, 2), fmt(p.p95, 2), fmt(p.min, 2), fmt(p.max, 2)],
      ],
    );
    return { drag: d, list: l, plan: p, audiences: audienceCount };
  } finally {
    core?.close();
    removeTempDir(dataDir);
  }
}
