// contentItem.moveOccurrence: one occurrence of a series dragged to another day or hour, or to the
// backlog. The series skips that date and a detached one-off copy takes its place at the target (or
// waits unscheduled in the backlog), both in one write so a single Undo restores the series and
// removes the copy, and both sync as ordinary field changes.
import type { ContentItem } from '../../shared/calendar';
import type { calendarCalls } from '../../shared/contract/calendar';
import { dayName, expandOccurrences, localToInstant, timeOnNewDay } from '../../shared/calendarTime';
import { invalid } from '../audiences/rules';
import type { FeatureHandlers } from '../context';
import { contentItems, strategies } from '../db/schema';
import { insertCopy } from './copy';
import { recurrenceColumns } from './item';
import { itemRow, toContentItems } from './queries';
import { itemSaved } from './warnings';

/** Whether `date` (local, in the item's zone) is a live occurrence of the series starting at `scheduledAt`. */
function isOccurrence(item: ContentItem, date: string): boolean {
  if (!item.scheduledAt || !item.recurrence || !item.localTime) return false;
  const at = localToInstant(date, item.localTime, item.timeZone);
  const end = new Date(Date.parse(at) + 1).toISOString();
  return expandOccurrences(item.scheduledAt, item.timeZone, item.recurrence, at, end).some((o) => o.date === date);
}

export const occurrenceHandlers: FeatureHandlers<Pick<typeof calendarCalls, 'contentItem.moveOccurrence'>> = {
  'contentItem.moveOccurrence': (ctx, { id, occurrence, to }) => {
    const row = itemRow(ctx, id);
    // The row is copied as stored; the item gives its texts, series and local time.
    const item = toContentItems(ctx, [row])[0]!;
    if (!item.recurrence) throw invalid('id', `"${item.title}" does not repeat; move the post itself instead`);
    if (!isOccurrence(item, occurrence)) {
      throw invalid('occurrence', `"${item.title}" has no occurrence on ${dayName(occurrence)} (in ${item.timeZone}) to move`);
    }
    // The copy keeps the series' zone unless the move names one; in the backlog, for when it is planned again.
    const timeZone = to?.timeZone ?? item.timeZone;
    const scheduledAt = to ? localToInstant(to.date, timeOnNewDay(to.time, item.scheduledAt, item.timeZone), timeZone) : null;
    const where = to ? `${dayName(to.date)}${to.time ? ` ${to.time}` : ''}` : 'the backlog';
    const copyId = ctx.write(`move one occurrence of "${item.title}" from ${dayName(occurrence)} to ${where}`, (w) => {
      w.update(contentItems, id, recurrenceColumns({ ...item.recurrence!, exceptions: [...item.recurrence!.exceptions, occurrence] }));
      const copy = insertCopy(w, row, item.variants, {
        // As contentItem.move to the backlog: an unscheduled copy of a scheduled series is approved.
        status: to === null && row.status === 'scheduled' ? 'approved' : row.status,
        approvedBy: row.approvedBy,
        approvedAt: row.approvedAt,
        approvedDigest: row.approvedDigest,
        scheduledAt,
        timeZone,
      });
      w.touch(strategies, row.strategyId);
      return copy;
    });
    return itemSaved(ctx, copyId);
  },
};
