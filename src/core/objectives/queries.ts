import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Kpi, Objective, ObjectiveKind } from '../../shared/domain';
import { ChanceryError } from '../../shared/errors';
import type { Context } from '../context';
import { kpis, objectives } from '../db/schema';

type ObjectiveRow = typeof objectives.$inferSelect;
type KpiRow = typeof kpis.$inferSelect;

export function toKpi(row: KpiRow): Kpi {
  return {
    id: row.id,
    objectiveId: row.objectiveId,
    metric: row.metric,
    baseline: row.baseline,
    target: row.target,
    actual: row.actual,
    unit: row.unit,
    dueDate: row.dueDate,
    sortKey: row.sortKey,
  };
}

export function toObjective(row: ObjectiveRow, objectiveKpis: Kpi[]): Objective {
  return {
    id: row.id,
    strategyId: row.strategyId,
    title: row.title,
    kind: row.kind as ObjectiveKind,
    description: row.description,
    sortKey: row.sortKey,
    kpis: objectiveKpis,
  };
}

/** A strategy's live objectives in order, each with its live KPIs in order. */
export function listObjectives(ctx: Context, strategyId: string): Objective[] {
  const rows = ctx.db
    .select()
    .from(objectives)
    .where(and(eq(objectives.strategyId, strategyId), isNull(objectives.deletedAt)))
    .orderBy(asc(objectives.sortKey), asc(objectives.id))
    .all();
  if (rows.length === 0) return [];
  const kpiRows = ctx.db
    .select()
    .from(kpis)
    .where(and(inArray(kpis.objectiveId, rows.map((r) => r.id)), isNull(kpis.deletedAt)))
    .orderBy(asc(kpis.sortKey), asc(kpis.id))
    .all();
  const byObjective = new Map<string, Kpi[]>();
  for (const row of kpiRows) {
    const list = byObjective.get(row.objectiveId) ?? [];
    list.push(toKpi(row));
    byObjective.set(row.objectiveId, list);
  }
  return rows.map((row) => toObjective(row, byObjective.get(row.id) ?? []));
}

export function findObjective(ctx: Context, id: string): Objective {
  const row = ctx.db
    .select()
    .from(objectives)
    .where(and(eq(objectives.id, id), isNull(objectives.deletedAt)))
    .get();
  if (!row) throw new ChanceryError('not_found', 'That objective no longer exists');
  const kpiRows = ctx.db
    .select()
    .from(kpis)
    .where(and(eq(kpis.objectiveId, id), isNull(kpis.deletedAt)))
    .orderBy(asc(kpis.sortKey), asc(kpis.id))
    .all();
  return toObjective(row, kpiRows.map(toKpi));
}

export function findKpi(ctx: Context, id: string): Kpi {
  const row = ctx.db
    .select()
    .from(kpis)
    .where(and(eq(kpis.id, id), isNull(kpis.deletedAt)))
    .get();
  if (!row) throw new ChanceryError('not_found', 'That KPI no longer exists');
  return toKpi(row);
}
