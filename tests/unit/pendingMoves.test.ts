// When a dropped post stops being drawn ahead of the data: the range and the backlog reload one after
// the other after a save, and the post must not flash back to its old place in between.
import { describe, expect, it } from 'vitest';
import type { ChipView } from '../../src/renderer/features/calendar/Chip';
import { stillPending, type Pending } from '../../src/renderer/features/calendar/useChipViews';

const view = { key: 'post-1' } as ChipView;
const shownAtSave = { range: { month: 'before' }, backlog: { items: 'before' } };

describe('a move drawn ahead of the data', () => {
  it('stays while the core is still saving, whatever data arrives', () => {
    const move: Pending[string] = { view, to: { date: '2027-05-12', time: '10:00' }, savedOn: null };
    expect(stillPending(move, { month: 'any' }, { items: 'any' })).toBe(true);
  });

  it('stays after the save until both the range and the backlog have reloaded', () => {
    const move: Pending[string] = { view, to: { date: '2027-05-12', time: '10:00' }, savedOn: shownAtSave };
    expect(stillPending(move, shownAtSave.range, shownAtSave.backlog)).toBe(true);
    expect(stillPending(move, shownAtSave.range, { items: 'after' })).toBe(true);
    expect(stillPending(move, { month: 'after' }, shownAtSave.backlog)).toBe(true);
    expect(stillPending(move, { month: 'after' }, { items: 'after' })).toBe(false);
  });
});
