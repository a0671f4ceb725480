import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Priority } from '../../shared/domain';
import { ChanceryError } from '../../shared/errors';
import type { Context } from '../context';
import { priorities } from '../db/schema';

type PriorityRow = typeof priorities.$inferSelect;

function toPriority(row: PriorityRow): Priority {
  return { id: row.id, strategyId: row.strategyId, title: row.title, description: row.description, sortKey: row.sortKey };
}

export function listPriorities(ctx: Context, strategyId: string): Priority[] {
  return ctx.db
    .select()
    .from(priorities)
    .where(and(eq(priorities.strategyId, strategyId), isNull(priorities.deletedAt)))
    .orderBy(asc(priorities.sortKey), asc(priorities.id))
    .all()
    .map(toPriority);
}

export function findPriority(ctx: Context, id: string): Priority {
  const row = ctx.db
    .select()
    .from(priorities)
    .where(and(eq(priorities.id, id), isNull(priorities.deletedAt)))
    .get();
  if (!row) throw new ChanceryError('not_found', 'That priority no longer exists');
  return toPriority(row);
}
