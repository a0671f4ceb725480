import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Platform, PlatformKind, PlatformStatus } from '../../shared/domain';
import { ChanceryError } from '../../shared/errors';
import type { Context } from '../context';
import { platforms } from '../db/schema';

type PlatformRow = typeof platforms.$inferSelect;

function parseLanguages(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

function toPlatform(row: PlatformRow): Platform {
  const { deletedAt: _deleted, createdAt: _created, updatedAt: _updated, languages, ...rest } = row;
  return { ...rest, kind: row.kind as PlatformKind, status: row.status as PlatformStatus, languages: parseLanguages(languages) };
}

export function listPlatforms(ctx: Context, strategyId: string): Platform[] {
  return ctx.db
    .select()
    .from(platforms)
    .where(and(eq(platforms.strategyId, strategyId), isNull(platforms.deletedAt)))
    .orderBy(asc(platforms.sortKey), asc(platforms.id))
    .all()
    .map(toPlatform);
}

export function findPlatform(ctx: Context, id: string): Platform {
  const row = ctx.db
    .select()
    .from(platforms)
    .where(and(eq(platforms.id, id), isNull(platforms.deletedAt)))
    .get();
  if (!row) throw new ChanceryError('not_found', 'That platform no longer exists');
  return toPlatform(row);
}

/** Ids of the strategy's live platforms: what an audience's or message's platformIds may name. */
export function livePlatformIds(ctx: Context, strategyId: string): Set<string> {
  const rows = ctx.db
    .select({ id: platforms.id })
    .from(platforms)
    .where(and(eq(platforms.strategyId, strategyId), isNull(platforms.deletedAt)))
    .all();
  return new Set(rows.map((r) => r.id));
}
