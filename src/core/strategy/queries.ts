import { and, asc, desc, eq, isNull, ne, sql } from 'drizzle-orm';
import type { StrategyDetail, StrategySummary } from '../../shared/domain';
import { meanProgress } from '../../shared/progress';
import type { Context } from '../context';
import { kpis, objectives, platforms, strategies } from '../db/schema';
import { listObjectives } from '../objectives/queries';
import { listPlatforms } from '../platforms/queries';
import { listPriorities } from '../priorities/queries';
import { findStrategy, toStrategy } from './rows';

export function listStrategies(ctx: Context, includeArchived: boolean): StrategySummary[] {
  const live = isNull(strategies.deletedAt);
  const rows = ctx.db
    .select()
    .from(strategies)
    .where(includeArchived ? live : and(live, ne(strategies.status, 'archived')))
    .orderBy(desc(strategies.year), desc(strategies.updatedAt), asc(strategies.id))
    .all();

  const objectiveCounts = countBy(
    ctx.db
      .select({ key: objectives.strategyId, n: sql<number>`count(*)` })
      .from(objectives)
      .where(isNull(objectives.deletedAt))
      .groupBy(objectives.strategyId)
      .all(),
  );
  const platformCounts = countBy(
    ctx.db
      .select({ key: platforms.strategyId, n: sql<number>`count(*)` })
      .from(platforms)
      .where(isNull(platforms.deletedAt))
      .groupBy(platforms.strategyId)
      .all(),
  );
  const kpiRows = ctx.db
    .select({ strategyId: objectives.strategyId, baseline: kpis.baseline, target: kpis.target, actual: kpis.actual })
    .from(kpis)
    .innerJoin(objectives, eq(kpis.objectiveId, objectives.id))
    .where(and(isNull(kpis.deletedAt), isNull(objectives.deletedAt)))
    .all();
  const kpisByStrategy = new Map<string, typeof kpiRows>();
  for (const row of kpiRows) {
    const list = kpisByStrategy.get(row.strategyId) ?? [];
    list.push(row);
    kpisByStrategy.set(row.strategyId, list);
  }

  return rows.map((row) => {
    const strategyKpis = kpisByStrategy.get(row.id) ?? [];
    return {
      ...toStrategy(row),
      objectiveCount: objectiveCounts.get(row.id) ?? 0,
      platformCount: platformCounts.get(row.id) ?? 0,
      kpiCount: strategyKpis.length,
      progress: meanProgress(strategyKpis),
    };
  });
}

export function getStrategyDetail(ctx: Context, id: string): StrategyDetail {
  return {
    ...findStrategy(ctx, id),
    objectives: listObjectives(ctx, id),
    priorities: listPriorities(ctx, id),
    platforms: listPlatforms(ctx, id),
  };
}

function countBy(rows: { key: string; n: number }[]): Map<string, number> {
  return new Map(rows.map((r) => [r.key, r.n]));
}
