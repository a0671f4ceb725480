// Fractional sort keys: an item moves by taking a key between its new neighbours, so one move is
// one field change and two replicas reordering different items never fight over a dense index.
import { generateKeyBetween } from 'fractional-indexing';
import { ChanceryError } from '../shared/errors';

export interface Sortable {
  id: string;
  sortKey: string;
}

/** A key after every existing one. */
export function keyAtEnd(siblings: readonly Sortable[]): string {
  const last = siblings.reduce<string | null>((max, s) => (max === null || s.sortKey > max ? s.sortKey : max), null);
  return generateKeyBetween(last || null, null);
}

/** A key placing an item between `afterId` and `beforeId` among its siblings (sorted by key). */
export function keyBetween(siblings: readonly Sortable[], afterId?: string | null, beforeId?: string | null): string {
  const find = (id: string) => {
    const sibling = siblings.find((s) => s.id === id);
    if (!sibling) throw new ChanceryError('not_found', 'The item to place it next to no longer exists');
    return sibling;
  };
  const sorted = [...siblings].sort(compareSortable);
  let lower: string | null = null;
  let upper: string | null = null;
  if (afterId) {
    const after = find(afterId);
    lower = after.sortKey;
    const index = sorted.findIndex((s) => s.id === afterId);
    upper = beforeId ? find(beforeId).sortKey : (sorted[index + 1]?.sortKey ?? null);
  } else if (beforeId) {
    const before = find(beforeId);
    upper = before.sortKey;
    const index = sorted.findIndex((s) => s.id === beforeId);
    lower = sorted[index - 1]?.sortKey ?? null;
  } else {
    upper = sorted[0]?.sortKey ?? null;
  }
  if (lower !== null && upper !== null && lower >= upper) {
    // Two replicas gave items the same key; place it right after the lower one.
    upper = null;
  }
  return generateKeyBetween(lower || null, upper || null);
}

/** Sort by key, then id, so equal keys made on two laptops still order the same everywhere. */
export function compareSortable(a: Sortable, b: Sortable): number {
  if (a.sortKey !== b.sortKey) return a.sortKey < b.sortKey ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A key after `last` (the largest key among the siblings, or null when there are none). */
export function keyAfter(last: string | null): string {
  return generateKeyBetween(last || null, null);
}
