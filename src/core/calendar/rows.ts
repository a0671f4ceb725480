// Calendar rows as the contract shows them. JSON fields may come from another replica, so a
// malformed value reads as empty instead of breaking the calendar.
import { ITEM_STATUSES, type CalendarItem, type Campaign, type ContentItem, type ItemStatus, type Observance, type PlatformVariant } from '../../shared/calendar';
import { instantToLocal, isValidTimeZone, parseRule } from '../../shared/calendarTime';
import { parseStringList } from '../db/jsonText';
import { contentItems, type campaigns, type nationalDays } from '../db/schema';
import type { PlatformsOfItem } from './variants';

export type ContentItemRow = typeof contentItems.$inferSelect;
export type CampaignRow = typeof campaigns.$inferSelect;
export type NationalDayRow = typeof nationalDays.$inferSelect;

export function itemStatus(value: string): ItemStatus {
  return (ITEM_STATUSES as readonly string[]).includes(value) ? (value as ItemStatus) : 'idea';
}

/** When a row posts: its instant and zone, the local day and time there, and its series, read defensively. */
function scheduleOf(row: Pick<ContentItemRow, 'scheduledAt' | 'timeZone' | 'recurrenceRule' | 'recurrenceExceptions'>) {
  const timeZone = isValidTimeZone(row.timeZone) ? row.timeZone : 'UTC';
  const scheduledAt = row.scheduledAt && !Number.isNaN(Date.parse(row.scheduledAt)) ? row.scheduledAt : null;
  const local = scheduledAt ? instantToLocal(scheduledAt, timeZone) : null;
  return {
    scheduledAt,
    timeZone,
    localDate: local?.date ?? null,
    localTime: local?.time ?? null,
    recurrence: scheduledAt ? parseRule(row.recurrenceRule, parseStringList(row.recurrenceExceptions)) : null,
  };
}

/** The item as the contract shows it; its platform texts come from content_variants (see variants.ts). */
export function toContentItem(row: ContentItemRow, variants: PlatformVariant[]): ContentItem {
  return {
    id: row.id,
    strategyId: row.strategyId,
    title: row.title,
    variants,
    language: row.language,
    audienceIds: parseStringList(row.audienceIds),
    keyMessageId: row.keyMessageId,
    objectiveId: row.objectiveId,
    campaignId: row.campaignId,
    assignee: row.assignee,
    tags: parseStringList(row.tags),
    links: parseStringList(row.links),
    hashtags: parseStringList(row.hashtags),
    notes: row.notes,
    mediaIds: parseStringList(row.mediaIds),
    status: itemStatus(row.status),
    approvedBy: row.approvedBy,
    approvedAt: row.approvedAt,
    reviewReason: row.reviewReason,
    ...scheduleOf(row),
    updatedAt: row.updatedAt,
  };
}

/** The columns a calendar item is made of (calendarItemsInRange selects only these). */
export const CALENDAR_COLUMNS = {
  id: contentItems.id,
  title: contentItems.title,
  status: contentItems.status,
  language: contentItems.language,
  audienceIds: contentItems.audienceIds,
  campaignId: contentItems.campaignId,
  assignee: contentItems.assignee,
  scheduledAt: contentItems.scheduledAt,
  timeZone: contentItems.timeZone,
  recurrenceRule: contentItems.recurrenceRule,
  recurrenceExceptions: contentItems.recurrenceExceptions,
  updatedAt: contentItems.updatedAt,
};
export type CalendarItemRow = { [K in keyof typeof CALENDAR_COLUMNS]: ContentItemRow[K] };

/** The calendar's view of a row, as calendarItemOf gives of a whole item. */
export function toCalendarItem(row: CalendarItemRow, { platformIds, overLimit }: PlatformsOfItem): CalendarItem {
  return {
    id: row.id,
    title: row.title,
    status: itemStatus(row.status),
    language: row.language,
    audienceIds: parseStringList(row.audienceIds),
    campaignId: row.campaignId,
    assignee: row.assignee,
    ...scheduleOf(row),
    updatedAt: row.updatedAt,
    platformIds,
    overLimit,
  };
}

export function toCampaign(row: CampaignRow): Campaign {
  return { id: row.id, strategyId: row.strategyId, name: row.name, colour: row.colour, startDate: row.startDate, endDate: row.endDate, objectiveId: row.objectiveId };
}

export function toNationalDay(row: NationalDayRow): Observance {
  return { id: row.id, name: row.name, monthDay: row.monthDay, source: 'national', note: row.note, strategyId: row.strategyId };
}
