import { z } from 'zod';
import type { Kpi, Objective } from '../domain';
import { id, isoDate, kpiNumber, objectiveKind, shortText, text, title } from '../validation';
import { call } from './define';

/** Where to put an item in a list: between two neighbours (either may be absent). */
export const placement = z.strictObject({ afterId: id.nullable().optional(), beforeId: id.nullable().optional() });

const objectivePatch = z.strictObject({
  title: title('Objective').optional(),
  kind: objectiveKind.optional(),
  description: text('Description').optional(),
});

const kpiFields = {
  metric: title('Metric'),
  baseline: kpiNumber('Baseline').optional(),
  target: kpiNumber('Target').optional(),
  actual: kpiNumber('Actual').optional(),
  unit: shortText('Unit').optional(),
  dueDate: isoDate.optional(),
};
const kpiPatch = z.strictObject({ ...kpiFields, metric: kpiFields.metric.optional() });


export const objectiveCalls = {
  'objective.create': call(
    z.strictObject({ strategyId: id, title: title('Objective'), kind: objectiveKind.optional(), description: text('Description').optional() }),
  ).returns<Objective>(),
  'objective.update': call(z.strictObject({ id, patch: objectivePatch })).returns<Objective>(),
  'objective.remove': call(z.strictObject({ id })).returns<{ id: string }>(),
  'objective.move': call(z.strictObject({ id, to: placement })).returns<Objective>(),

  'kpi.create': call(z.strictObject({ objectiveId: id, ...kpiFields })).returns<Kpi>(),
  'kpi.update': call(z.strictObject({ id, patch: kpiPatch })).returns<Kpi>(),
  'kpi.remove': call(z.strictObject({ id })).returns<{ id: string }>(),
};
