// Changes from another replica are untrusted input: names are checked against the schema and
// a bad batch is refused whole, before anything is written.
import { afterEach, describe, expect, it } from 'vitest';
import type { Change } from '../../src/core/sync/changes';
import { tempCore, type TempCore } from '../support/tempCore';

let handle: TempCore | undefined;
afterEach(() => handle?.cleanup());

const NODE = '0123456789abcdef';
const stamp = (n: number) => `2027-01-01T00:00:00.000Z-${n.toString(16).padStart(4, '0')}-${NODE}`;
const good: Change = { hlc: stamp(1), replica: NODE, table: 'strategies', rowId: 'remote-1', column: 'title', value: 'From afar' };

describe('applying hostile changes', () => {
  it.each<[string, Partial<Change>, RegExp]>([
    ['an unknown table', { table: 'sqlite_master' }, /unknown table/],
    ['a table with SQL in its name', { table: 'strategies; DROP TABLE strategies' }, /unknown table/],
    ['an unknown column', { column: 'password' }, /unknown column/],
    ['the id column', { column: 'id' }, /unknown column/],
    ['a malformed clock stamp', { hlc: 'yesterday' }, /invalid clock stamp/],
    ['a stamp from another replica than it claims', { replica: 'ffffffffffffffff' }, /invalid clock stamp/],
    ['an object value', { value: { evil: true } as never }, /not text, a number or empty/],
    ['an empty required field', { value: null }, /must have a value/],
    ['an empty row id', { rowId: '' }, /invalid row id/],
  ])('refuses %s and writes nothing', async (_name, broken, message) => {
    handle = tempCore();
    const before = handle.core.sync.changesSince().length;
    await expect(handle!.core.sync.apply([good, { ...good, hlc: stamp(2), ...broken }])).rejects.toThrow(message);
    expect(handle.core.sync.changesSince().length).toBe(before);
    expect(await handle.core.call('strategy.list', { includeArchived: true })).toEqual([]);
  });

  it('refuses a stamp far in the future', async () => {
    handle = tempCore({ now: () => Date.UTC(2027, 0, 1) });
    const future = `2027-06-01T00:00:00.000Z-0000-${NODE}`;
    await expect(handle!.core.sync.apply([{ ...good, hlc: future }])).rejects.toThrow(/in the future/);
  });

  it('accepts a partial row arriving before the rest of it', async () => {
    handle = tempCore({ now: () => Date.UTC(2027, 0, 1) });
    const result = await handle.core.sync.apply([good]);
    expect(result).toMatchObject({ applied: 1, skipped: 0 });
    const [strategy] = await handle.core.call('strategy.list', {});
    expect(strategy).toMatchObject({ id: 'remote-1', title: 'From afar', status: 'draft' });
  });
});
