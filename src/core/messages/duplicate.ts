// Copies a strategy's message house and key messages (with their versions) into a duplicate.
import { and, eq, isNull } from 'drizzle-orm';
import type { Context } from '../context';
import { content, mapIdList } from '../db/rowCopy';
import { audienceMessages, houseMessages, messageVersions } from '../db/schema';
import type { Writer } from '../db/writePath';

export function duplicateMessages(
  ctx: Context,
  w: Writer,
  sourceId: string,
  copyId: string,
  audienceIds: Map<string, string>,
  platformIds: Map<string, string>,
): void {
  const houseRows = ctx.db.select().from(houseMessages).where(and(eq(houseMessages.strategyId, sourceId), isNull(houseMessages.deletedAt))).all();
  const houseIds = new Map<string, string>();
  // Pillars and the core first, so proof points can point at their copied pillar.
  for (const row of houseRows.filter((r) => r.parentId === null)) houseIds.set(row.id, w.insert(houseMessages, { ...content(row), strategyId: copyId }));
  for (const row of houseRows.filter((r) => r.parentId !== null)) {
    const parentId = houseIds.get(row.parentId!);
    if (parentId) houseIds.set(row.id, w.insert(houseMessages, { ...content(row), strategyId: copyId, parentId }));
  }

  const messageIds = new Map<string, string>();
  const messageRows = ctx.db.select().from(audienceMessages).where(and(eq(audienceMessages.strategyId, sourceId), isNull(audienceMessages.deletedAt))).all();
  for (const row of messageRows) {
    const audienceId = audienceIds.get(row.audienceId);
    if (!audienceId) continue;
    const copy = w.insert(audienceMessages, {
      ...content(row),
      strategyId: copyId,
      audienceId,
      pillarId: row.pillarId ? (houseIds.get(row.pillarId) ?? null) : null,
      platformIds: mapIdList(row.platformIds, platformIds),
    });
    messageIds.set(row.id, copy);
  }
  const versionRows = ctx.db.select().from(messageVersions).where(and(eq(messageVersions.strategyId, sourceId), isNull(messageVersions.deletedAt))).all();
  for (const row of versionRows) {
    const audienceMessageId = messageIds.get(row.audienceMessageId);
    if (audienceMessageId) {
      w.insert(messageVersions, { ...content(row), strategyId: copyId, audienceId: audienceIds.get(row.audienceId) ?? '', audienceMessageId });
    }
  }
}
