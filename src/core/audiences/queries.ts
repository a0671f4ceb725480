import { and, asc, desc, eq, isNull, or, sql } from 'drizzle-orm';
import type { Audience, AudienceDetail, AudienceRemoval, Engagement, Relationship } from '../../shared/audiences';
import { instantToLocal } from '../../shared/calendarTime';
import { ChanceryError } from '../../shared/errors';
import type { Context } from '../context';
import { audiences, contentItems, engagements, relationships } from '../db/schema';
import { livePlatformIds } from '../platforms/queries';
import { toAudience, toEngagement, toRelationship, type AudienceRow } from './rows';

/** The raw live row, for handlers that need stored fields (e.g. the map position) as they are. */
export function audienceRow(ctx: Context, id: string): AudienceRow {
  const row = ctx.db
    .select()
    .from(audiences)
    .where(and(eq(audiences.id, id), isNull(audiences.deletedAt)))
    .get();
  if (!row) throw new ChanceryError('not_found', 'That audience no longer exists');
  return row;
}

/** A strategy's live audiences in map-list order (sort key, then id), each with its latest contact. */
export function listAudiences(ctx: Context, strategyId: string): Audience[] {
  const rows = liveAudienceRows(ctx, strategyId);
  if (rows.length === 0) return [];
  const latest = latestContacts(ctx, strategyId);
  const platforms = livePlatformIds(ctx, strategyId);
  return rows.map((row) => toAudience(row, latest.get(row.id) ?? null, platforms));
}

export function liveAudienceRows(ctx: Context, strategyId: string): AudienceRow[] {
  return ctx.db
    .select()
    .from(audiences)
    .where(and(eq(audiences.strategyId, strategyId), isNull(audiences.deletedAt)))
    .orderBy(asc(audiences.sortKey), asc(audiences.id))
    .all();
}

export function findAudience(ctx: Context, id: string): Audience {
  const row = audienceRow(ctx, id);
  const latest = ctx.db
    .select({ date: sql<string | null>`max(${engagements.date})` })
    .from(engagements)
    .where(and(eq(engagements.audienceId, id), isNull(engagements.deletedAt)))
    .get();
  return toAudience(row, latest?.date ?? null, livePlatformIds(ctx, row.strategyId));
}

export function getAudienceDetail(ctx: Context, id: string): AudienceDetail {
  const audience = findAudience(ctx, id);
  const live = new Set(liveAudienceIds(ctx, audience.strategyId));
  return {
    ...audience,
    engagements: listEngagements(ctx, id),
    relationships: listRelationships(ctx, audience.strategyId, live).filter((r) => r.fromId === id || r.toId === id),
  };
}

/** Latest engagement date per audience of a strategy: max(date), one grouped index scan. */
function latestContacts(ctx: Context, strategyId: string): Map<string, string> {
  const rows = ctx.db
    .select({ audienceId: engagements.audienceId, date: sql<string>`max(${engagements.date})` })
    .from(engagements)
    .where(and(eq(engagements.strategyId, strategyId), isNull(engagements.deletedAt)))
    .groupBy(engagements.audienceId)
    .all();
  return new Map(rows.map((r) => [r.audienceId, r.date]));
}

function liveAudienceIds(ctx: Context, strategyId: string): string[] {
  return ctx.db
    .select({ id: audiences.id })
    .from(audiences)
    .where(and(eq(audiences.strategyId, strategyId), isNull(audiences.deletedAt)))
    .all()
    .map((r) => r.id);
}

/** An audience's engagement log, latest first (by date, then newest id). */
export function listEngagements(ctx: Context, audienceId: string): Engagement[] {
  return ctx.db
    .select()
    .from(engagements)
    .where(and(eq(engagements.audienceId, audienceId), isNull(engagements.deletedAt)))
    .orderBy(desc(engagements.date), desc(engagements.id))
    .all()
    .map(toEngagement);
}

export function findEngagement(ctx: Context, id: string): Engagement {
  const row = ctx.db
    .select()
    .from(engagements)
    .where(and(eq(engagements.id, id), isNull(engagements.deletedAt)))
    .get();
  if (!row) throw new ChanceryError('not_found', 'That engagement no longer exists');
  return toEngagement(row);
}

/**
 * A strategy's live relationships between two live audiences, oldest first (ids are UUIDv7).
 * A link whose end was removed, even on another laptop, drops out of the list.
 */
export function listRelationships(ctx: Context, strategyId: string, liveIds = new Set(liveAudienceIds(ctx, strategyId))): Relationship[] {
  return ctx.db
    .select()
    .from(relationships)
    .where(and(eq(relationships.strategyId, strategyId), isNull(relationships.deletedAt)))
    .orderBy(asc(relationships.id))
    .all()
    .filter((row) => liveIds.has(row.fromId) && liveIds.has(row.toId))
    .map(toRelationship);
}

export function findRelationship(ctx: Context, id: string): Relationship {
  const row = ctx.db
    .select()
    .from(relationships)
    .where(and(eq(relationships.id, id), isNull(relationships.deletedAt)))
    .get();
  if (!row) throw new ChanceryError('not_found', 'That relationship no longer exists');
  return toRelationship(row);
}

/** Ids of the live rows that hang off an audience: what removing it must tombstone with it. */
export function audienceDependents(ctx: Context, audience: { id: string; strategyId: string }) {
  const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
  return {
    engagements: ids(
      ctx.db.select({ id: engagements.id }).from(engagements).where(and(eq(engagements.audienceId, audience.id), isNull(engagements.deletedAt))).all(),
    ),
    relationships: ids(
      ctx.db
        .select({ id: relationships.id })
        .from(relationships)
        .where(
          and(
            eq(relationships.strategyId, audience.strategyId),
            isNull(relationships.deletedAt),
            or(eq(relationships.fromId, audience.id), eq(relationships.toId, audience.id)),
          ),
        )
        .all(),
    ),
  };
}

/** Live posts of the audience's strategy aimed at it, by date (the backlog last), then title. */
export function postsAimedAt(ctx: Context, audience: { id: string; strategyId: string }): AudienceRemoval['posts'] {
  return ctx.db
    .select({ id: contentItems.id, title: contentItems.title, scheduledAt: contentItems.scheduledAt, timeZone: contentItems.timeZone })
    .from(contentItems)
    .where(
      and(
        eq(contentItems.strategyId, audience.strategyId),
        isNull(contentItems.deletedAt),
        sql`exists (select 1 from json_each(${contentItems.audienceIds}) where json_each.value = ${audience.id})`,
      ),
    )
    .all()
    .map((r) => ({ id: r.id, title: r.title, localDate: r.scheduledAt ? instantToLocal(r.scheduledAt, r.timeZone).date : null }))
    .sort((a, b) => (a.localDate ?? '9999').localeCompare(b.localDate ?? '9999') || a.title.localeCompare(b.title));
}

/** Sort key of the last live audience of a strategy, for appending. */
export function lastAudienceSortKey(ctx: Context, strategyId: string): string | null {
  const row = ctx.db
    .select({ key: sql<string | null>`max(${audiences.sortKey})` })
    .from(audiences)
    .where(and(eq(audiences.strategyId, strategyId), isNull(audiences.deletedAt)))
    .get();
  return row?.key ?? null;
}
