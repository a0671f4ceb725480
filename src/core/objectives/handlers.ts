import type { objectiveCalls } from '../../shared/contract/objectives';
import type { Context, FeatureHandlers } from '../context';
import { kpis, objectives, strategies } from '../db/schema';
import { keyAtEnd, keyBetween } from '../ordering';
import { findStrategy } from '../strategy/rows';
import { findKpi, findObjective, listObjectives } from './queries';

export const objectiveHandlers: FeatureHandlers<typeof objectiveCalls> = {
  'objective.create': (ctx, input) => {
    findStrategy(ctx, input.strategyId);
    const sortKey = keyAtEnd(listObjectives(ctx, input.strategyId));
    const id = ctx.write('add objective', (w) => {
      w.touch(strategies, input.strategyId);
      return w.insert(objectives, {
        strategyId: input.strategyId,
        title: input.title,
        kind: input.kind ?? 'custom',
        description: input.description ?? '',
        sortKey,
      });
    });
    return findObjective(ctx, id);
  },
  'objective.update': (ctx, { id, patch }) => {
    const objective = findObjective(ctx, id);
    ctx.write('edit objective', (w) => {
      w.update(objectives, id, patch);
      w.touch(strategies, objective.strategyId);
    });
    return findObjective(ctx, id);
  },
  'objective.remove': (ctx, { id }) => {
    const objective = findObjective(ctx, id);
    ctx.write('remove objective', (w) => {
      w.tombstone(objectives, id);
      w.touch(strategies, objective.strategyId);
    });
    return { id };
  },
  'objective.move': (ctx, { id, to }) => {
    const objective = findObjective(ctx, id);
    const siblings = listObjectives(ctx, objective.strategyId).filter((o) => o.id !== id);
    const sortKey = keyBetween(siblings, to.afterId, to.beforeId);
    ctx.write('move objective', (w) => w.update(objectives, id, { sortKey }));
    return findObjective(ctx, id);
  },

  'kpi.create': (ctx, { objectiveId, ...fields }) => {
    const objective = findObjective(ctx, objectiveId);
    const id = ctx.write('add KPI', (w) => {
      w.touch(strategies, objective.strategyId);
      return w.insert(kpis, { objectiveId, ...fields, sortKey: keyAtEnd(objective.kpis) });
    });
    return findKpi(ctx, id);
  },
  'kpi.update': (ctx, { id, patch }) => {
    const kpi = findKpi(ctx, id);
    const objective = findObjective(ctx, kpi.objectiveId);
    ctx.write('edit KPI', (w) => {
      w.update(kpis, id, patch);
      w.touch(strategies, objective.strategyId);
    });
    return findKpi(ctx, id);
  },
  'kpi.remove': (ctx, { id }) => {
    const kpi = findKpi(ctx, id);
    const objective = findObjective(ctx, kpi.objectiveId);
    ctx.write('remove KPI', (w) => {
      w.tombstone(kpis, id);
      w.touch(strategies, objective.strategyId);
    });
    return { id };
  },
};
