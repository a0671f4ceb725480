// The month a view shows is asked for twice at once (calendar.range and calendar.warnings) and again
// after every unrelated edit elsewhere; expanding a year of series each time is the costly part.
// Results are kept until the database changes: the core is the only writer on its connection, so
// SQLite's total_changes() moves with every write, undo and applied sync change.
import type { CalendarEntry, ContentItem } from '../../shared/calendar';
import type { Context } from '../context';
import { itemsInRange } from './queries';

type Range = { items: ContentItem[]; entries: CalendarEntry[] };

const KEPT = 8;
const caches = new WeakMap<Context, { version: number; results: Map<string, Range> }>();

/** itemsInRange, remembered until the next change. Callers must not modify what it returns. */
export function cachedItemsInRange(ctx: Context, strategyId: string, from: string, to: string): Range {
  const version = (ctx.sqlite.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  let cache = caches.get(ctx);
  if (!cache || cache.version !== version) caches.set(ctx, (cache = { version, results: new Map() }));
  const key = `${strategyId} ${from} ${to}`;
  let result = cache.results.get(key);
  if (!result) {
    result = itemsInRange(ctx, strategyId, from, to);
    if (cache.results.size >= KEPT) cache.results.delete(cache.results.keys().next().value!);
    cache.results.set(key, result);
  }
  return result;
}
