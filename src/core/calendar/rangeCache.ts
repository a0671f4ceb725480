// The month a view shows is asked for twice at once (calendar.range and calendar.warnings) and again
// after every unrelated edit elsewhere; expanding a year of series each time is the costly part.
// Results are kept until the database changes: the core is the only writer on its connection, so
// SQLite's total_changes() moves with every write, undo and applied sync change.
import type { Statement } from 'better-sqlite3';
import type { CalendarEntry, CalendarItem } from '../../shared/calendar';
import type { Context } from '../context';
import { calendarItemsInRange } from './queries';

type Range = { items: CalendarItem[]; entries: CalendarEntry[] };

const KEPT = 8;
const caches = new WeakMap<Context, { changes: Statement; version: number; results: Map<string, Range> }>();

/** calendarItemsInRange, remembered until the next change. Callers must not modify what it returns. */
export function cachedItemsInRange(ctx: Context, strategyId: string, from: string, to: string): Range {
  let cache = caches.get(ctx);
  if (!cache) caches.set(ctx, (cache = { changes: ctx.sqlite.prepare('SELECT total_changes() AS n'), version: -1, results: new Map() }));
  const version = (cache.changes.get() as { n: number }).n;
  if (cache.version !== version) {
    cache.version = version;
    cache.results.clear();
  }
  const key = `${strategyId} ${from} ${to}`;
  let result = cache.results.get(key);
  if (!result) {
    result = calendarItemsInRange(ctx, strategyId, from, to);
    if (cache.results.size >= KEPT) cache.results.delete(cache.results.keys().next().value!);
    cache.results.set(key, result);
  }
  return result;
}
