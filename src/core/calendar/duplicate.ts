// contentItem.duplicate: a copy of a post to reuse, on the same day or another, or in the backlog:
// the quickest way to lay out a run of similar posts. The copy is a new, one-off piece of content.
import type { calendarCalls } from '../../shared/contract/calendar';
import { localToInstant, timeOnNewDay } from '../../shared/calendarTime';
import type { FeatureHandlers } from '../context';
import { strategies } from '../db/schema';
import { insertCopy } from './copy';
import { itemRow, toContentItems } from './queries';
import { itemSaved } from './warnings';

export const duplicateHandlers: FeatureHandlers<Pick<typeof calendarCalls, 'contentItem.duplicate'>> = {
  'contentItem.duplicate': (ctx, { id, to }) => {
    const row = itemRow(ctx, id);
    // The row is copied as stored; the item gives its texts, series and local time.
    const item = toContentItems(ctx, [row])[0]!;
    const timeZone = to?.timeZone ?? item.timeZone;
    // Omitted: the original's own instant (a series' first post).
    const scheduledAt = to === undefined ? item.scheduledAt : to === null ? null : localToInstant(to.date, timeOnNewDay(to.time, item.scheduledAt, item.timeZone), timeZone);
    const copyId = ctx.write(`duplicate post "${item.title}"`, (w) => {
      const copy = insertCopy(w, row, item.variants, {
        // The copy is new content that nobody has reviewed: approval belongs to the text that was
        // approved, and a later edit of the copy would otherwise go out under someone else's name.
        // So it starts the workflow again as a draft (an idea stays an idea), unapproved, which also
        // lets a published or cancelled post be reused ("duplicate it to post again", checkTransition).
        status: item.status === 'idea' ? 'idea' : 'draft',
        approvedBy: null,
        approvedAt: null,
        approvedDigest: null,
        scheduledAt,
        timeZone,
      });
      w.touch(strategies, row.strategyId);
      return copy;
    });
    return itemSaved(ctx, copyId);
  },
};
