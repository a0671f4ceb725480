import type { strategyCalls } from '../../shared/contract/strategy';
import type { FeatureHandlers } from '../context';
import { strategies } from '../db/schema';
import { duplicateStrategy } from './duplicate';
import { getStrategyDetail, listStrategies } from './queries';
import { findStrategy } from './rows';
import { writeSampleStrategies } from './sample';
import { applyTemplate, loadTemplate } from './template';

export const strategyHandlers: FeatureHandlers<typeof strategyCalls> = {
  'strategy.list': (ctx, input) => listStrategies(ctx, input.includeArchived ?? false),
  'strategy.get': (ctx, { id }) => getStrategyDetail(ctx, id),
  'strategy.create': (ctx, input) => {
    const template = input.fromTemplate ? loadTemplate(ctx.resourcesDir) : null;
    const id = ctx.write('create strategy', (w) => {
      const strategyId = w.insert(strategies, {
        title: input.title,
        year: input.year,
        mission: input.mission ?? '',
        vision: input.vision ?? template?.vision ?? '',
        status: 'draft',
      });
      if (template) applyTemplate(w, strategyId, template);
      return strategyId;
    });
    return findStrategy(ctx, id);
  },
  'strategy.update': (ctx, { id, patch }) => {
    const before = findStrategy(ctx, id);
    const label = patch.title !== undefined && patch.title !== before.title ? 'rename strategy' : 'edit strategy';
    ctx.write(label, (w) => w.update(strategies, id, patch));
    return findStrategy(ctx, id);
  },
  'strategy.duplicate': (ctx, { id, title }) => {
    const source = findStrategy(ctx, id);
    const copyId = ctx.write('duplicate strategy', (w) => duplicateStrategy(ctx, w, id, title ?? copyTitle(source.title)));
    return findStrategy(ctx, copyId);
  },
  'strategy.archive': (ctx, { id }) => {
    findStrategy(ctx, id);
    ctx.write('archive strategy', (w) => w.update(strategies, id, { status: 'archived' }));
    return findStrategy(ctx, id);
  },
  'strategy.createSample': (ctx, { scale, audiences, items }) => {
    const [firstId] = ctx.write('create sample strategy', (w) => writeSampleStrategies(w, loadTemplate(ctx.resourcesDir), scale ?? 1, audiences, items));
    return findStrategy(ctx, firstId!);
  },
};

function copyTitle(title: string): string {
  const copy = `Copy of ${title}`;
  return copy.length > 200 ? copy.slice(0, 200) : copy;
}
