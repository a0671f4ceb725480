import type { messageCalls } from '../../shared/contract/messages';
import type { FeatureHandlers } from '../context';
import { search } from './queries';

export const searchHandlers: FeatureHandlers<Pick<typeof messageCalls, 'search.query'>> = {
  'search.query': (ctx, { query, strategyId, limit }) => search(ctx, query, strategyId ?? null, limit),
};
