// Copies a strategy's audience map (audiences, engagement logs, links) and its key messages into a
// duplicate, inside the caller's transaction, mapping every id to its copy.
import { and, eq, isNull } from 'drizzle-orm';
import type { Context } from '../context';
import { content, mapIdList } from '../db/rowCopy';
import { audiences, engagements, relationships } from '../db/schema';
import type { Writer } from '../db/writePath';
import { duplicateMessages } from '../messages/duplicate';

export function duplicateAudienceMap(ctx: Context, w: Writer, sourceId: string, copyId: string, platformIds: Map<string, string>): void {
  const audienceIds = new Map<string, string>();
  const audienceRows = ctx.db.select().from(audiences).where(and(eq(audiences.strategyId, sourceId), isNull(audiences.deletedAt))).all();
  for (const row of audienceRows) {
    audienceIds.set(row.id, w.insert(audiences, { ...content(row), strategyId: copyId, platformIds: mapIdList(row.platformIds, platformIds) }));
  }
  const engagementRows = ctx.db.select().from(engagements).where(and(eq(engagements.strategyId, sourceId), isNull(engagements.deletedAt))).all();
  for (const row of engagementRows) {
    const audienceId = audienceIds.get(row.audienceId);
    if (audienceId) w.insert(engagements, { ...content(row), strategyId: copyId, audienceId });
  }
  const relationshipRows = ctx.db.select().from(relationships).where(and(eq(relationships.strategyId, sourceId), isNull(relationships.deletedAt))).all();
  for (const row of relationshipRows) {
    const fromId = audienceIds.get(row.fromId);
    const toId = audienceIds.get(row.toId);
    if (fromId && toId) w.insert(relationships, { ...content(row), strategyId: copyId, fromId, toId });
  }
  duplicateMessages(ctx, w, sourceId, copyId, audienceIds, platformIds);
}
