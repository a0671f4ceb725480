import type { priorityCalls } from '../../shared/contract/priorities';
import type { FeatureHandlers } from '../context';
import { priorities, strategies } from '../db/schema';
import { keyAtEnd, keyBetween } from '../ordering';
import { findStrategy } from '../strategy/rows';
import { findPriority, listPriorities } from './queries';

export const priorityHandlers: FeatureHandlers<typeof priorityCalls> = {
  'priority.create': (ctx, input) => {
    findStrategy(ctx, input.strategyId);
    const sortKey = keyAtEnd(listPriorities(ctx, input.strategyId));
    const id = ctx.write('add priority', (w) => {
      w.touch(strategies, input.strategyId);
      return w.insert(priorities, { strategyId: input.strategyId, title: input.title, description: input.description ?? '', sortKey });
    });
    return findPriority(ctx, id);
  },
  'priority.update': (ctx, { id, patch }) => {
    const priority = findPriority(ctx, id);
    ctx.write('edit priority', (w) => {
      w.update(priorities, id, patch);
      w.touch(strategies, priority.strategyId);
    });
    return findPriority(ctx, id);
  },
  'priority.remove': (ctx, { id }) => {
    const priority = findPriority(ctx, id);
    ctx.write('remove priority', (w) => {
      w.tombstone(priorities, id);
      w.touch(strategies, priority.strategyId);
    });
    return { id };
  },
  'priority.move': (ctx, { id, to }) => {
    const priority = findPriority(ctx, id);
    const siblings = listPriorities(ctx, priority.strategyId).filter((p) => p.id !== id);
    const sortKey = keyBetween(siblings, to.afterId, to.beforeId);
    ctx.write('move priority', (w) => w.update(priorities, id, { sortKey }));
    return findPriority(ctx, id);
  },
};
