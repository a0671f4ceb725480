// What an approval covers, and withdrawing it when that changes. An approval covers what goes out:
// each platform's text, the media, links, hashtags and language. A date move, the title, notes, tags,
// audiences or campaign do not change what is published, so they keep it. The digest of what the
// approver saw is stored with the approval, so any laptop can tell, after any merge, whether it holds.
import { createHash } from 'node:crypto';
import { and, isNull, sql } from 'drizzle-orm';
import { APPROVED_STATUSES, type ContentItem } from '../../shared/calendar';
import { platformLabel } from '../../shared/domain';
import { invalid } from '../audiences/rules';
import type { Context } from '../context';
import { contentItems, contentVariants } from '../db/schema';
import { listPlatforms } from '../platforms/queries';
import type { Writer } from '../db/writePath';
import { itemRow, toContentItems } from './queries';

export type Said = Pick<ContentItem, 'variants' | 'mediaIds' | 'links' | 'hashtags' | 'language'>;

/** Sorted so that the order a list was typed or merged in never changes the digest. */
function canonical(item: Said): string {
  return JSON.stringify({
    variants: [...item.variants].map((v) => [v.platformId, v.text.normalize('NFC')]).sort((a, b) => (a[0]! < b[0]! ? -1 : 1)),
    media: [...item.mediaIds].sort(),
    links: [...item.links].sort(),
    hashtags: [...item.hashtags].sort(),
    language: item.language,
  });
}

export function approvalDigest(item: Said): string {
  return createHash('sha256').update(canonical(item)).digest('hex');
}

/** What differs between two versions, as a planner reads it: "the X text", "the media". */
export function changesBetween(ctx: Context, before: Said, after: Said & { strategyId: string }): string[] {
  const names = new Map(listPlatforms(ctx, after.strategyId).map((p) => [p.id, platformLabel(p)]));
  const out: string[] = [];
  const textsBefore = new Map(before.variants.map((v) => [v.platformId, v.text]));
  const textsAfter = new Map(after.variants.map((v) => [v.platformId, v.text]));
  for (const [platformId, text] of textsAfter) {
    const name = names.get(platformId) ?? 'a platform';
    if (!textsBefore.has(platformId)) out.push(`a text for ${name} was added`);
    else if (textsBefore.get(platformId) !== text) out.push(`the ${name} text changed`);
  }
  for (const platformId of textsBefore.keys()) if (!textsAfter.has(platformId)) out.push(`the ${names.get(platformId) ?? 'platform'} text was removed`);
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
  if (!same(before.mediaIds, after.mediaIds)) out.push('the media changed');
  if (!same(before.links, after.links)) out.push('the links changed');
  if (!same(before.hashtags, after.hashtags)) out.push('the hashtags changed');
  if (before.language !== after.language) out.push('the language changed');
  return out;
}

/**
 * Inside a write, after the item's fields were written: an approved or scheduled post whose content
 * is no longer what was approved goes back to review, with the reason; a published one refuses the edit
 * (what went out is a record). `before` is the item as the edit found it; without it (a merge from
 * another laptop) the stored digest alone decides.
 */
export function recheckApproval(ctx: Context, w: Writer, id: string, before?: ContentItem): void {
  // One read of the row: the item as it now stands, and the digest its approval recorded.
  const row = itemRow(ctx, id);
  const after = toContentItems(ctx, [row])[0]!;
  if (!APPROVED_STATUSES.includes(after.status)) return;
  const approved = row.approvedDigest ?? (before ? approvalDigest(before) : null);
  if (approved === null || approvalDigest(after) === approved) return;
  if (after.status === 'published') {
    // A merge cannot be refused; only an edit made here can.
    if (!before) return;
    throw invalid('variants', `"${after.title}" is published: what went out stays as it was. Duplicate it to post a new version.`);
  }
  const changed = before ? changesBetween(ctx, before, after) : [];
  const what = changed.length > 0 ? changed.join(', ') : 'its content changed on another laptop';
  const who = after.approvedBy ? ` after ${after.approvedBy} approved it` : ' after it was approved';
  w.update(contentItems, id, {
    status: 'in_review',
    approvedBy: null,
    approvedAt: null,
    approvedDigest: null,
    reviewReason: `Back in review: ${what}${who}.`,
  });
}

/** The live posts a batch of merged changes touched (their own fields or their platform texts). */
export function itemsTouchedBy(ctx: Context, incoming: readonly { table: string; rowId: string }[]): string[] {
  const items = new Set(incoming.filter((c) => c.table === 'content_items').map((c) => c.rowId));
  const variantIds = [...new Set(incoming.filter((c) => c.table === 'content_variants').map((c) => c.rowId))];
  if (variantIds.length > 0) {
    const rows = ctx.db
      .select({ itemId: contentVariants.itemId })
      .from(contentVariants)
      .where(sql`${contentVariants.id} IN (SELECT value FROM json_each(${JSON.stringify(variantIds)}))`)
      .all();
    for (const row of rows) items.add(row.itemId);
  }
  if (items.size === 0) return [];
  return ctx.db
    .select({ id: contentItems.id })
    .from(contentItems)
    .where(and(sql`${contentItems.id} IN (SELECT value FROM json_each(${JSON.stringify([...items])}))`, isNull(contentItems.deletedAt)))
    .all()
    .map((r) => r.id);
}
