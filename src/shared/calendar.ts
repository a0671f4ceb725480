// The editorial calendar: content items (posts, one text variant per platform), campaigns,
// observances, recurrence, and the status workflow. Pure rules only; time zones live in
// calendarTime.ts, text length in calendarText.ts, warnings in calendarWarnings.ts.
import { checkLength } from './calendarText';
import type { PlatformKind } from './domain';

export const ITEM_STATUSES = ['idea', 'draft', 'in_review', 'approved', 'scheduled', 'published', 'cancelled'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];
export const ITEM_STATUS_LABELS: Record<ItemStatus, string> = {
  idea: 'Idea',
  draft: 'Draft',
  in_review: 'In review',
  approved: 'Approved',
  scheduled: 'Scheduled',
  published: 'Published',
  cancelled: 'Cancelled',
};

/** The moves the workflow allows, from each status. Scheduling an unapproved item is an override (see checkTransition). */
export const STATUS_MOVES: Record<ItemStatus, readonly ItemStatus[]> = {
  idea: ['draft', 'cancelled'],
  draft: ['idea', 'in_review', 'cancelled'],
  in_review: ['draft', 'approved', 'cancelled'],
  approved: ['draft', 'in_review', 'scheduled', 'cancelled'],
  scheduled: ['approved', 'draft', 'published', 'cancelled'],
  published: [],
  cancelled: ['idea', 'draft'],
};

/** Statuses at which an item counts as approved (approvedBy/approvedAt stay set). */
export const APPROVED_STATUSES: readonly ItemStatus[] = ['approved', 'scheduled', 'published'];

export type TransitionCheck =
  | { ok: true; /** True when an unapproved item is scheduled by override. */ overridden: boolean; /** Whether approvedBy/approvedAt are kept. */ keepsApproval: boolean }
  | { ok: false; message: string };

export interface TransitionFacts {
  /** The item has a date and time (scheduling needs one). */
  hasSchedule: boolean;
  /** The planner explicitly chose to schedule an unapproved item. */
  override?: boolean;
  /** Platform names whose variant is over that platform's limit (approving and scheduling are refused then). */
  overLimit?: readonly string[];
  /** Who approves: required when moving to approved. */
  approver?: string;
}

/** Whether an item may move from one status to another, and with what consequence. */
export function checkTransition(from: ItemStatus, to: ItemStatus, facts: TransitionFacts): TransitionCheck {
  if (from === to) return { ok: true, overridden: false, keepsApproval: APPROVED_STATUSES.includes(to) };
  const label = (s: ItemStatus) => ITEM_STATUS_LABELS[s].toLowerCase();
  if (from === 'published') return { ok: false, message: 'A published item cannot change status; duplicate it to post again' };
  let overridden = false;
  if (!STATUS_MOVES[from].includes(to)) {
    const unapprovedToScheduled = to === 'scheduled' && (from === 'idea' || from === 'draft' || from === 'in_review');
    if (!unapprovedToScheduled) return { ok: false, message: `An item cannot go from ${label(from)} to ${label(to)}` };
    if (!facts.override) {
      return { ok: false, message: `This item is not approved yet; schedule it anyway only with an explicit override` };
    }
    overridden = true;
  }
  if (to === 'approved' && from !== 'scheduled' && !facts.approver?.trim()) return { ok: false, message: 'Say who approves this item' };
  const movingForward = (to === 'approved' && from !== 'scheduled') || to === 'scheduled';
  if (movingForward && facts.overLimit && facts.overLimit.length > 0) {
    const verb = to === 'approved' ? 'approving' : 'scheduling';
    return { ok: false, message: `The text for ${facts.overLimit.join(', ')} is over the platform’s limit; shorten it before ${verb}` };
  }
  if ((to === 'scheduled' || to === 'published') && !facts.hasSchedule) {
    return { ok: false, message: `Give the item a date and time before marking it ${label(to)}` };
  }
  return { ok: true, overridden, keepsApproval: APPROVED_STATUSES.includes(to) };
}

/** One platform's version of a post. */
export interface PlatformVariant {
  platformId: string;
  text: string;
}

export const RECURRENCE_FREQS = ['weekly', 'monthly'] as const;
export type RecurrenceFreq = (typeof RECURRENCE_FREQS)[number];
/** ISO weekday codes, Monday first (as RRULE BYDAY). */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * A series, RRULE-like: weekly (on some weekdays) or monthly (on the start's day of the month),
 * every `interval` weeks or months, until a local date or for a count. Exceptions are local dates
 * (in the item's zone) on which an occurrence is skipped.
 */
export interface Recurrence {
  freq: RecurrenceFreq;
  interval: number;
  /** Weekly only; empty means the start's weekday. */
  byDay: Weekday[];
  until: string | null;
  count: number | null;
  exceptions: string[];
}

export interface ContentItem {
  id: string;
  strategyId: string;
  title: string;
  /** One per selected platform of the strategy, each with its own text. */
  variants: PlatformVariant[];
  language: string;
  audienceIds: string[];
  /** An audience key message (audienceMessage id). */
  keyMessageId: string | null;
  objectiveId: string | null;
  campaignId: string | null;
  assignee: string;
  tags: string[];
  links: string[];
  hashtags: string[];
  notes: string;
  /** Media library ids; the media library comes later, this is its seam. */
  mediaIds: string[];
  status: ItemStatus;
  approvedBy: string | null;
  approvedAt: string | null;
  /** Why the post went back to review after an approval (what changed), or ''. */
  reviewReason: string;
  /** UTC instant (ISO), or null: the item is in the backlog. */
  scheduledAt: string | null;
  /** The IANA zone the post is planned in ("09:00 in Africa/Nairobi"). */
  timeZone: string;
  /** Local date and time in `timeZone`, derived from scheduledAt (null in the backlog). */
  localDate: string | null;
  localTime: string | null;
  recurrence: Recurrence | null;
  updatedAt: string;
}

/** One occurrence on the calendar: the item, and when this occurrence falls. */
export interface CalendarEntry {
  itemId: string;
  /** UTC instant of this occurrence. */
  at: string;
  localDate: string;
  localTime: string;
  /** Whether it is an occurrence of a series rather than the item's own date. */
  recurring: boolean;
}

/**
 * What a calendar view draws and filters a post by. Texts, notes and links stay out: a month of a
 * busy year holds hundreds of posts, and the editor loads the whole item (contentItem.get) anyway.
 */
export type CalendarItem = Pick<
  ContentItem,
  'id' | 'title' | 'status' | 'language' | 'audienceIds' | 'campaignId' | 'assignee' | 'timeZone' | 'scheduledAt' | 'localDate' | 'localTime' | 'recurrence' | 'updatedAt'
> & {
  /** The platforms the post has a text for, in the strategy's order. */
  platformIds: string[];
  /** Those whose text is over the platform's length limit. */
  overLimit: string[];
};

/** The calendar's view of a post; `kinds` gives each platform's kind, which decides how its text is counted. */
export function calendarItemOf(item: ContentItem, kinds: ReadonlyMap<string, PlatformKind>): CalendarItem {
  return {
    id: item.id,
    title: item.title,
    status: item.status,
    language: item.language,
    audienceIds: item.audienceIds,
    campaignId: item.campaignId,
    assignee: item.assignee,
    timeZone: item.timeZone,
    scheduledAt: item.scheduledAt,
    localDate: item.localDate,
    localTime: item.localTime,
    recurrence: item.recurrence,
    updatedAt: item.updatedAt,
    platformIds: item.variants.map((v) => v.platformId),
    overLimit: item.variants.filter((v) => kinds.has(v.platformId) && checkLength(kinds.get(v.platformId)!, v.text).over).map((v) => v.platformId),
  };
}

export interface CalendarRange {
  /** Items with at least one occurrence in the range (each once), as the calendar draws them. */
  items: CalendarItem[];
  entries: CalendarEntry[];
  campaigns: Campaign[];
  observances: Observance[];
}

export interface Campaign {
  id: string;
  strategyId: string;
  name: string;
  /** #rrggbb */
  colour: string;
  startDate: string;
  endDate: string;
  objectiveId: string | null;
}

export const OBSERVANCE_SOURCES = ['international', 'national'] as const;
export type ObservanceSource = (typeof OBSERVANCE_SOURCES)[number];

/** An international day (bundled in resources/observances.json) or a national day a planner adds. */
export interface Observance {
  /** Bundled days have a stable text id ("world-press-freedom-day"); national days a row id. */
  id: string;
  name: string;
  /** MM-DD, every year. */
  monthDay: string;
  source: ObservanceSource;
  /** Who proclaimed it (e.g. "UN General Assembly resolution 48/432"), or the planner's note. */
  note: string;
  /** Set on national days. */
  strategyId: string | null;
}

/** The observances falling between two local dates (inclusive), each with its dates. */
export function observanceDates(observances: readonly Observance[], fromDate: string, toDate: string): { observance: Observance; date: string }[] {
  const out: { observance: Observance; date: string }[] = [];
  const firstYear = Number(fromDate.slice(0, 4));
  const lastYear = Number(toDate.slice(0, 4));
  for (let year = firstYear; year <= lastYear; year++) {
    for (const observance of observances) {
      const date = `${year}-${observance.monthDay}`;
      if (observance.monthDay === '02-29' && !isLeapYear(year)) continue;
      if (date >= fromDate && date <= toDate) out.push({ observance, date });
    }
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.observance.name.localeCompare(b.observance.name)));
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export type WarningKind =
  | 'platform_load'
  | 'approved_not_scheduled'
  | 'review_soon'
  | 'audience_gap'
  | 'outside_campaign'
  | 'unapproved'
  | 'back_in_review'
  | 'over_limit';

export interface CalendarWarning {
  kind: WarningKind;
  message: string;
  itemIds: string[];
  /** The local date concerned (platform load, passed date), or the month (YYYY-MM) of an audience gap. */
  date: string | null;
  platformId: string | null;
  audienceId: string | null;
}

/** The answer of a move or save: the item as saved, and what the planner should know about it. */
export interface ItemSaved {
  item: ContentItem;
  warnings: CalendarWarning[];
}

export interface CsvImportResult {
  imported: number;
  items: ContentItem[];
}

export interface ExportFile {
  fileName: string;
  mimeType: string;
  content: string;
}

export const COLOUR_PATTERN = /^#[0-9a-fA-F]{6}$/;
