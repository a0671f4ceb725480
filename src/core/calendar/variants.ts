// A content item's platform texts, one content_variants row per (item, platform). Rows rather than
// one JSON field so that edits of different platforms' texts on different laptops merge.
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { PlatformVariant } from '../../shared/calendar';
import type { Context } from '../context';
import { contentVariants, platforms } from '../db/schema';
import type { Writer } from '../db/writePath';

/** Derived, not random: two replicas adding a text for the same platform write one row. */
export function variantId(itemId: string, platformId: string): string {
  return `${itemId}:${platformId}`;
}

/** Live texts of the given items, each item's in the strategy's platform order. */
export function variantsOf(ctx: Context, itemIds: readonly string[]): Map<string, PlatformVariant[]> {
  const out = new Map<string, PlatformVariant[]>();
  if (itemIds.length === 0) return out;
  const rows = ctx.db
    .select({ itemId: contentVariants.itemId, platformId: contentVariants.platformId, text: contentVariants.text })
    .from(contentVariants)
    .leftJoin(platforms, eq(platforms.id, contentVariants.platformId))
    // One bound JSON array instead of thousands of placeholders: a year's items fit in one query.
    .where(and(sql`${contentVariants.itemId} IN (SELECT value FROM json_each(${JSON.stringify(itemIds)}))`, isNull(contentVariants.deletedAt)))
    .orderBy(asc(contentVariants.itemId), asc(platforms.sortKey), asc(contentVariants.platformId))
    .all();
  for (const row of rows) {
    let list = out.get(row.itemId);
    if (!list) out.set(row.itemId, (list = []));
    list.push({ platformId: row.platformId, text: row.text });
  }
  return out;
}

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
