// observance.* calls: bundled international days (resources/observances.json) and the national
// days a planner adds to a strategy.
import type { calendarCalls } from '../../shared/contract/calendar';
import { invalid } from '../audiences/rules';
import type { FeatureHandlers } from '../context';
import { nationalDays, strategies } from '../db/schema';
import { findStrategy } from '../strategy/rows';
import { toNationalDay } from './rows';
import { listObservances, nationalDayRow } from './queries';

type ObservanceCalls = Pick<typeof calendarCalls, 'observance.list' | 'observance.create' | 'observance.update' | 'observance.remove'>;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function checkMonthDay(monthDay: string | undefined): void {
  if (!monthDay) return;
  const [month, day] = monthDay.split('-').map(Number) as [number, number];
  if (day > DAYS_IN_MONTH[month - 1]!) throw invalid('monthDay', `There is no ${monthDay} (month ${month} has ${DAYS_IN_MONTH[month - 1]} days)`);
}

export const observanceHandlers: FeatureHandlers<ObservanceCalls> = {
  'observance.list': (ctx, { strategyId }) => {
    findStrategy(ctx, strategyId);
    return listObservances(ctx, strategyId);
  },
  'observance.create': (ctx, { strategyId, name, monthDay, note }) => {
    findStrategy(ctx, strategyId);
    checkMonthDay(monthDay);
    const id = ctx.write(`add national day "${name}"`, (w) => {
      w.touch(strategies, strategyId);
      return w.insert(nationalDays, { strategyId, name, monthDay, note: note ?? '' });
    });
    return toNationalDay(nationalDayRow(ctx, id));
  },
  'observance.update': (ctx, { id, patch }) => {
    const row = nationalDayRow(ctx, id);
    checkMonthDay(patch.monthDay);
    ctx.write(`edit national day "${patch.name ?? row.name}"`, (w) => {
      w.update(nationalDays, id, patch);
      w.touch(strategies, row.strategyId);
    });
    return toNationalDay(nationalDayRow(ctx, id));
  },
  'observance.remove': (ctx, { id }) => {
    const row = nationalDayRow(ctx, id);
    ctx.write(`remove national day "${row.name}"`, (w) => {
      w.tombstone(nationalDays, id);
      w.touch(strategies, row.strategyId);
    });
    return { id };
  },
};
