import { z } from 'zod';
import {
  AUDIENCE_KINDS,
  AUDIENCE_PRIORITIES,
  ENGAGEMENT_KINDS,
  RELATIONSHIP_KINDS,
  SCORE_MAX,
  SCORE_MIN,
  STANCES,
  type Audience,
  type AudienceDetail,
  type AudienceRemoval,
  type Engagement,
  type Relationship,
} from '../audiences';
import { id, isoDate, languageTag, localDate, shortText, text, title } from '../validation';
import { call } from './define';

const score = (what: string) =>
  z
    .number({ error: `${what} must be a number from ${SCORE_MIN} to ${SCORE_MAX}` })
    .int(`${what} must be a whole number from ${SCORE_MIN} to ${SCORE_MAX}`)
    .min(SCORE_MIN, `${what} must be from ${SCORE_MIN} to ${SCORE_MAX}`)
    .max(SCORE_MAX, `${what} must be from ${SCORE_MIN} to ${SCORE_MAX}`);

const list = (what: string, item: z.ZodType<string>) => z.array(item).max(50, `At most 50 ${what}`);

const audienceFields = {
  name: title('Name'),
  kind: z.enum(AUDIENCE_KINDS, { error: 'Unknown audience kind' }),
  regions: list('regions', shortText('Region').pipe(z.string().min(1, 'A region cannot be empty'))),
  languages: list('languages', languageTag),
  platformIds: list('platforms', id),
  influence: score('Influence'),
  interest: score('Interest'),
  stance: z.enum(STANCES, { error: 'Unknown stance' }),
  priority: z.enum(AUDIENCE_PRIORITIES, { error: 'Priority must be high, medium or low' }),
  needs: text('What they need from us'),
  notes: text('Notes'),
  tags: list('tags', shortText('Tag').pipe(z.string().min(1, 'A tag cannot be empty'))),
  lawfulBasis: text('Lawful basis'),
  reviewDate: isoDate,
};

const engagementFields = {
  date: localDate,
  kind: z.enum(ENGAGEMENT_KINDS, { error: 'Unknown kind of engagement' }),
  summary: text('Summary').pipe(z.string().trim().min(1, 'Summary cannot be empty')),
  outcome: text('Outcome'),
};

const relationshipFields = {
  kind: z.enum(RELATIONSHIP_KINDS, { error: 'Unknown kind of relationship' }),
  label: shortText('Label'),
};

export const audienceCalls = {
  'audience.list': call(z.strictObject({ strategyId: id })).returns<Audience[]>(),
  'audience.get': call(z.strictObject({ id })).returns<AudienceDetail>(),
  'audience.create': call(
    z.strictObject({ strategyId: id, name: audienceFields.name, kind: audienceFields.kind, ...partial(audienceFields, 'name', 'kind') }),
  ).returns<Audience>(),
  'audience.update': call(z.strictObject({ id, patch: z.strictObject(partial(audienceFields)) })).returns<Audience>(),
  /** A move on the influence-interest map (drag or keyboard). */
  'audience.place': call(z.strictObject({ id, influence: audienceFields.influence, interest: audienceFields.interest })).returns<Audience>(),
  /** Where the planner put the audience in the relationship graph. */
  'audience.position': call(
    z.strictObject({ id, x: z.number().finite().min(-1e6).max(1e6), y: z.number().finite().min(-1e6).max(1e6) }),
  ).returns<Audience>(),
  /** What removing the audience would take with it and which posts are aimed at it, for the confirm dialog. */
  'audience.removal': call(z.strictObject({ id })).returns<AudienceRemoval>(),
  'audience.remove': call(z.strictObject({ id })).returns<{ id: string }>(),

  'engagement.create': call(
    z.strictObject({ audienceId: id, ...engagementFields, outcome: engagementFields.outcome.optional() }),
  ).returns<Engagement>(),
  'engagement.update': call(z.strictObject({ id, patch: z.strictObject(partial(engagementFields)) })).returns<Engagement>(),
  'engagement.remove': call(z.strictObject({ id })).returns<{ id: string }>(),

  'relationship.list': call(z.strictObject({ strategyId: id })).returns<Relationship[]>(),
  'relationship.create': call(
    z.strictObject({ fromId: id, toId: id, kind: relationshipFields.kind, label: relationshipFields.label.optional() }),
  ).returns<Relationship>(),
  'relationship.update': call(z.strictObject({ id, patch: z.strictObject(partial(relationshipFields)) })).returns<Relationship>(),
  'relationship.remove': call(z.strictObject({ id })).returns<{ id: string }>(),
};

/** Every field optional, minus the ones listed. */
function partial<T extends Record<string, z.ZodType>, K extends keyof T = never>(fields: T, ...omit: K[]) {
  const out: Record<string, z.ZodType> = {};
  for (const [key, schema] of Object.entries(fields)) if (!omit.includes(key as K)) out[key] = schema.optional();
  return out as { [P in Exclude<keyof T, K>]: z.ZodOptional<T[P]> };
}
