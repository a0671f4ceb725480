// What each synced column may hold, written once from the rules the contract uses (src/shared), so a
// value from another laptop obeys the same rules as one typed here. A value must also be in the form
// the write path stores (trimmed, cleaned, canonical): a change carrying anything else was not made by
// Chancery. A test fails when a synced column has no rule here.
import { z } from 'zod';
import { AUDIENCE_KINDS, AUDIENCE_PRIORITIES, ENGAGEMENT_KINDS, MESSAGE_KINDS, RELATIONSHIP_KINDS, SCORE_MAX, SCORE_MIN, STANCES } from '../../shared/audiences';
import { COLOUR_PATTERN, ITEM_STATUSES } from '../../shared/calendar';
import { isStoredTimeZone, parseRule } from '../../shared/calendarTime';
import { hashtag, monthDay } from '../../shared/contract/calendar';
import { DATE_RANGE_MESSAGE, isInstantInRange } from '../../shared/dates';
import { TEXT_MAX } from '../../shared/domain';
import {
  id,
  instant,
  kpiNumber,
  languageTag,
  localDate,
  objectiveKind,
  platformKind,
  platformStatus,
  shortText,
  strategyStatus,
  text,
  title,
  webLink,
  year,
} from '../../shared/validation';
import type { FieldValue } from './values';

/** Checks one incoming value; answers why it is refused, or null. */
export type ColumnRule = (value: FieldValue) => string | null;

const problemOf = (schema: z.ZodType, value: unknown): string | null => {
  const result = schema.safeParse(value);
  if (!result.success) return result.error.issues[0]?.message ?? 'not a valid value';
  if (typeof value === 'string' && typeof result.data === 'string' && result.data !== value) return 'not in the form Chancery stores (untrimmed or with control characters)';
  return null;
};

/** A value the schema accepts unchanged. */
const is =
  (schema: z.ZodType): ColumnRule =>
  (value) =>
    problemOf(schema, value);
const nullable =
  (rule: ColumnRule): ColumnRule =>
  (value) =>
    value === null ? null : rule(value);
const either =
  (...rules: ColumnRule[]): ColumnRule =>
  (value) => {
    let first: string | null = null;
    for (const rule of rules) {
      const problem = rule(value);
      if (problem === null) return null;
      first ??= problem;
    }
    return first;
  };

/** JSON text: longer than any list a person edits is refused before parsing. */
const JSON_MAX = 200_000;
const json =
  (schema: z.ZodType): ColumnRule =>
  (value) => {
    if (typeof value !== 'string') return 'must be JSON text';
    if (value.length > JSON_MAX) return 'is too long';
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      return 'is not valid JSON';
    }
    return problemOf(schema, parsed);
  };
const list = (item: z.ZodType, max = 50) => json(z.array(item).max(max, `holds more than ${max} entries`));
/** A list's entries must already be in stored form (trimmed, cleaned). */
const stored = (schema: z.ZodType<string>) => z.string().refine((v) => problemOf(schema, v) === null, { error: (issue) => problemOf(schema, issue.input) ?? '' });

const enumOf = (values: readonly [string, ...string[]], what: string): ColumnRule => is(z.enum(values, { error: `is not a known ${what}` }));
const flag: ColumnRule = (value) => (value === 0 || value === 1 ? null : 'must be 0 or 1');
const idRule = is(id);
const titleRule = is(title());
const lineRule = is(shortText('The value'));
const textRule = is(text());
const dateRule = is(localDate);
/** Write times stamped by the write path ('' until a row's own stamp arrives). */
const isoTime = z.iso.datetime({ offset: true, error: 'must be an ISO date-time' }).refine(isInstantInRange, DATE_RANGE_MESSAGE);
const writeTime: ColumnRule = (value) => (value === '' ? null : problemOf(isoTime, value));
const plannedInstant = is(instant);
const sortKey = is(z.string().max(200, 'is too long').regex(/^[\x21-\x7e]*$/, 'holds characters a sort key never has'));
const score = z.number().int().min(SCORE_MIN).max(SCORE_MAX);
const graphAxis = z.number().finite().min(-1e6).max(1e6);
const recurrenceRule: ColumnRule = (value) => {
  if (typeof value !== 'string' || value.length > 200) return 'is not a series rule';
  return parseRule(value) ? null : 'is not a series rule such as FREQ=WEEKLY;INTERVAL=1;BYDAY=MO';
};
const timeZone: ColumnRule = (value) => (typeof value === 'string' && isStoredTimeZone(value) ? null : 'is not a known IANA time zone');
const tag = stored(shortText('A tag').pipe(z.string().min(1, 'A tag cannot be empty')));

const common = { created_at: writeTime, updated_at: writeTime, deleted_at: nullable(writeTime) };

export const COLUMN_RULES: Record<string, Record<string, ColumnRule>> = {
  strategies: { ...common, title: titleRule, year: is(year), mission: lineRule, vision: textRule, status: is(strategyStatus) },
  objectives: { ...common, strategy_id: idRule, title: titleRule, kind: is(objectiveKind), description: textRule, sort_key: sortKey },
  kpis: {
    ...common,
    objective_id: idRule,
    metric: titleRule,
    baseline: is(kpiNumber('Baseline')),
    target: is(kpiNumber('Target')),
    actual: is(kpiNumber('Actual')),
    unit: lineRule,
    due_date: nullable(dateRule),
    sort_key: sortKey,
  },
  priorities: { ...common, strategy_id: idRule, title: titleRule, description: textRule, sort_key: sortKey },
  platforms: {
    ...common,
    strategy_id: idRule,
    kind: is(platformKind),
    name: lineRule,
    handle: lineRule,
    languages: list(stored(languageTag), 30),
    owner: lineRule,
    status: is(platformStatus),
    custodians: lineRule,
    recovery_note: textRule,
    guidelines: textRule,
    check_verified: flag,
    check_profile_text: flag,
    check_avatar_banner: flag,
    check_contact_disclaimer: flag,
    check_credential_custody: flag,
    check_guidelines: flag,
    sort_key: sortKey,
  },
  audiences: {
    ...common,
    strategy_id: idRule,
    name: titleRule,
    kind: enumOf(AUDIENCE_KINDS, 'audience kind'),
    regions: list(stored(shortText('A region').pipe(z.string().min(1, 'A region cannot be empty')))),
    languages: list(stored(languageTag)),
    platform_ids: list(id),
    map_position: json(z.tuple([score, score])),
    stance: enumOf(STANCES, 'stance'),
    priority: enumOf(AUDIENCE_PRIORITIES, 'priority'),
    needs: textRule,
    notes: textRule,
    tags: list(tag),
    lawful_basis: textRule,
    review_date: nullable(dateRule),
    graph_position: nullable(json(z.tuple([graphAxis, graphAxis]))),
    sort_key: sortKey,
  },
  engagements: { ...common, strategy_id: idRule, audience_id: idRule, date: dateRule, kind: enumOf(ENGAGEMENT_KINDS, 'kind of engagement'), summary: textRule, outcome: textRule },
  relationships: { ...common, strategy_id: idRule, from_id: idRule, to_id: idRule, kind: enumOf(RELATIONSHIP_KINDS, 'kind of relationship'), label: lineRule },
  house_messages: { ...common, strategy_id: idRule, kind: enumOf(MESSAGE_KINDS, 'kind of message'), parent_id: nullable(idRule), text: textRule, sort_key: sortKey },
  audience_messages: { ...common, strategy_id: idRule, audience_id: idRule, pillar_id: nullable(idRule), text: textRule, platform_ids: list(id), sort_key: sortKey },
  message_versions: { ...common, strategy_id: idRule, audience_id: idRule, audience_message_id: idRule, language: is(languageTag), text: textRule, sort_key: sortKey },
  content_items: {
    ...common,
    strategy_id: idRule,
    title: titleRule,
    language: either(is(z.literal('')), is(languageTag)),
    audience_ids: list(id),
    key_message_id: nullable(idRule),
    objective_id: nullable(idRule),
    campaign_id: nullable(idRule),
    assignee: lineRule,
    tags: list(tag),
    links: list(stored(webLink)),
    hashtags: list(stored(hashtag)),
    notes: textRule,
    media_ids: list(id, 100),
    status: enumOf(ITEM_STATUSES, 'status'),
    approved_by: nullable(lineRule),
    approved_at: nullable(writeTime),
    approved_digest: nullable(is(z.string().regex(/^[0-9a-f]{64}$/, 'is not the digest of an approved text (64 hex digits)'))),
    review_reason: textRule,
    scheduled_at: nullable((value) => (typeof value === 'string' && isInstantInRange(value) ? plannedInstant(value) : 'is not a date and time in the planning years')),
    time_zone: timeZone,
    recurrence_rule: nullable(recurrenceRule),
    recurrence_exceptions: list(localDate, 500),
  },
  content_variants: { ...common, strategy_id: idRule, item_id: idRule, platform_id: idRule, text: textRule },
  campaigns: {
    ...common,
    strategy_id: idRule,
    name: titleRule,
    colour: is(z.string().regex(COLOUR_PATTERN, 'is not a colour written as #rrggbb')),
    start_date: dateRule,
    end_date: dateRule,
    objective_id: nullable(idRule),
  },
  national_days: { ...common, strategy_id: idRule, name: titleRule, month_day: is(monthDay), note: textRule },
};

/** Why a value cannot be stored in table.column, or null when it can. Unknown columns have no rule and are refused. */
export function columnValueProblem(table: string, column: string, value: FieldValue): string | null {
  const rule = COLUMN_RULES[table]?.[column];
  if (!rule) return 'has no rule';
  if (typeof value === 'string' && value.length > Math.max(TEXT_MAX, JSON_MAX)) return 'is too long';
  return rule(value);
}
