import type { platformCalls } from '../../shared/contract/platforms';
import { PLATFORM_KIND_LABELS } from '../../shared/domain';
import { ChanceryError } from '../../shared/errors';
import type { FeatureHandlers } from '../context';
import { platforms, strategies } from '../db/schema';
import { keyAtEnd } from '../ordering';
import { findStrategy } from '../strategy/rows';
import { findPlatform, listPlatforms } from './queries';

export const platformHandlers: FeatureHandlers<typeof platformCalls> = {
  'platform.create': (ctx, input) => {
    findStrategy(ctx, input.strategyId);
    const name = input.name?.trim() || (input.kind === 'custom' ? '' : PLATFORM_KIND_LABELS[input.kind]);
    if (!name) {
      throw new ChanceryError('invalid_input', 'A custom platform needs a name', [{ path: 'name', message: 'A custom platform needs a name' }]);
    }
    const sortKey = keyAtEnd(listPlatforms(ctx, input.strategyId));
    const id = ctx.write(`add ${name}`, (w) => {
      w.touch(strategies, input.strategyId);
      return w.insert(platforms, { strategyId: input.strategyId, kind: input.kind, name, handle: input.handle ?? '', sortKey });
    });
    return findPlatform(ctx, id);
  },
  'platform.update': (ctx, { id, patch }) => {
    const platform = findPlatform(ctx, id);
    const { languages, ...fields } = patch;
    if (fields.name !== undefined && !fields.name.trim()) {
      throw new ChanceryError('invalid_input', 'A platform needs a name', [{ path: 'name', message: 'A platform needs a name' }]);
    }
    ctx.write(`edit ${platform.name}`, (w) => {
      w.update(platforms, id, { ...fields, ...(languages ? { languages: JSON.stringify(dedupe(languages)) } : {}) });
      w.touch(strategies, platform.strategyId);
    });
    return findPlatform(ctx, id);
  },
  'platform.remove': (ctx, { id }) => {
    const platform = findPlatform(ctx, id);
    ctx.write(`remove ${platform.name}`, (w) => {
      w.tombstone(platforms, id);
      w.touch(strategies, platform.strategyId);
    });
    return { id };
  },
};

function dedupe(tags: string[]): string[] {
  const seen = new Set<string>();
  return tags.filter((tag) => {
    const key = tag.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
