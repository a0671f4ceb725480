import { describe, expect, it } from 'vitest';
import { compareSortable, keyAtEnd, keyBetween, type Sortable } from '../../src/core/ordering';

const items: Sortable[] = [
  { id: 'a', sortKey: 'a0' },
  { id: 'b', sortKey: 'a1' },
  { id: 'c', sortKey: 'a2' },
];
const order = (list: Sortable[]) => [...list].sort(compareSortable).map((s) => s.id);

describe('fractional sort keys', () => {
  it('appends after the last item', () => {
    expect(keyAtEnd(items) > 'a2').toBe(true);
    expect(keyAtEnd([])).toBe('a0');
  });

  it('places an item between neighbours, first or last', () => {
    expect(order([...items, { id: 'x', sortKey: keyBetween(items, 'a', null) }])).toEqual(['a', 'x', 'b', 'c']);
    expect(order([...items, { id: 'x', sortKey: keyBetween(items, null, 'a') }])).toEqual(['x', 'a', 'b', 'c']);
    expect(order([...items, { id: 'x', sortKey: keyBetween(items, 'c', null) }])).toEqual(['a', 'b', 'c', 'x']);
    expect(order([...items, { id: 'x', sortKey: keyBetween(items, null, null) }])).toEqual(['x', 'a', 'b', 'c']);
  });

  it('orders equal keys from two laptops by id, the same everywhere', () => {
    expect(order([{ id: 'z', sortKey: 'a5' }, { id: 'y', sortKey: 'a5' }])).toEqual(['y', 'z']);
  });

  it('refuses to place next to an item that does not exist', () => {
    expect(() => keyBetween(items, 'gone', null)).toThrow(/no longer exists/);
  });
});
