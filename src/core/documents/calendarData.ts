// The brief's calendar sections as plain data: campaigns, counts per platform and month, and the
// next items. Read through the calendar core's own queries; the renderers only lay this out.
import { ITEM_STATUS_LABELS, type ContentItem } from '../../shared/calendar';
import { PLATFORM_KIND_LABELS, type StrategyDetail } from '../../shared/domain';
import type { Context } from '../context';
import { allItems, itemsInRange, listCampaigns } from '../calendar/queries';

/** How many upcoming items the brief lists. */
export const UPCOMING_LIMIT = 15;
const DAY = 86_400_000;
/** How far ahead "upcoming" looks. */
const UPCOMING_DAYS = 366;

export interface BriefCampaign {
  name: string;
  startDate: string;
  endDate: string;
  objective: string | null;
  items: number;
}

export interface BriefCalendarOverview {
  /** "the strategy's year" or "the coming quarter". */
  scope: string;
  /** YYYY-MM, in order. */
  months: string[];
  /** One row per platform with any item in the period; counts per month, in `months` order. */
  rows: { platform: string; counts: number[] }[];
  totals: number[];
}

export interface BriefUpcomingItem {
  /** Local date and time in the item's zone. */
  localDate: string;
  localTime: string;
  timeZone: string;
  platforms: string[];
  title: string;
  status: string;
}

export interface BriefCalendar {
  campaigns: BriefCampaign[];
  overview: BriefCalendarOverview | null;
  upcoming: BriefUpcomingItem[];
}

export const EMPTY_CALENDAR: BriefCalendar = { campaigns: [], overview: null, upcoming: [] };

const live = (item: ContentItem) => item.status !== 'cancelled';

function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    out.push(key);
    if (key >= last) return out;
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
}

function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function overview(ctx: Context, strategy: StrategyDetail, platformName: Map<string, string>, now: number): BriefCalendarOverview | null {
  const count = (fromMonth: string, toMonth: string) => {
    // Local dates decide the month; a day's slack either side covers every zone.
    const from = new Date(Date.parse(`${fromMonth}-01T00:00:00Z`) - DAY).toISOString();
    const to = new Date(Date.parse(`${addMonths(toMonth, 1)}-01T00:00:00Z`) + DAY).toISOString();
    const { items, entries } = itemsInRange(ctx, strategy.id, from, to);
    const byId = new Map(items.filter(live).map((i) => [i.id, i]));
    const counts = new Map<string, Map<string, number>>();
    for (const entry of entries) {
      const item = byId.get(entry.itemId);
      const month = entry.localDate.slice(0, 7);
      if (!item || month < fromMonth || month > toMonth) continue;
      for (const variant of item.variants) {
        const perMonth = counts.get(variant.platformId) ?? new Map<string, number>();
        perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
        counts.set(variant.platformId, perMonth);
      }
    }
    return counts;
  };
  const build = (scope: string, months: string[], counts: Map<string, Map<string, number>>): BriefCalendarOverview => {
    const order = strategy.platforms.map((p) => p.id).filter((id) => counts.has(id));
    const rows = order.map((id) => ({ platform: platformName.get(id)!, counts: months.map((m) => counts.get(id)!.get(m) ?? 0) }));
    const totals = months.map((_, i) => rows.reduce((sum, r) => sum + r.counts[i]!, 0));
    return { scope, months, rows, totals };
  };
  const year = strategy.year;
  const inYear = count(`${year}-01`, `${year}-12`);
  // Only platforms of the strategy's presence count; a variant for a removed platform is left out.
  for (const id of [...inYear.keys()]) if (!platformName.has(id)) inYear.delete(id);
  if (inYear.size > 0) {
    // The months the year's items span, at least a quarter, within the year.
    const used = [...inYear.values()].flatMap((m) => [...m.keys()]).sort();
    let first = used[0]!;
    let last = used[used.length - 1]!;
    while (monthsBetween(first, last).length < 3) {
      if (last < `${year}-12`) last = addMonths(last, 1);
      else first = addMonths(first, -1);
    }
    return build(`the strategy’s year (${year})`, monthsBetween(first, last), inYear);
  }
  const thisMonth = new Date(now).toISOString().slice(0, 7);
  const quarterEnd = addMonths(thisMonth, 2);
  const coming = count(thisMonth, quarterEnd);
  for (const id of [...coming.keys()]) if (!platformName.has(id)) coming.delete(id);
  if (coming.size === 0) return null;
  return build('the coming quarter', monthsBetween(thisMonth, quarterEnd), coming);
}

export function loadBriefCalendar(ctx: Context, strategy: StrategyDetail): BriefCalendar {
  const now = ctx.now();
  const platformName = new Map(strategy.platforms.map((p) => [p.id, p.name || PLATFORM_KIND_LABELS[p.kind]]));
  const objectiveTitle = new Map(strategy.objectives.map((o) => [o.id, o.title]));
  const itemsPerCampaign = new Map<string, number>();
  for (const item of allItems(ctx, strategy.id)) {
    if (item.campaignId && live(item)) itemsPerCampaign.set(item.campaignId, (itemsPerCampaign.get(item.campaignId) ?? 0) + 1);
  }
  const campaigns = listCampaigns(ctx, strategy.id).map((c) => ({
    name: c.name,
    startDate: c.startDate,
    endDate: c.endDate,
    objective: (c.objectiveId && objectiveTitle.get(c.objectiveId)) || null,
    items: itemsPerCampaign.get(c.id) ?? 0,
  }));

  const from = new Date(now).toISOString();
  const to = new Date(now + UPCOMING_DAYS * DAY).toISOString();
  const { items, entries } = itemsInRange(ctx, strategy.id, from, to);
  const byId = new Map(items.filter((i) => live(i) && i.status !== 'published').map((i) => [i.id, i]));
  const upcoming: BriefUpcomingItem[] = [];
  for (const entry of entries) {
    if (upcoming.length >= UPCOMING_LIMIT) break;
    const item = byId.get(entry.itemId);
    if (!item) continue;
    upcoming.push({
      localDate: entry.localDate,
      localTime: entry.localTime,
      timeZone: item.timeZone,
      platforms: item.variants.map((v) => platformName.get(v.platformId)).filter((n): n is string => Boolean(n)),
      title: item.title,
      status: ITEM_STATUS_LABELS[item.status],
    });
  }
  return { campaigns, overview: overview(ctx, strategy, platformName, now), upcoming };
}

/** "Apr 2027" for a YYYY-MM month. */
export function monthLabel(month: string): string {
  const date = new Date(`${month}-15T12:00:00Z`);
  return date.toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** "Thu 3 Apr 2027, 09:00" for a local date and time. */
export function localWhen(localDate: string, localTime: string): string {
  const date = new Date(`${localDate}T12:00:00Z`);
  const day = Number.isNaN(date.getTime()) ? localDate : date.toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return `${day}, ${localTime}`;
}
