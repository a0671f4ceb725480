import { and, eq, isNull } from 'drizzle-orm';
import type { Strategy, StrategyStatus } from '../../shared/domain';
import { ChanceryError } from '../../shared/errors';
import type { Context } from '../context';
import { strategies } from '../db/schema';

type StrategyRow = typeof strategies.$inferSelect;

export function toStrategy(row: StrategyRow): Strategy {
  return {
    id: row.id,
    title: row.title,
    year: row.year,
    mission: row.mission,
    vision: row.vision,
    status: row.status as StrategyStatus,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function findStrategy(ctx: Context, id: string): Strategy {
  const row = ctx.db
    .select()
    .from(strategies)
    .where(and(eq(strategies.id, id), isNull(strategies.deletedAt)))
    .get();
  if (!row) throw new ChanceryError('not_found', 'That strategy no longer exists');
  return toStrategy(row);
}
