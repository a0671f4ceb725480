// contentItem.moveOccurrence: one occurrence of a series dragged to another day or hour. The series
// skips that date and a detached one-off copy takes its place at the target, both in one write so a
// single Undo restores the series and removes the copy, and both sync as ordinary field changes.
import type { calendarCalls } from '../../shared/contract/calendar';
import { dayName, expandOccurrences, instantToLocal, localToInstant } from '../../shared/calendarTime';
import { invalid } from '../audiences/rules';
import type { FeatureHandlers } from '../context';
import { contentItems, strategies } from '../db/schema';
import { recurrenceColumns } from './item';
import { findItem, itemRow } from './queries';
import { putVariants } from './variants';
import { itemSaved } from './warnings';

/** Whether `date` (local, in the item's zone) is a live occurrence of the series starting at `scheduledAt`. */
function isOccurrence(item: ReturnType<typeof findItem>, date: string): boolean {
  if (!item.scheduledAt || !item.recurrence || !item.localTime) return false;
  const at = localToInstant(date, item.localTime, item.timeZone);
  const end = new Date(Date.parse(at) + 1).toISOString();
  return expandOccurrences(item.scheduledAt, item.timeZone, item.recurrence, at, end).some((o) => o.date === date);
}

export const occurrenceHandlers: FeatureHandlers<Pick<typeof calendarCalls, 'contentItem.moveOccurrence'>> = {
  'contentItem.moveOccurrence': (ctx, { id, occurrence, to }) => {
    const row = itemRow(ctx, id);
    const item = findItem(ctx, id);
    if (!item.recurrence) throw invalid('id', `"${item.title}" does not repeat; move the post itself instead`);
    if (!isOccurrence(item, occurrence)) {
      throw invalid('occurrence', `"${item.title}" has no occurrence on ${dayName(occurrence)} (in ${item.timeZone}) to move`);
    }
    const timeZone = to.timeZone ?? item.timeZone;
    // Like contentItem.move: the copy keeps the series' local time unless the move names one.
    const time = to.time ?? instantToLocal(item.scheduledAt!, item.timeZone).time;
    const scheduledAt = localToInstant(to.date, time, timeZone);
    const copyId = ctx.write(`move one occurrence of "${item.title}" from ${dayName(occurrence)} to ${dayName(to.date)}${to.time ? ` ${to.time}` : ''}`, (w) => {
      w.update(contentItems, id, recurrenceColumns({ ...item.recurrence!, exceptions: [...item.recurrence!.exceptions, occurrence] }));
      const copy = w.insert(contentItems, {
        strategyId: row.strategyId,
        title: row.title,
        language: row.language,
        audienceIds: row.audienceIds,
        keyMessageId: row.keyMessageId,
        objectiveId: row.objectiveId,
        campaignId: row.campaignId,
        assignee: row.assignee,
        tags: row.tags,
        links: row.links,
        hashtags: row.hashtags,
        notes: row.notes,
        mediaIds: row.mediaIds,
        status: row.status,
        approvedBy: row.approvedBy,
        approvedAt: row.approvedAt,
        scheduledAt,
        timeZone,
        recurrenceRule: null,
        recurrenceExceptions: '[]',
      });
      putVariants(w, { id: copy, strategyId: row.strategyId }, item.variants);
      w.touch(strategies, row.strategyId);
      return copy;
    });
    return itemSaved(ctx, copyId);
  },
};
