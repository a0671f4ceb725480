import { z } from 'zod';
import type { Strategy, StrategyDetail, StrategySummary } from '../domain';
import { id, shortText, strategyStatus, text, title, year } from '../validation';
import { call } from './define';

const strategyPatch = z.strictObject({
  title: title().optional(),
  year: year.optional(),
  mission: shortText('Mission or unit').optional(),
  vision: text('Vision').optional(),
  status: strategyStatus.optional(),
});
export type StrategyPatch = z.input<typeof strategyPatch>;

export const strategyCalls = {
  'strategy.list': call(z.strictObject({ includeArchived: z.boolean().optional() })).returns<StrategySummary[]>(),
  'strategy.get': call(z.strictObject({ id })).returns<StrategyDetail>(),
  'strategy.create': call(
    z.strictObject({
      title: title(),
      year,
      mission: shortText('Mission or unit').optional(),
      vision: text('Vision').optional(),
      fromTemplate: z.boolean().optional(),
    }),
  ).returns<Strategy>(),
  'strategy.update': call(z.strictObject({ id, patch: strategyPatch })).returns<Strategy>(),
  'strategy.duplicate': call(z.strictObject({ id, title: title().optional() })).returns<Strategy>(),
  'strategy.archive': call(z.strictObject({ id })).returns<Strategy>(),
  /** Builds the clearly fictional sample embassy strategy; `scale` multiplies its size for benchmarks. */
  'strategy.createSample': call(z.strictObject({ scale: z.number().int().min(1).max(1000).optional() })).returns<Strategy>(),
};
