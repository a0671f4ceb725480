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
  /**
   * Builds the clearly fictional sample embassy strategy; `scale` multiplies its size for benchmarks.
   * `audiences` sets how many audiences each sample strategy gets (default 20, the showcase set, with
   * its message house, key messages, engagements and relationships); larger numbers repeat the same
   * kinds of audience under new names, for screenshots (500) and the map benchmark (1,000). `items`
   * sets how many calendar posts each gets, spread over the year (default: a quarter's worth).
   */
  'strategy.createSample': call(
    z
      .strictObject({
        scale: z.number().int().min(1).max(1000).optional(),
        audiences: z.number().int().min(0).max(5000, 'At most 5,000 sample audiences per strategy').optional(),
        /** Calendar posts spread over the sample's year (default: about 45 over April to June). */
        items: z.number().int().min(0).max(20_000, 'At most 20,000 sample posts per strategy').optional(),
      })
      .refine((input) => (input.scale ?? 1) * (input.audiences ?? 20) <= 100_000, {
        message: 'At most 100,000 sample audiences in one go',
        path: ['audiences'],
      })
      .refine((input) => (input.scale ?? 1) * (input.items ?? 50) <= 100_000, {
        message: 'At most 100,000 sample posts in one go',
        path: ['items'],
      }),
  ).returns<Strategy>(),
};
