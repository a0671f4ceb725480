// Audience, engagement and relationship rows as the contract shows them.
import {
  AUDIENCE_KINDS,
  AUDIENCE_PRIORITIES,
  ENGAGEMENT_KINDS,
  RELATIONSHIP_KINDS,
  SCORE_MAX,
  SCORE_MIN,
  STANCES,
  type Audience,
  type Engagement,
  type Relationship,
} from '../../shared/audiences';
import type { audiences, engagements, relationships } from '../db/schema';
import { parseNumberPair, parseStringList } from '../db/jsonText';

export type AudienceRow = typeof audiences.$inferSelect;
export type EngagementRow = typeof engagements.$inferSelect;
export type RelationshipRow = typeof relationships.$inferSelect;

/** Where a new audience lands on the map when no scores are given: the middle of the grid. */
export const DEFAULT_SCORE = 3;

/** The stored map position, a JSON [influence, interest] pair. */
export function mapPosition(influence: number, interest: number): string {
  return JSON.stringify([influence, interest]);
}

/** Influence and interest from the stored pair; out-of-range or malformed values (from a replica) are clamped. */
export function readMapPosition(json: string): { influence: number; interest: number } {
  const pair = parseNumberPair(json) ?? [DEFAULT_SCORE, DEFAULT_SCORE];
  const clamp = (n: number) => Math.min(SCORE_MAX, Math.max(SCORE_MIN, Math.round(n)));
  return { influence: clamp(pair[0]), interest: clamp(pair[1]) };
}

/** Unknown values (from a newer or hostile replica) read as the column's neutral default. */
function oneOf<T extends string>(values: readonly T[], value: string, fallback: T): T {
  return (values as readonly string[]).includes(value) ? (value as T) : fallback;
}

/**
 * The contract's Audience. `platformIds` keeps only the strategy's live platforms, so removing a
 * platform takes it off every audience without rewriting them (and undoing the removal brings it back).
 */
export function toAudience(row: AudienceRow, latestContact: string | null, livePlatforms: Set<string>): Audience {
  const graph = parseNumberPair(row.graphPosition);
  return {
    id: row.id,
    strategyId: row.strategyId,
    name: row.name,
    kind: oneOf(AUDIENCE_KINDS, row.kind, 'custom'),
    regions: parseStringList(row.regions),
    languages: parseStringList(row.languages),
    platformIds: parseStringList(row.platformIds).filter((id) => livePlatforms.has(id)),
    ...readMapPosition(row.mapPosition),
    stance: oneOf(STANCES, row.stance, 'unknown'),
    priority: oneOf(AUDIENCE_PRIORITIES, row.priority, 'medium'),
    needs: row.needs,
    notes: row.notes,
    tags: parseStringList(row.tags),
    lawfulBasis: row.lawfulBasis,
    reviewDate: row.reviewDate,
    graphX: graph?.[0] ?? null,
    graphY: graph?.[1] ?? null,
    sortKey: row.sortKey,
    latestContact: latestContact || null,
  };
}

export function toEngagement(row: EngagementRow): Engagement {
  return {
    id: row.id,
    audienceId: row.audienceId,
    date: row.date,
    kind: oneOf(ENGAGEMENT_KINDS, row.kind, 'other'),
    summary: row.summary,
    outcome: row.outcome,
  };
}

export function toRelationship(row: RelationshipRow): Relationship {
  return {
    id: row.id,
    strategyId: row.strategyId,
    fromId: row.fromId,
    toId: row.toId,
    kind: oneOf(RELATIONSHIP_KINDS, row.kind, 'custom'),
    label: row.label,
  };
}
