// contentItem.move: a drag or keyboard move on the calendar, or back to the backlog. Moves never
// refuse for a planning rule; they save at once and answer with warnings.
import type { calendarCalls } from '../../shared/contract/calendar';
import { dayName, localToInstant, timeOnNewDay } from '../../shared/calendarTime';
import type { FeatureHandlers } from '../context';
import { contentItems, strategies } from '../db/schema';
import { itemRow } from './queries';
import { itemSaved } from './warnings';

export const moveHandlers: FeatureHandlers<Pick<typeof calendarCalls, 'contentItem.move'>> = {
  'contentItem.move': (ctx, { id, to }) => {
    const row = itemRow(ctx, id);
    if (to === null) {
      ctx.write(`move post "${row.title}" to the backlog`, (w) => {
        // A scheduled item taken off the calendar is approved but no longer scheduled.
        w.update(contentItems, id, { scheduledAt: null, status: row.status === 'scheduled' ? 'approved' : undefined });
        w.touch(strategies, row.strategyId);
      });
      return itemSaved(ctx, id);
    }
    const timeZone = to.timeZone ?? row.timeZone;
    const time = timeOnNewDay(to.time, row.scheduledAt, row.timeZone);
    const scheduledAt = localToInstant(to.date, time, timeZone);
    ctx.write(`move post "${row.title}" to ${dayName(to.date)}${to.time ? ` ${to.time}` : ''}`, (w) => {
      w.update(contentItems, id, { scheduledAt, timeZone });
      w.touch(strategies, row.strategyId);
    });
    return itemSaved(ctx, id);
  },
};
