import { and, asc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { AudienceMessage, HouseMessage, MessageHouse, MessageVersion } from '../../shared/audiences';
import { ChanceryError } from '../../shared/errors';
import { liveAudienceRows } from '../audiences/queries';
import type { Context } from '../context';
import { parseStringList } from '../db/jsonText';
import { audienceMessages, houseMessages, messageVersions } from '../db/schema';
import { livePlatformIds } from '../platforms/queries';
import { houseKind, toHouseMessage, toMessageVersion, type HouseMessageRow } from './rows';

type AudienceMessageRow = typeof audienceMessages.$inferSelect;

export function houseMessageRow(ctx: Context, id: string): HouseMessageRow {
  const row = ctx.db
    .select()
    .from(houseMessages)
    .where(and(eq(houseMessages.id, id), isNull(houseMessages.deletedAt)))
    .get();
  if (!row) throw new ChanceryError('not_found', 'That message no longer exists');
  return row;
}

function liveHouseRows(ctx: Context, strategyId: string): HouseMessageRow[] {
  return ctx.db
    .select()
    .from(houseMessages)
    .where(and(eq(houseMessages.strategyId, strategyId), isNull(houseMessages.deletedAt)))
    .orderBy(asc(houseMessages.sortKey), asc(houseMessages.id))
    .all();
}

/**
 * The message house. Two laptops may each write a first core message before they sync; the first
 * by sort key and id is the core everywhere, and setCore edits that one.
 */
export function getMessageHouse(ctx: Context, strategyId: string): MessageHouse {
  const rows = liveHouseRows(ctx, strategyId);
  const core = rows.find((r) => houseKind(r) === 'core');
  const pillars = rows.filter((r) => houseKind(r) === 'pillar');
  const proofs = rows.filter((r) => houseKind(r) === 'proof');
  return {
    core: core ? toHouseMessage(core) : null,
    // Proof points whose pillar is gone are not shown (they went with it, or arrive orphaned from sync).
    pillars: pillars.map((p) => ({ ...toHouseMessage(p), proofs: proofs.filter((q) => q.parentId === p.id).map(toHouseMessage) })),
  };
}

export function houseRowsOfKind(ctx: Context, strategyId: string, kind: 'core' | 'pillar'): HouseMessageRow[] {
  return liveHouseRows(ctx, strategyId).filter((r) => houseKind(r) === kind);
}

export function liveProofRows(ctx: Context, pillarId: string): HouseMessageRow[] {
  return ctx.db
    .select()
    .from(houseMessages)
    .where(and(eq(houseMessages.parentId, pillarId), isNull(houseMessages.deletedAt)))
    .orderBy(asc(houseMessages.sortKey), asc(houseMessages.id))
    .all()
    .filter((r) => houseKind(r) === 'proof');
}

export function findHouseMessage(ctx: Context, id: string): HouseMessage {
  return toHouseMessage(houseMessageRow(ctx, id));
}

export function audienceMessageRow(ctx: Context, id: string): AudienceMessageRow {
  const row = ctx.db
    .select()
    .from(audienceMessages)
    .where(and(eq(audienceMessages.id, id), isNull(audienceMessages.deletedAt)))
    .get();
  if (!row) throw new ChanceryError('not_found', 'That key message no longer exists');
  return row;
}

/**
 * A strategy's live key messages of live audiences, in audience order then message order, each
 * with its language versions. Removed pillars read as no pillar, removed platforms drop out.
 */
export function listAudienceMessages(ctx: Context, strategyId: string, liveAudienceIds?: string[]): AudienceMessage[] {
  // Callers that already hold the live audiences in order (the channel plan) pass their ids.
  const ordered = liveAudienceIds ?? liveAudienceRows(ctx, strategyId).map((row) => row.id);
  const audienceOrder = new Map(ordered.map((id, i) => [id, i]));
  const rows = ctx.db
    .select()
    .from(audienceMessages)
    .where(and(eq(audienceMessages.strategyId, strategyId), isNull(audienceMessages.deletedAt)))
    .orderBy(asc(audienceMessages.sortKey), asc(audienceMessages.id))
    .all()
    .filter((row) => audienceOrder.has(row.audienceId));
  // A stable sort keeps each audience's messages in their sort-key order.
  rows.sort((a, b) => audienceOrder.get(a.audienceId)! - audienceOrder.get(b.audienceId)!);
  const versions = versionsByMessage(ctx, eq(messageVersions.strategyId, strategyId));
  return toAudienceMessages(ctx, strategyId, rows, versions);
}

export function findAudienceMessage(ctx: Context, id: string): AudienceMessage {
  const row = audienceMessageRow(ctx, id);
  const versions = versionsByMessage(ctx, eq(messageVersions.audienceMessageId, id));
  return toAudienceMessages(ctx, row.strategyId, [row], versions)[0]!;
}

function toAudienceMessages(ctx: Context, strategyId: string, rows: AudienceMessageRow[], versions: Map<string, MessageVersion[]>): AudienceMessage[] {
  if (rows.length === 0) return [];
  const pillars = new Set(houseRowsOfKind(ctx, strategyId, 'pillar').map((p) => p.id));
  const platforms = livePlatformIds(ctx, strategyId);
  return rows.map((row) => ({
    id: row.id,
    strategyId: row.strategyId,
    audienceId: row.audienceId,
    pillarId: row.pillarId && pillars.has(row.pillarId) ? row.pillarId : null,
    text: row.text,
    platformIds: parseStringList(row.platformIds).filter((id) => platforms.has(id)),
    sortKey: row.sortKey,
    versions: versions.get(row.id) ?? [],
  }));
}

function versionsByMessage(ctx: Context, scope: SQL): Map<string, MessageVersion[]> {
  const rows = ctx.db
    .select()
    .from(messageVersions)
    .where(and(scope, isNull(messageVersions.deletedAt)))
    .orderBy(asc(messageVersions.sortKey), asc(messageVersions.id))
    .all();
  const out = new Map<string, MessageVersion[]>();
  for (const row of rows) {
    const list = out.get(row.audienceMessageId) ?? [];
    list.push(toMessageVersion(row));
    out.set(row.audienceMessageId, list);
  }
  return out;
}

export function messageVersionRow(ctx: Context, id: string) {
  const row = ctx.db
    .select()
    .from(messageVersions)
    .where(and(eq(messageVersions.id, id), isNull(messageVersions.deletedAt)))
    .get();
  if (!row) throw new ChanceryError('not_found', 'That language version no longer exists');
  return row;
}

export function liveVersionRows(ctx: Context, audienceMessageIds: string[]) {
  if (audienceMessageIds.length === 0) return [];
  return ctx.db
    .select()
    .from(messageVersions)
    .where(and(inArray(messageVersions.audienceMessageId, audienceMessageIds), isNull(messageVersions.deletedAt)))
    .orderBy(asc(messageVersions.sortKey), asc(messageVersions.id))
    .all();
}

/** Live key messages of an audience and their live versions: what removing the audience takes with it. */
export function audienceMessageDependents(ctx: Context, audienceId: string): { messages: string[]; versions: string[] } {
  const messages = ctx.db
    .select({ id: audienceMessages.id })
    .from(audienceMessages)
    .where(and(eq(audienceMessages.audienceId, audienceId), isNull(audienceMessages.deletedAt)))
    .all()
    .map((r) => r.id);
  return { messages, versions: liveVersionRows(ctx, messages).map((r) => r.id) };
}

/** Largest sort key among an audience's live messages, for appending. */
export function lastMessageSortKey(ctx: Context, audienceId: string): string | null {
  const row = ctx.db
    .select({ key: sql<string | null>`max(${audienceMessages.sortKey})` })
    .from(audienceMessages)
    .where(and(eq(audienceMessages.audienceId, audienceId), isNull(audienceMessages.deletedAt)))
    .get();
  return row?.key ?? null;
}
