// The post editor's working copy: what the planner has typed, kept as typed (raw list text, numbers
// as strings) so a refused save loses nothing, and turned into the contract's fields only on save.
import { WEEKDAYS, type ContentItem, type Recurrence, type Weekday } from '../../../shared/calendar';
import { ChanceryError } from '../../../shared/errors';
import { DEFAULT_POST_TIME } from '../../../shared/calendarTime';

export type RepeatKind = 'none' | 'weekly' | 'monthly';
export type EndKind = 'never' | 'until' | 'count';

export interface RecurrenceDraft {
  repeat: RepeatKind;
  interval: string;
  byDay: Weekday[];
  end: EndKind;
  until: string;
  count: string;
  exceptions: string[];
}

export interface Draft {
  title: string;
  texts: Record<string, string>;
  platforms: string[];
  language: string;
  audienceIds: string[];
  keyMessageId: string;
  objectiveId: string;
  campaignId: string;
  assignee: string;
  status: ContentItem['status'];
  date: string;
  time: string;
  timeZone: string;
  /** Comma-separated, as typed. */
  tags: string;
  /** Comma- or space-separated, with or without '#', as typed. */
  hashtags: string;
  /** One per line, as typed. */
  links: string;
  notes: string;
  recurrence: RecurrenceDraft;
}

export function recurrenceDraftOf(rule: Recurrence | null): RecurrenceDraft {
  return {
    repeat: rule?.freq ?? 'none',
    interval: String(rule?.interval ?? 1),
    byDay: rule?.byDay ?? [],
    end: rule?.until ? 'until' : rule?.count ? 'count' : 'never',
    until: rule?.until ?? '',
    count: rule?.count ? String(rule.count) : '10',
    exceptions: rule?.exceptions ?? [],
  };
}

export function draftOf(item: ContentItem | null, date: string | null, zone: string): Draft {
  return {
    title: item?.title ?? '',
    texts: Object.fromEntries((item?.variants ?? []).map((v) => [v.platformId, v.text])),
    platforms: item?.variants.map((v) => v.platformId) ?? [],
    language: item?.language ?? '',
    audienceIds: item?.audienceIds ?? [],
    keyMessageId: item?.keyMessageId ?? '',
    objectiveId: item?.objectiveId ?? '',
    campaignId: item?.campaignId ?? '',
    assignee: item?.assignee ?? '',
    status: item?.status ?? 'idea',
    date: item?.localDate ?? date ?? '',
    time: item?.localTime ?? (date ? DEFAULT_POST_TIME : ''),
    timeZone: item?.timeZone ?? zone,
    tags: (item?.tags ?? []).join(', '),
    hashtags: (item?.hashtags ?? []).join(' '),
    links: (item?.links ?? []).join('\n'),
    notes: item?.notes ?? '',
    recurrence: recurrenceDraftOf(item?.recurrence ?? null),
  };
}

/**
 * Whether the working copy differs from the saved item: what a save would send, so a platform ticked
 * and unticked again, or its text kept for a re-tick, is no change.
 */
export function draftChanged(draft: Draft, item: ContentItem, zone: string): boolean {
  const comparable = (d: Draft) => ({
    ...d,
    platforms: [...d.platforms].sort(),
    texts: Object.fromEntries([...d.platforms].sort().map((p) => [p, d.texts[p] ?? ''])),
  });
  return JSON.stringify(comparable(draft)) !== JSON.stringify(comparable(draftOf(item, null, zone)));
}

/** "a, b,, c" → ["a", "b", "c"] */
export const splitTags = (text: string) => text.split(/[,\n]/).map((s) => s.trim()).filter(Boolean);
/** "#a b, c" → ["#a", "b", "c"]: the core adds the missing '#'. */
export const splitHashtags = (text: string) => text.split(/[\s,]+/).map((s) => s.trim()).filter(Boolean);
export const splitLinks = (text: string) => text.split('\n').map((s) => s.trim()).filter(Boolean);

/** What the form must settle before the core can judge the series (a number it can read, a chosen date). */
export function recurrenceProblem(r: RecurrenceDraft, date: string): string | null {
  if (r.repeat === 'none') return null;
  if (!date) return 'A series starts on the post’s date: choose a date first';
  if (!/^\d+$/.test(r.interval.trim())) return `Write how often it repeats as a whole number of ${r.repeat === 'weekly' ? 'weeks' : 'months'}, such as 1 or 2`;
  if (r.end === 'until' && !r.until) return 'Choose the date the series ends, or let it run on';
  if (r.end === 'until' && r.until < date) return 'The series ends before its first post; choose a later end date';
  if (r.end === 'count' && !/^\d+$/.test(r.count.trim())) return 'Write how many times it runs as a whole number, such as 10';
  return null;
}

/** The series as the contract takes it; the core checks the ranges (at most every 52 weeks, 1,000 times). */
export function recurrenceOf(r: RecurrenceDraft): Recurrence | null {
  if (r.repeat === 'none') return null;
  return {
    freq: r.repeat,
    interval: Number(r.interval),
    byDay: r.repeat === 'weekly' ? WEEKDAYS.filter((d) => r.byDay.includes(d)) : [],
    until: r.end === 'until' ? r.until : null,
    count: r.end === 'count' ? Number(r.count) : null,
    exceptions: [...new Set(r.exceptions)].sort(),
  };
}

export interface FieldError {
  message: string;
  /** Which entry of a list field ("links.1" → 1), when the core names one. */
  index: number | null;
}

/** The core's messages by the editor field they concern: "links.1" → links, "recurrence.until" → recurrence. */
export function fieldErrors(error: unknown): Record<string, FieldError> {
  const out: Record<string, FieldError> = {};
  for (const issue of ChanceryError.from(error).issues) {
    const [field = '', second] = issue.path.split('.');
    out[field] ??= { message: issue.message, index: second !== undefined && /^\d+$/.test(second) ? Number(second) : null };
  }
  return out;
}
