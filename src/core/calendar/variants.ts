// A content item's platform texts, one content_variants row per (item, platform). Rows rather than
// one JSON field so that edits of different platforms' texts on different laptops merge.
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { PlatformVariant } from '../../shared/calendar';
import { checkLength, shortestOverLimit } from '../../shared/calendarText';
import { PLATFORM_KINDS, type PlatformKind } from '../../shared/domain';
import type { Context } from '../context';
import { contentVariants, platforms } from '../db/schema';
import type { Writer } from '../db/writePath';

/** Derived, not random: two replicas adding a text for the same platform write one row. */
export function variantId(itemId: string, platformId: string): string {
  return `${itemId}:${platformId}`;
}

/** Live texts of the given items, each item's in the strategy's platform order. */
export function variantsOf(ctx: Context, itemIds: readonly string[]): Map<string, PlatformVariant[]> {
  if (itemIds.length === 0) return new Map();
  const rows = ctx.db
    .select({ itemId: contentVariants.itemId, platformId: contentVariants.platformId, text: contentVariants.text })
    .from(contentVariants)
    .where(liveVariantsOf(itemIds))
    .all();
  return groupByItem(ctx, rows, (row) => ({ platformId: row.platformId, text: row.text }));
}

/** What the calendar draws of an item's texts: the platforms it has one for, and those over their limit. */
export interface PlatformsOfItem {
  platformIds: string[];
  overLimit: string[];
}

/**
 * The platforms each item has a text for, in the strategy's order (the calendar's view). Texts are
 * read only where they are long enough to be over a limit (shortestOverLimit), not a month's every text.
 */
export function platformsOf(ctx: Context, itemIds: readonly string[]): Map<string, PlatformsOfItem> {
  if (itemIds.length === 0) return new Map();
  const kinds = platformKinds(ctx);
  const rows = ctx.db
    .select({ id: contentVariants.id, itemId: contentVariants.itemId, platformId: contentVariants.platformId, chars: sql<number>`length(${contentVariants.text})` })
    .from(contentVariants)
    .where(liveVariantsOf(itemIds))
    .all();
  const long = rows.filter((row) => {
    const kind = kinds.get(row.platformId);
    const shortest = kind ? shortestOverLimit(kind) : null;
    return shortest !== null && row.chars > shortest;
  });
  const over = new Set<string>();
  if (long.length > 0) {
    const texts = ctx.db
      .select({ id: contentVariants.id, platformId: contentVariants.platformId, text: contentVariants.text })
      .from(contentVariants)
      .where(sql`${contentVariants.id} IN (SELECT value FROM json_each(${JSON.stringify(long.map((r) => r.id))}))`)
      .all();
    for (const t of texts) if (checkLength(kinds.get(t.platformId)!, t.text).over) over.add(t.id);
  }
  const grouped = groupByItem(ctx, rows, (row) => row);
  const out = new Map<string, PlatformsOfItem>();
  for (const [itemId, list] of grouped) {
    out.set(itemId, { platformIds: list.map((r) => r.platformId), overLimit: list.filter((r) => over.has(r.id)).map((r) => r.platformId) });
  }
  return out;
}

/** Every platform's kind, which decides how its texts are counted. */
export function platformKinds(ctx: Context): Map<string, PlatformKind> {
  return new Map(ctx.db.select({ id: platforms.id, kind: platforms.kind }).from(platforms).all().map((p) => [p.id, platformKindOf(p.kind)]));
}

/** One bound JSON array instead of thousands of placeholders: a year's items fit in one query. */
const liveVariantsOf = (itemIds: readonly string[]) =>
  and(sql`${contentVariants.itemId} IN (SELECT value FROM json_each(${JSON.stringify(itemIds)}))`, isNull(contentVariants.deletedAt));

/**
 * Each item's rows in the strategy's platform order. Sorted here rather than by an ORDER BY over a
 * join with platforms, which doubled the time to read a busy month's texts.
 */
function groupByItem<Row extends { itemId: string; platformId: string }, T>(ctx: Context, rows: readonly Row[], pick: (row: Row) => T): Map<string, T[]> {
  const order = new Map(ctx.db.select({ id: platforms.id, sortKey: platforms.sortKey }).from(platforms).all().map((p) => [p.id, p.sortKey]));
  const sorted = [...rows].sort(
    (a, b) =>
      compare(a.itemId, b.itemId) || compare(order.get(a.platformId) ?? '', order.get(b.platformId) ?? '') || compare(a.platformId, b.platformId),
  );
  const out = new Map<string, T[]>();
  for (const row of sorted) {
    let list = out.get(row.itemId);
    if (!list) out.set(row.itemId, (list = []));
    list.push(pick(row));
  }
  return out;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Makes the item's texts exactly `variants`: changed texts are written, texts of platforms no longer
 * listed are tombstoned, unchanged ones are left alone (and so do not win over another laptop's edit).
 */
export function writeVariants(ctx: Context, w: Writer, item: { id: string; strategyId: string }, variants: readonly PlatformVariant[]): void {
  const current = ctx.db
    .select({ id: contentVariants.id, platformId: contentVariants.platformId })
    .from(contentVariants)
    .where(and(eq(contentVariants.itemId, item.id), isNull(contentVariants.deletedAt)))
    .all();
  const keep = new Set(variants.map((v) => v.platformId));
  for (const row of current) if (!keep.has(row.platformId)) w.tombstone(contentVariants, row.id);
  putVariants(w, item, variants);
}

/** Writes the given texts (a new item's, or changed ones); texts of other platforms stay as they are. */
export function putVariants(w: Writer, item: { id: string; strategyId: string }, variants: readonly PlatformVariant[]): void {
  for (const v of variants) {
    w.put(contentVariants, variantId(item.id, v.platformId), { strategyId: item.strategyId, itemId: item.id, platformId: v.platformId, text: v.text });
  }
}

/** A stored kind from anywhere (another laptop included) read defensively: an unknown one counts as custom. */
function platformKindOf(value: string): PlatformKind {
  return (PLATFORM_KINDS as readonly string[]).includes(value) ? (value as PlatformKind) : 'custom';
}
