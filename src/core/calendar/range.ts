// calendar.range and calendar.warnings: what a month or week view shows, and what to look at.
import { and, asc, desc, eq, gte, isNotNull, isNull, lt } from 'drizzle-orm';
import type { calendarCalls } from '../../shared/contract/calendar';
import { invalid } from '../audiences/rules';
import type { FeatureHandlers } from '../context';
import { contentItems } from '../db/schema';
import { findStrategy } from '../strategy/rows';
import { listCampaigns, listObservances } from './queries';
import { cachedItemsInRange } from './rangeCache';
import { warningsInRange } from './warnings';

type RangeCalls = Pick<typeof calendarCalls, 'calendar.range' | 'calendar.warnings' | 'calendar.nearestPost'>;

const MAX_RANGE_DAYS = 400;
const DAY = 24 * 60 * 60 * 1000;

function checkRange(from: string, to: string): { from: string; to: string } {
  const start = Date.parse(from);
  const end = Date.parse(to);
  if (end <= start) throw invalid('to', 'The end of the range must come after its start');
  if (end - start > MAX_RANGE_DAYS * DAY) throw invalid('to', `Ask for at most ${MAX_RANGE_DAYS} days at a time`);
  // Stored instants are UTC ISO strings, so the bounds are too (they compare as text).
  return { from: new Date(start).toISOString(), to: new Date(end).toISOString() };
}

export const rangeHandlers: FeatureHandlers<RangeCalls> = {
  'calendar.range': (ctx, input) => {
    findStrategy(ctx, input.strategyId);
    const { from, to } = checkRange(input.from, input.to);
    const { items, entries } = cachedItemsInRange(ctx, input.strategyId, from, to);
    // Campaign dates are local; a day's slack either side covers every zone the planner may view in.
    const first = new Date(Date.parse(from) - DAY).toISOString().slice(0, 10);
    const last = new Date(Date.parse(to) + DAY).toISOString().slice(0, 10);
    const campaigns = listCampaigns(ctx, input.strategyId).filter((c) => c.endDate >= first && c.startDate <= last);
    return { items, entries, campaigns, observances: listObservances(ctx, input.strategyId) };
  },
  'calendar.warnings': (ctx, input) => {
    findStrategy(ctx, input.strategyId);
    const { from, to } = checkRange(input.from, input.to);
    return warningsInRange(ctx, input.strategyId, from, to);
  },
  'calendar.nearestPost': (ctx, { strategyId, from }) => {
    findStrategy(ctx, strategyId);
    const at = new Date(Date.parse(from)).toISOString();
    const live = and(eq(contentItems.strategyId, strategyId), isNull(contentItems.deletedAt), isNotNull(contentItems.scheduledAt));
    const pick = (where: ReturnType<typeof and>, order: typeof asc) =>
      ctx.db.select({ scheduledAt: contentItems.scheduledAt }).from(contentItems).where(where).orderBy(order(contentItems.scheduledAt)).limit(1).get();
    const row = pick(and(live, gte(contentItems.scheduledAt, at)), asc) ?? pick(and(live, lt(contentItems.scheduledAt, at)), desc);
    return { scheduledAt: row?.scheduledAt ?? null };
  },
};
