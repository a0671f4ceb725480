// Rules an audience edit must meet beyond its field shapes (which the contract checks).
import { and, eq, isNull } from 'drizzle-orm';
import { ChanceryError } from '../../shared/errors';
import type { Context } from '../context';
import { audiences } from '../db/schema';
import { livePlatformIds } from '../platforms/queries';

/** A refusal that names the field, so a form can show the message next to it. */
export function invalid(path: string, message: string): ChanceryError {
  return new ChanceryError('invalid_input', message, [{ path, message }]);
}

/** Names compare trimmed and case-insensitively: "Students" and " students " are the same audience. */
export function nameKey(name: string): string {
  return name.trim().toLocaleLowerCase('en');
}

/** Refuses a name another live audience of the strategy already has. */
export function assertUniqueName(ctx: Context, strategyId: string, name: string, exceptId?: string): void {
  const key = nameKey(name);
  const clash = ctx.db
    .select({ id: audiences.id, name: audiences.name })
    .from(audiences)
    .where(and(eq(audiences.strategyId, strategyId), isNull(audiences.deletedAt)))
    .all()
    .find((row) => row.id !== exceptId && nameKey(row.name) === key);
  if (clash) throw invalid('name', `There is already an audience named "${clash.name}" in this strategy`);
}

/** Platform ids must name the strategy's live platforms; duplicates are dropped. */
export function checkPlatformIds(ctx: Context, strategyId: string, ids: readonly string[], path = 'platformIds'): string[] {
  const live = livePlatformIds(ctx, strategyId);
  ids.forEach((id, i) => {
    if (!live.has(id)) throw invalid(`${path}.${i}`, 'That platform is not one of this strategy’s platforms (it may have been removed)');
  });
  return [...new Set(ids)];
}

/** Trimmed, without empty entries or repeats (compared case-insensitively; the first spelling wins). */
export function cleanList(items: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of items) {
    const item = raw.trim();
    const key = item.toLocaleLowerCase('en');
    if (!item || seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}

/** BCP 47 tags in their usual case: "AR" -> "ar", "zh-hant-tw" -> "zh-Hant-TW". */
export function canonicalLanguage(tag: string): string {
  return tag
    .trim()
    .split('-')
    .map((part, i) => {
      if (i === 0) return part.toLowerCase();
      if (/^[A-Za-z]{4}$/.test(part)) return part[0]!.toUpperCase() + part.slice(1).toLowerCase();
      if (/^([A-Za-z]{2}|\d{3})$/.test(part)) return part.toUpperCase();
      return part.toLowerCase();
    })
    .join('-');
}

export function cleanLanguages(tags: readonly string[]): string[] {
  return cleanList(tags.map(canonicalLanguage));
}
