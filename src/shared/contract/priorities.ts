import { z } from 'zod';
import type { Priority } from '../domain';
import { id, text, title } from '../validation';
import { call } from './define';
import { placement } from './objectives';

const priorityPatch = z.strictObject({
  title: title('Priority').optional(),
  description: text('Description').optional(),
});

export const priorityCalls = {
  'priority.create': call(
    z.strictObject({ strategyId: id, title: title('Priority'), description: text('Description').optional() }),
  ).returns<Priority>(),
  'priority.update': call(z.strictObject({ id, patch: priorityPatch })).returns<Priority>(),
  'priority.remove': call(z.strictObject({ id })).returns<{ id: string }>(),
  'priority.move': call(z.strictObject({ id, to: placement })).returns<Priority>(),
};
