// Copies a strategy with everything it holds into a new draft, in one transaction.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Context } from '../context';
import { kpis, nationalDays, objectives, platforms, priorities, strategies } from '../db/schema';
import type { Writer } from '../db/writePath';
import { content } from '../db/rowCopy';
import { duplicateAudienceMap } from '../audiences/duplicate';

export function duplicateStrategy(ctx: Context, w: Writer, sourceId: string, title: string): string {
  const source = ctx.db.select().from(strategies).where(eq(strategies.id, sourceId)).get();
  if (!source) throw new Error(`No strategy ${sourceId}`);
  const copyId = w.insert(strategies, { ...content(source), title, status: 'draft' });

  const objectiveRows = ctx.db.select().from(objectives).where(and(eq(objectives.strategyId, sourceId), isNull(objectives.deletedAt))).all();
  const newObjectiveIds = new Map<string, string>();
  for (const row of objectiveRows) newObjectiveIds.set(row.id, w.insert(objectives, { ...content(row), strategyId: copyId }));
  if (objectiveRows.length > 0) {
    const kpiRows = ctx.db
      .select()
      .from(kpis)
      .where(and(inArray(kpis.objectiveId, [...newObjectiveIds.keys()]), isNull(kpis.deletedAt)))
      .all();
    for (const row of kpiRows) w.insert(kpis, { ...content(row), objectiveId: newObjectiveIds.get(row.objectiveId)! });
  }
  for (const row of ctx.db.select().from(priorities).where(and(eq(priorities.strategyId, sourceId), isNull(priorities.deletedAt))).all()) {
    w.insert(priorities, { ...content(row), strategyId: copyId });
  }
  const platformIds = new Map<string, string>();
  for (const row of ctx.db.select().from(platforms).where(and(eq(platforms.strategyId, sourceId), isNull(platforms.deletedAt))).all()) {
    platformIds.set(row.id, w.insert(platforms, { ...content(row), strategyId: copyId }));
  }
  duplicateAudienceMap(ctx, w, sourceId, copyId, platformIds);
  // The calendar's national days carry over; its dated posts and campaigns do not (a copy plans anew).
  for (const row of ctx.db.select().from(nationalDays).where(and(eq(nationalDays.strategyId, sourceId), isNull(nationalDays.deletedAt))).all()) {
    w.insert(nationalDays, { ...content(row), strategyId: copyId });
  }
  return copyId;
}
