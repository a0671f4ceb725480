import { z } from 'zod';
import {
  COLOUR_PATTERN,
  ITEM_STATUSES,
  RECURRENCE_FREQS,
  WEEKDAYS,
  type CalendarItem,
  type CalendarRange,
  type CalendarWarning,
  type Campaign,
  type ContentItem,
  type CsvImportResult,
  type ExportFile,
  type ItemSaved,
  type Observance,
} from '../calendar';
import { canonicalTimeZone, unknownZoneMessage } from '../calendarTime';
import { id, instant, languageTag, localDate, shortText, text, title, webLink } from '../validation';
import { call } from './define';

/** An IANA zone, stored under its canonical name ("europe/PARIS" -> "Europe/Paris"). */
export const timeZone = z
  .string({ error: 'A time zone is required' })
  .trim()
  .transform((zone, ctx) => {
    const canonical = canonicalTimeZone(zone);
    if (canonical === null) ctx.addIssue({ code: 'custom', message: unknownZoneMessage(zone) });
    return canonical ?? zone;
  });
export { localDate };
export const localTime = z.string({ error: 'Times must be written as HH:mm' }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Times must be written as HH:mm (24-hour)');
export const monthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'Days must be written as MM-DD, such as 05-03');

export const hashtag = z.string().trim().regex(/^#?[\p{L}\p{N}_]{1,100}$/u, 'Hashtags are letters, digits and _');

const list = (what: string, item: z.ZodType<string>, max = 50) => z.array(item).max(max, `At most ${max} ${what}`);
const entry = (what: string) => shortText(what).pipe(z.string().min(1, `${what} cannot be empty`));

export const recurrenceInput = z
  .strictObject({
    freq: z.enum(RECURRENCE_FREQS, { error: 'A series repeats weekly or monthly' }),
    interval: z.number().int('The interval must be a whole number').min(1, 'The interval must be at least 1').max(52, 'The interval must be at most 52').default(1),
    byDay: z.array(z.enum(WEEKDAYS, { error: 'Weekdays are MO, TU, WE, TH, FR, SA, SU' })).max(7).default([]),
    until: localDate.nullable().default(null),
    count: z.number().int().min(1, 'A series has at least one occurrence').max(1000, 'A series has at most 1,000 occurrences').nullable().default(null),
    exceptions: z.array(localDate).max(500, 'At most 500 exceptions').default([]),
  })
  .refine((r) => r.until === null || r.count === null, { error: 'A series ends on a date or after a number of times, not both', path: ['until'] });

/** A wall-clock time in an IANA zone: "09:00 on 2027-05-03 in Africa/Nairobi". */
export const scheduleInput = z.strictObject({ date: localDate, time: localTime, timeZone });

const itemFields = {
  title: title('Title'),
  variants: z.array(z.strictObject({ platformId: id, text: text('Post text') })).max(20, 'At most 20 platforms'),
  language: languageTag.or(z.literal('')),
  audienceIds: list('audiences', id),
  keyMessageId: id.nullable(),
  objectiveId: id.nullable(),
  campaignId: id.nullable(),
  assignee: shortText('Assignee'),
  tags: list('tags', entry('A tag')),
  links: list('links', webLink),
  hashtags: list('hashtags', hashtag),
  notes: text('Notes'),
  mediaIds: list('media', id, 100),
  /** The zone a backlog item will be planned in; a schedule carries its own. */
  timeZone,
  recurrence: recurrenceInput.nullable(),
};

const campaignFields = {
  name: title('Name'),
  colour: z.string().regex(COLOUR_PATTERN, 'Colours are written as #rrggbb'),
  startDate: localDate,
  endDate: localDate,
  objectiveId: id.nullable(),
};

const observanceFields = { name: title('Name'), monthDay, note: text('Note') };

export const calendarCalls = {
  'contentItem.get': call(z.strictObject({ id })).returns<ContentItem>(),
  /** Unscheduled items (the backlog), newest first. */
  'contentItem.backlog': call(z.strictObject({ strategyId: id })).returns<CalendarItem[]>(),
  'contentItem.create': call(
    z.strictObject({
      strategyId: id,
      title: itemFields.title,
      ...partial(itemFields, 'title'),
      status: z.enum(['idea', 'draft'], { error: 'A new item starts as an idea or a draft' }).optional(),
      /** Omitted or null: the backlog. */
      schedule: scheduleInput.nullable().optional(),
    }),
  ).returns<ItemSaved>(),
  'contentItem.update': call(z.strictObject({ id, patch: z.strictObject(partial(itemFields)) })).returns<ItemSaved>(),
  /**
   * Moves an item: to another local date keeping its local time in its own zone (time and zone
   * optional), or to the backlog (to: null). Answers with warnings; it never refuses a move for a rule.
   */
  'contentItem.move': call(
    z.strictObject({ id, to: z.strictObject({ date: localDate, time: localTime.optional(), timeZone: timeZone.optional() }).nullable() }),
  ).returns<ItemSaved>(),
  /**
   * Moves one occurrence of a series: its local date (in the item's zone) becomes an exception of the
   * series, and a one-off copy of the item (no recurrence) is planned at `to`, or waits in the backlog
   * (to: null), in one undoable step. Answers with the copy and its warnings.
   */
  'contentItem.moveOccurrence': call(
    z.strictObject({ id, occurrence: localDate, to: z.strictObject({ date: localDate, time: localTime.optional(), timeZone: timeZone.optional() }).nullable() }),
  ).returns<ItemSaved>(),
  /**
   * Copies an item to reuse it: same title, texts, language, audiences, message, objective, campaign,
   * assignee, tags, links, hashtags, notes, media and zone. It lands at the original's date and time
   * unless `to` names another local date (keeping the original's local time unless a time is given),
   * or in the backlog (to: null). The copy is a one-off (no recurrence) and new content: a draft (an
   * idea stays an idea) with no approval. One undoable step; answers with the copy and its warnings.
   */
  'contentItem.duplicate': call(
    z.strictObject({ id, to: z.strictObject({ date: localDate, time: localTime.optional(), timeZone: timeZone.optional() }).nullable().optional() }),
  ).returns<ItemSaved>(),
  /** Moves through the workflow. Approving needs `approver`; scheduling an unapproved item needs `override: true`. */
  'contentItem.setStatus': call(
    z.strictObject({
      id,
      status: z.enum(ITEM_STATUSES, { error: 'Unknown status' }),
      approver: shortText('Approver').optional(),
      override: z.boolean().optional(),
    }),
  ).returns<ItemSaved>(),
  'contentItem.remove': call(z.strictObject({ id })).returns<{ id: string }>(),

  'campaign.list': call(z.strictObject({ strategyId: id })).returns<Campaign[]>(),
  'campaign.create': call(z.strictObject({ strategyId: id, ...campaignFields, objectiveId: id.nullable().optional(), colour: campaignFields.colour.optional() })).returns<Campaign>(),
  'campaign.update': call(z.strictObject({ id, patch: z.strictObject(partial(campaignFields)) })).returns<Campaign>(),
  'campaign.remove': call(z.strictObject({ id })).returns<{ id: string }>(),

  /** The bundled international days and the strategy's national days. */
  'observance.list': call(z.strictObject({ strategyId: id })).returns<Observance[]>(),
  'observance.create': call(z.strictObject({ strategyId: id, name: observanceFields.name, monthDay, note: observanceFields.note.optional() })).returns<Observance>(),
  'observance.update': call(z.strictObject({ id, patch: z.strictObject(partial(observanceFields)) })).returns<Observance>(),
  'observance.remove': call(z.strictObject({ id })).returns<{ id: string }>(),

  /** Everything on the calendar between two instants (a month or week as the planner's zone bounds it). */
  'calendar.range': call(z.strictObject({ strategyId: id, from: instant, to: instant })).returns<CalendarRange>(),
  'calendar.warnings': call(z.strictObject({ strategyId: id, from: instant, to: instant })).returns<CalendarWarning[]>(),
  /**
   * Where a calendar with nothing to show should open: the first live post (or series start) at or
   * after `from`, else the last one before it; null when nothing is scheduled.
   */
  'calendar.nearestPost': call(z.strictObject({ strategyId: id, from: instant })).returns<{ scheduledAt: string | null }>(),
  /** iCalendar with VTIMEZONEs for every zone used; the whole calendar unless a range is given. */
  'calendar.exportIcs': call(z.strictObject({ strategyId: id, from: instant.optional(), to: instant.optional() })).returns<ExportFile>(),
  'calendar.exportCsv': call(z.strictObject({ strategyId: id })).returns<ExportFile>(),
  /** Imports items from CSV (the export's columns); any bad row refuses the whole file, naming each problem. */
  'calendar.importCsv': call(z.strictObject({ strategyId: id, content: z.string().max(20_000_000, 'That file is too large') })).returns<CsvImportResult>(),
};

/** Every field optional, minus the ones listed. */
function partial<T extends Record<string, z.ZodType>, K extends keyof T = never>(fields: T, ...omit: K[]) {
  const out: Record<string, z.ZodType> = {};
  for (const [key, schema] of Object.entries(fields)) if (!omit.includes(key as K)) out[key] = schema.optional();
  return out as { [P in Exclude<keyof T, K>]: z.ZodOptional<T[P]> };
}
