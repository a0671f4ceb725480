// contentItem.move: a drag or keyboard move on the calendar, or back to the backlog. Moves never
// refuse for a planning rule; they save at once and answer with warnings.
import type { calendarCalls } from '../../shared/contract/calendar';
import { dayName, instantToLocal, localToInstant } from '../../shared/calendarTime';
import type { FeatureHandlers } from '../context';
import { contentItems, strategies } from '../db/schema';
import { itemRow } from './queries';
import { itemSaved } from './warnings';

/** When a backlog item lands on a day without a time. */
export const DEFAULT_POST_TIME = '09:00';

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
    // The item keeps its local time in its own zone unless the move names a time.
    const time = to.time ?? (row.scheduledAt ? instantToLocal(row.scheduledAt, row.timeZone).time : DEFAULT_POST_TIME);
    const scheduledAt = localToInstant(to.date, time, timeZone);
    ctx.write(`move post "${row.title}" to ${dayName(to.date)}${to.time ? ` ${to.time}` : ''}`, (w) => {
      w.update(contentItems, id, { scheduledAt, timeZone });
      w.touch(strategies, row.strategyId);
    });
    return itemSaved(ctx, id);
  },
};
