// Rules a calendar edit must meet beyond its field shapes: references stay inside the strategy.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { ContentItem, PlatformVariant } from '../../shared/calendar';
import { checkLength } from '../../shared/calendarText';
import { platformLabel } from '../../shared/domain';
import { canonicalLanguage, cleanList, invalid } from '../audiences/rules';
import type { Context } from '../context';
import { audienceMessages, audiences, campaigns, objectives } from '../db/schema';
import { listPlatforms } from '../platforms/queries';

export interface ItemRefs {
  variants?: PlatformVariant[];
  audienceIds?: string[];
  keyMessageId?: string | null;
  objectiveId?: string | null;
  campaignId?: string | null;
}

/** Checks that every id names a live row of the strategy; returns variants and audiences without repeats. */
export function checkItemRefs(ctx: Context, strategyId: string, refs: ItemRefs): { variants?: PlatformVariant[]; audienceIds?: string[] } {
  let variants: PlatformVariant[] | undefined;
  if (refs.variants) {
    const live = new Set(listPlatforms(ctx, strategyId).map((p) => p.id));
    const seen = new Set<string>();
    variants = [];
    refs.variants.forEach((v, i) => {
      if (!live.has(v.platformId)) throw invalid(`variants.${i}.platformId`, 'That platform is not one of this strategy’s platforms (it may have been removed)');
      if (seen.has(v.platformId)) throw invalid(`variants.${i}.platformId`, 'Each platform has one text; that platform is listed twice');
      seen.add(v.platformId);
      variants!.push({ platformId: v.platformId, text: v.text });
    });
  }
  let audienceIds: string[] | undefined;
  if (refs.audienceIds) {
    const ids = [...new Set(refs.audienceIds)];
    const live = new Set(
      ids.length === 0
        ? []
        : ctx.db
            .select({ id: audiences.id })
            .from(audiences)
            .where(and(eq(audiences.strategyId, strategyId), inArray(audiences.id, ids), isNull(audiences.deletedAt)))
            .all()
            .map((r) => r.id),
    );
    ids.forEach((id, i) => {
      if (!live.has(id)) throw invalid(`audienceIds.${i}`, 'That audience is not in this strategy (it may have been removed)');
    });
    audienceIds = ids;
  }
  const exists = (table: typeof objectives | typeof campaigns | typeof audienceMessages, id: string) =>
    ctx.db
      .select({ id: table.id })
      .from(table)
      .where(and(eq(table.id, id), eq(table.strategyId, strategyId), isNull(table.deletedAt)))
      .get() !== undefined;
  if (refs.keyMessageId && !exists(audienceMessages, refs.keyMessageId)) throw invalid('keyMessageId', 'That key message is not in this strategy (it may have been removed)');
  if (refs.objectiveId && !exists(objectives, refs.objectiveId)) throw invalid('objectiveId', 'That objective is not in this strategy (it may have been removed)');
  if (refs.campaignId && !exists(campaigns, refs.campaignId)) throw invalid('campaignId', 'That campaign is not in this strategy (it may have been removed)');
  return { variants, audienceIds };
}

/** Names of the platforms whose variant is over its limit ("X (301 of 280)"). */
export function overLimitNames(ctx: Context, item: ContentItem): string[] {
  const platforms = new Map(listPlatforms(ctx, item.strategyId).map((p) => [p.id, p]));
  const out: string[] = [];
  for (const variant of item.variants) {
    const platform = platforms.get(variant.platformId);
    if (!platform) continue;
    const check = checkLength(platform.kind, variant.text);
    if (check.over) out.push(`${platformLabel(platform)} (${check.length} of ${check.limit})`);
  }
  return out;
}

/** Lists as stored: trimmed, no repeats; hashtags with their #; languages in their usual case. */
export function tidyLists<T extends { tags?: string[]; links?: string[]; hashtags?: string[]; language?: string }>(fields: T): T {
  return {
    ...fields,
    tags: fields.tags && cleanList(fields.tags),
    links: fields.links && cleanList(fields.links),
    hashtags: fields.hashtags && cleanList(fields.hashtags.map((h) => (h.trim().startsWith('#') ? h.trim() : `#${h.trim()}`))),
    language: fields.language && canonicalLanguage(fields.language),
  };
}
