// Calendar warnings from the database: the strategy's platforms, campaigns and priority audiences
// fed to the pure rules in shared/calendarWarnings.
import { and, eq, isNull } from 'drizzle-orm';
import type { CalendarWarning, ItemSaved } from '../../shared/calendar';
import { calendarWarnings, itemWarnings } from '../../shared/calendarWarnings';
import type { Context } from '../context';
import { audiences } from '../db/schema';
import { listPlatforms } from '../platforms/queries';
import { findItem, listCampaigns } from './queries';
import { cachedItemsInRange } from './rangeCache';
import { utcMillis } from '../../shared/dates';

const HOUR = 60 * 60 * 1000;

/** Months wholly inside [from, to), allowing for the planner's zone (up to 14 hours either side). */
function monthsCovered(from: string, to: string): string[] {
  const months: string[] = [];
  const start = new Date(from);
  let y = start.getUTCFullYear();
  let m = start.getUTCMonth();
  for (let i = 0; i < 24; i++, m++) {
    if (m === 12) {
      m = 0;
      y++;
    }
    const first = utcMillis(y, m, 1);
    const next = utcMillis(y, m + 1, 1);
    if (first - 14 * HOUR > Date.parse(to)) break;
    if (first + 14 * HOUR >= Date.parse(from) && next - 14 * HOUR <= Date.parse(to)) months.push(`${y}-${String(m + 1).padStart(2, '0')}`);
  }
  return months;
}

export function warningsInRange(ctx: Context, strategyId: string, from: string, to: string, withGaps = true): CalendarWarning[] {
  const { items, entries } = cachedItemsInRange(ctx, strategyId, from, to);
  const priorityAudiences = withGaps
    ? ctx.db
        .select({ id: audiences.id, name: audiences.name })
        .from(audiences)
        .where(and(eq(audiences.strategyId, strategyId), eq(audiences.priority, 'high'), isNull(audiences.deletedAt)))
        .all()
    : [];
  return calendarWarnings({
    items,
    entries,
    platforms: listPlatforms(ctx, strategyId),
    campaigns: listCampaigns(ctx, strategyId),
    priorityAudiences,
    months: withGaps ? monthsCovered(from, to) : [],
    now: new Date(ctx.now()).toISOString(),
  });
}

/** An item as saved, with the warnings about it (its day's platform load, its campaign, its approval). */
export function itemSaved(ctx: Context, id: string): ItemSaved {
  const item = findItem(ctx, id);
  if (!item.scheduledAt) return { item, warnings: itemWarnings(item, []) };
  const at = Date.parse(item.scheduledAt);
  // Wide enough to hold the whole local day of the item in any zone.
  const all = warningsInRange(ctx, item.strategyId, new Date(at - 38 * HOUR).toISOString(), new Date(at + 38 * HOUR).toISOString(), false);
  return { item, warnings: itemWarnings(item, all) };
}
