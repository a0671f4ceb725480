// What a planner should know about a stretch of the calendar. Warnings never refuse anything.
import { ITEM_STATUS_LABELS, type CalendarEntry, type CalendarItem, type CalendarWarning, type Campaign } from './calendar';
import { DAILY_POST_THRESHOLDS } from './calendarText';
import { dayName, monthName } from './calendarTime';
import { platformLabel, type PlatformKind } from './domain';

export interface WarningInput {
  /** The calendar's view of the items: their platforms, status, campaign and audiences are what the rules read. */
  items: readonly CalendarItem[];
  /** Occurrences in the range (an item's own date or its series' dates). */
  entries: readonly CalendarEntry[];
  platforms: readonly { id: string; kind: PlatformKind; name: string; handle: string }[];
  campaigns: readonly Campaign[];
  /** High-priority audiences: each should hear from us every month. */
  priorityAudiences: readonly { id: string; name: string }[];
  /** Months (YYYY-MM) to check for priority audiences with no item. */
  months: readonly string[];
  /** Now, as an ISO instant. */
  now: string;
  /** Per-platform-kind daily thresholds; defaults to DAILY_POST_THRESHOLDS. */
  thresholds?: Partial<Record<PlatformKind, number>>;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const LIVE = (item: Pick<CalendarItem, 'status'>) => item.status !== 'cancelled';

function warning(kind: CalendarWarning['kind'], message: string, itemIds: string[], more: Partial<CalendarWarning> = {}): CalendarWarning {
  return { kind, message, itemIds, date: null, platformId: null, audienceId: null, ...more };
}

export function calendarWarnings(input: WarningInput): CalendarWarning[] {
  const out: CalendarWarning[] = [];
  const byId = new Map(input.items.map((item) => [item.id, item]));
  const liveEntries = input.entries.filter((e) => {
    const item = byId.get(e.itemId);
    return item !== undefined && LIVE(item);
  });

  // Too many posts on one platform in a day (the day local to each post's own zone).
  const load = new Map<string, string[]>();
  for (const entry of liveEntries) {
    for (const platformId of byId.get(entry.itemId)!.platformIds) {
      const key = `${platformId} ${entry.localDate}`;
      const list = load.get(key) ?? [];
      list.push(entry.itemId);
      load.set(key, list);
    }
  }
  for (const [key, itemIds] of load) {
    const [platformId, date] = key.split(' ') as [string, string];
    const platform = input.platforms.find((p) => p.id === platformId);
    if (!platform) continue;
    const threshold = input.thresholds?.[platform.kind] ?? DAILY_POST_THRESHOLDS[platform.kind];
    if (itemIds.length > threshold) {
      out.push(
        warning('platform_load', `${itemIds.length} posts on ${platformLabel(platform)} on ${dayName(date)} (more than ${threshold} a day)`, [...new Set(itemIds)], { date, platformId }),
      );
    }
  }

  for (const item of input.items) {
    if (!LIVE(item) || item.scheduledAt === null) continue;
    // Approved but never scheduled, and its date has passed.
    if (item.status === 'approved' && item.scheduledAt < input.now && item.recurrence === null) {
      out.push(warning('approved_not_scheduled', `"${item.title}" was approved but not scheduled, and its date (${dayName(item.localDate!)}) has passed`, [item.id], { date: item.localDate }));
    }
    // Not approved within 24 hours of posting.
    if (item.status === 'in_review' || item.status === 'draft' || item.status === 'idea') {
      const nowMs = Date.parse(input.now);
      const soon = liveEntries.find((e) => e.itemId === item.id && Date.parse(e.at) >= nowMs && Date.parse(e.at) - nowMs <= DAY_MS);
      if (soon) {
        out.push(
          warning('review_soon', `"${item.title}" is still ${ITEM_STATUS_LABELS[item.status].toLowerCase()} and posts within 24 hours (${dayName(soon.localDate)} at ${soon.localTime})`, [item.id], {
            date: soon.localDate,
          }),
        );
      }
    }
  }

  // A text the platform would refuse or cut.
  for (const item of input.items) {
    if (!LIVE(item) || item.overLimit.length === 0) continue;
    const names = item.overLimit.map((id) => {
      const platform = input.platforms.find((p) => p.id === id);
      return platform ? platformLabel(platform) : 'a platform';
    });
    out.push(warning('over_limit', `"${item.title}" is too long for ${names.join(' and ')}: shorten the text before it goes out`, [item.id], { date: item.localDate, platformId: item.overLimit[0]! }));
  }

  // Outside its campaign's dates.
  for (const entry of liveEntries) {
    const item = byId.get(entry.itemId)!;
    const campaign = item.campaignId ? input.campaigns.find((c) => c.id === item.campaignId) : undefined;
    if (campaign && (entry.localDate < campaign.startDate || entry.localDate > campaign.endDate)) {
      if (out.some((w) => w.kind === 'outside_campaign' && w.itemIds[0] === item.id)) continue;
      out.push(
        warning('outside_campaign', `"${item.title}" on ${dayName(entry.localDate)} is outside its campaign "${campaign.name}" (${dayName(campaign.startDate)} to ${dayName(campaign.endDate)})`, [item.id], {
          date: entry.localDate,
        }),
      );
    }
  }

  // A high-priority audience with no item in a month.
  for (const month of input.months) {
    const reached = new Set<string>();
    for (const entry of liveEntries) if (entry.localDate.startsWith(month)) for (const id of byId.get(entry.itemId)!.audienceIds) reached.add(id);
    for (const audience of input.priorityAudiences) {
      if (!reached.has(audience.id)) {
        out.push(warning('audience_gap', `No post for ${audience.name} (a high-priority audience) in ${monthName(month)}`, [], { date: month, audienceId: audience.id }));
      }
    }
  }
  return out;
}

/** Warnings about one item after it was saved or moved: those naming it, whether it is unapproved, and why it went back to review. */
export function itemWarnings(
  item: Pick<CalendarItem, 'id' | 'title' | 'status' | 'scheduledAt' | 'localDate'> & { reviewReason: string },
  all: readonly CalendarWarning[],
): CalendarWarning[] {
  const out = all.filter((w) => w.itemIds.includes(item.id));
  // The reason it is back in review already says it is not approved.
  if (item.status === 'in_review' && item.reviewReason) out.push(warning('back_in_review', item.reviewReason, [item.id], { date: item.localDate }));
  else if (item.scheduledAt !== null && (item.status === 'idea' || item.status === 'draft' || item.status === 'in_review')) {
    out.push(warning('unapproved', `"${item.title}" is on the calendar but not approved yet (${ITEM_STATUS_LABELS[item.status].toLowerCase()})`, [item.id], { date: item.localDate }));
  }
  return out;
}
