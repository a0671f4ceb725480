// Reading the calendar: items, campaigns, national days and the bundled international days.
import fs from 'node:fs';
import path from 'node:path';
import { and, asc, desc, eq, gte, isNotNull, isNull, lt, type SQL } from 'drizzle-orm';
import type { CalendarEntry, CalendarItem, Campaign, ContentItem, Observance, Recurrence } from '../../shared/calendar';
import { expandOccurrences } from '../../shared/calendarTime';
import { ChanceryError } from '../../shared/errors';
import type { Context } from '../context';
import { campaigns, contentItems, nationalDays } from '../db/schema';
import { CALENDAR_COLUMNS, toCalendarItem, toCampaign, toContentItem, toNationalDay, type CalendarItemRow, type CampaignRow, type ContentItemRow, type NationalDayRow } from './rows';
import { platformsOf, variantsOf } from './variants';

export function itemRow(ctx: Context, id: string): ContentItemRow {
  const row = ctx.db.select().from(contentItems).where(and(eq(contentItems.id, id), isNull(contentItems.deletedAt))).get();
  if (!row) throw new ChanceryError('not_found', 'That item no longer exists');
  return row;
}

export function findItem(ctx: Context, id: string): ContentItem {
  return toContentItems(ctx, [itemRow(ctx, id)])[0]!;
}

/** Rows as contract items, their platform texts read in one query. */
export function toContentItems(ctx: Context, rows: readonly ContentItemRow[]): ContentItem[] {
  const variants = variantsOf(ctx, rows.map((r) => r.id));
  return rows.map((row) => toContentItem(row, variants.get(row.id) ?? []));
}

export function backlog(ctx: Context, strategyId: string): ContentItem[] {
  const rows = ctx.db
    .select()
    .from(contentItems)
    .where(and(eq(contentItems.strategyId, strategyId), isNull(contentItems.scheduledAt), isNull(contentItems.deletedAt)))
    .orderBy(desc(contentItems.createdAt), desc(contentItems.id))
    .all();
  return toContentItems(ctx, rows);
}

/** Every live item of a strategy (exports). */
export function allItems(ctx: Context, strategyId: string): ContentItem[] {
  const rows = ctx.db
    .select()
    .from(contentItems)
    .where(and(eq(contentItems.strategyId, strategyId), isNull(contentItems.deletedAt)))
    .orderBy(asc(contentItems.scheduledAt), asc(contentItems.id))
    .all();
  return toContentItems(ctx, rows);
}

/** What the range query needs of a row to place it; the rest is the caller's (full or lean items). */
type Placed = { id: string; scheduledAt: string | null; timeZone: string; recurrence: Recurrence | null; localDate: string | null; localTime: string | null };

/**
 * Items with an occurrence in [from, to), and those occurrences in time order. Single items come
 * from the (strategy_id, scheduled_at) index; series starting before `to` are expanded. The calendar
 * reads lean items (calendarItemsInRange), exports whole ones.
 */
function inRange<Row extends { scheduledAt: string | null }, Item extends Placed>(
  select: (where: SQL | undefined, inTimeOrder: boolean) => Row[],
  convert: (rows: Row[]) => Item[],
  strategyId: string,
  from: string,
  to: string,
): { items: Item[]; entries: CalendarEntry[] } {
  const live = and(eq(contentItems.strategyId, strategyId), isNull(contentItems.deletedAt));
  const single = select(and(live, gte(contentItems.scheduledAt, from), lt(contentItems.scheduledAt, to), isNull(contentItems.recurrenceRule)), true);
  // Series are few: the partial index content_items_series finds them all, and those starting after
  // the range are dropped here (a scheduled_at bound, or an ORDER BY, would steer SQLite to scan
  // every earlier post through the schedule index).
  const series = select(and(live, isNotNull(contentItems.recurrenceRule)), false).filter((row) => row.scheduledAt !== null && row.scheduledAt < to);
  const items: Item[] = [];
  const entries: CalendarEntry[] = [];
  for (const item of convert([...single, ...series])) {
    if (!item.scheduledAt) continue;
    const occurrences = item.recurrence
      ? expandOccurrences(item.scheduledAt, item.timeZone, item.recurrence, from, to)
      : [{ at: item.scheduledAt, date: item.localDate!, time: item.localTime! }];
    if (occurrences.length === 0) continue;
    items.push(item);
    for (const o of occurrences) entries.push({ itemId: item.id, at: o.at, localDate: o.date, localTime: o.time, recurring: item.recurrence !== null });
  }
  entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.itemId < b.itemId ? -1 : 1));
  return { items, entries };
}

const byTime = (inTimeOrder: boolean) => (inTimeOrder ? [asc(contentItems.scheduledAt), asc(contentItems.id)] : []);

/** Whole items in a range, texts included (exports). */
export function itemsInRange(ctx: Context, strategyId: string, from: string, to: string): { items: ContentItem[]; entries: CalendarEntry[] } {
  const select = (where: SQL | undefined, inTimeOrder: boolean) => ctx.db.select().from(contentItems).where(where).orderBy(...byTime(inTimeOrder)).all();
  return inRange(select, (rows) => toContentItems(ctx, rows), strategyId, from, to);
}

/**
 * Items in a range as the calendar draws them and its warnings read them: only the columns a
 * CalendarItem holds and the platforms' ids, not texts, notes or links. A busy month at 20,000 posts
 * is read in about half the time, and a drop's warnings are worked out that much sooner.
 */
export function calendarItemsInRange(ctx: Context, strategyId: string, from: string, to: string): { items: CalendarItem[]; entries: CalendarEntry[] } {
  const select = (where: SQL | undefined, inTimeOrder: boolean) => ctx.db.select(CALENDAR_COLUMNS).from(contentItems).where(where).orderBy(...byTime(inTimeOrder)).all();
  return inRange(select, (rows) => toCalendarItems(ctx, rows), strategyId, from, to);
}

/** Lean rows as calendar items, each with its platforms in the strategy's order. */
function toCalendarItems(ctx: Context, rows: readonly CalendarItemRow[]): CalendarItem[] {
  const platforms = platformsOf(ctx, rows.map((r) => r.id));
  return rows.map((row) => toCalendarItem(row, platforms.get(row.id) ?? { platformIds: [], overLimit: [] }));
}

export function campaignRow(ctx: Context, id: string): CampaignRow {
  const row = ctx.db.select().from(campaigns).where(and(eq(campaigns.id, id), isNull(campaigns.deletedAt))).get();
  if (!row) throw new ChanceryError('not_found', 'That campaign no longer exists');
  return row;
}

export function listCampaigns(ctx: Context, strategyId: string): Campaign[] {
  return ctx.db
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.strategyId, strategyId), isNull(campaigns.deletedAt)))
    .orderBy(asc(campaigns.startDate), asc(campaigns.id))
    .all()
    .map(toCampaign);
}

export function nationalDayRow(ctx: Context, id: string): NationalDayRow {
  const row = ctx.db.select().from(nationalDays).where(and(eq(nationalDays.id, id), isNull(nationalDays.deletedAt))).get();
  if (!row) throw new ChanceryError('not_found', 'That national day no longer exists');
  return row;
}

let bundledCache: { dir: string; days: Observance[] } | null = null;

/** The international days in resources/observances.json; an unreadable file reads as none (and says so in the log). */
export function bundledObservances(ctx: Context): Observance[] {
  if (bundledCache?.dir === ctx.resourcesDir) return bundledCache.days;
  let days: Observance[] = [];
  try {
    const raw = JSON.parse(fs.readFileSync(path.join(ctx.resourcesDir, 'observances.json'), 'utf8')) as { observances?: unknown };
    const list = Array.isArray(raw.observances) ? raw.observances : [];
    days = list.flatMap((o: Record<string, unknown>) =>
      typeof o.id === 'string' && typeof o.name === 'string' && typeof o.monthDay === 'string' && /^\d{2}-\d{2}$/.test(o.monthDay)
        ? [{ id: o.id, name: o.name, monthDay: o.monthDay, source: 'international' as const, note: typeof o.note === 'string' ? o.note : '', strategyId: null }]
        : [],
    );
  } catch (error) {
    console.error('[calendar] resources/observances.json could not be read:', error);
  }
  bundledCache = { dir: ctx.resourcesDir, days };
  return days;
}

export function listObservances(ctx: Context, strategyId: string): Observance[] {
  const national = ctx.db
    .select()
    .from(nationalDays)
    .where(and(eq(nationalDays.strategyId, strategyId), isNull(nationalDays.deletedAt)))
    .all()
    .map(toNationalDay);
  return [...bundledObservances(ctx), ...national].sort((a, b) => (a.monthDay < b.monthDay ? -1 : a.monthDay > b.monthDay ? 1 : a.name.localeCompare(b.name)));
}
