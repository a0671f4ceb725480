// Every synced column has one rule, and a hostile value for any column is set aside with a report;
// afterwards every read, preview and export still answers. A long batch applies in chunks that
// converge when interrupted and applied again; a clock stamped ahead never blocks local writes.
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { COLUMN_RULES } from '../../src/core/db/columnRules';
import { syncedTableNamed } from '../../src/core/db/tables';
import { syncedTables } from '../../src/core/db/schema';
import type { Change } from '../../src/core/sync/changes';
import { formatTimestamp } from '../../src/shared/hlc';
import { tempCore, type TempCore } from '../support/tempCore';

const NOW = Date.parse('2027-04-01T08:00:00.000Z');
const NODE = 'feedfacefeedface';
let handles: TempCore[] = [];
afterEach(() => {
  handles.forEach((h) => h.cleanup());
  handles = [];
});
const open = () => {
  const handle = tempCore({ now: () => NOW });
  handles.push(handle);
  return handle;
};

const columnsOf = (table: string) => [...syncedTableNamed(table)!.writableColumns];
const TABLES = Object.keys(syncedTables);

let counter = 0;
const change = (table: string, rowId: string, column: string, value: Change['value']): Change => ({
  hlc: formatTimestamp({ millis: NOW + 1_000, counter: counter++, node: NODE }),
  replica: NODE,
  table,
  rowId,
  column,
  value,
});

/** Values no column should take as they are, whatever it holds. */
const HOSTILE: Change['value'][] = [
  'x'.repeat(10_000_000),
  'abc',
  'not a date',
  '9999-12-31',
  '0099-01-01T00:00:00Z',
  'javascript:alert(1)',
  '\u0000',
  '\u202Eevil',
  '  padded  ',
  '[1,2',
  '{"a":1}',
  '["\u0000"]',
  '[9,9]',
  'utc',
  'FREQ=DAILY',
  -1,
  1e300,
  0.5,
  '',
];

async function exerciseEverything(handle: TempCore, strategyId: string): Promise<void> {
  const { core } = handle;
  await core.call('strategy.list', { includeArchived: true });
  const strategy = await core.call('strategy.get', { id: strategyId });
  for (const audience of await core.call('audience.list', { strategyId })) await core.call('audience.get', { id: audience.id });
  await core.call('relationship.list', { strategyId });
  await core.call('messageHouse.get', { strategyId });
  await core.call('audienceMessage.list', { strategyId });
  await core.call('channelPlan.get', { strategyId });
  await core.call('search.query', { query: 'embassy' });
  const year = strategy.year;
  const range = { strategyId, from: `${year}-01-01T00:00:00Z`, to: `${year + 1}-01-01T00:00:00Z` };
  const { items } = await core.call('calendar.range', range);
  for (const item of items.slice(0, 20)) await core.call('contentItem.get', { id: item.id });
  await core.call('contentItem.backlog', { strategyId });
  await core.call('calendar.warnings', range);
  await core.call('campaign.list', { strategyId });
  await core.call('observance.list', { strategyId });
  await core.call('calendar.exportIcs', { strategyId });
  await core.call('calendar.exportCsv', { strategyId });
  await core.call('document.preview', { strategyId });
  for (const format of ['markdown', 'docx', 'csv-objectives', 'csv-audiences', 'csv-items', 'ics'] as const) await core.call('document.export', { strategyId, format });
}

describe('incoming values', () => {
  it('have one rule for every synced column, and none for a column that does not exist', () => {
    for (const table of TABLES) {
      expect(Object.keys(COLUMN_RULES[table] ?? {}).sort(), table).toEqual(columnsOf(table).sort());
    }
    expect(Object.keys(COLUMN_RULES).sort()).toEqual([...TABLES].sort());
  });

  it('are set aside when hostile, for every column, and every screen and export still works', async () => {
    const handle = open();
    const strategy = await handle.core.call('strategy.createSample', { items: 40 });
    const rowOf = new Map<string, string>();
    for (const c of handle.core.sync.changesSince()) if (!rowOf.has(c.table)) rowOf.set(c.table, c.rowId);

    for (const table of TABLES) {
      const rowId = rowOf.get(table) ?? `hostile-${table}`;
      for (const column of columnsOf(table)) {
        const batch = HOSTILE.map((value) => change(table, rowId, column, value)).filter((c) => !(c.value === '' && column.endsWith('_at')));
        const result = await handle.core.sync.apply(batch);
        // A 10 MB value, a NUL byte and text where a number belongs (or a number where text belongs) are always refused.
        const refused = new Set(result.refused.map((r) => r.hlc));
        const sent = (value: Change['value']) => batch.find((c) => c.value === value)!.hlc;
        expect(refused.has(sent(HOSTILE[0]!)), `${table}.${column} took 10 MB`).toBe(true);
        expect(refused.has(sent('\u0000')), `${table}.${column} took a NUL`).toBe(true);
        expect(refused.has(sent('abc')) || refused.has(sent(-1)), `${table}.${column} took a wrong type`).toBe(true);
        for (const refused of result.refused) expect(refused.reason).toContain(`${table}.${column} of row ${rowId}`);
      }
    }
    // Any row a well-formed deletion reached comes back, so the screens below have something to show.
    await handle.core.sync.apply(TABLES.map((table) => change(table, rowOf.get(table) ?? `hostile-${table}`, 'deleted_at', null)));
    await exerciseEverything(handle, strategy.id);
  });

  it('refuse the whole batch for a clock too far ahead, before writing anything', async () => {
    const handle = open();
    const before = handle.core.sync.changesSince().length;
    const far = { ...change('strategies', 's1', 'title', 'Far'), hlc: formatTimestamp({ millis: Date.parse('2100-01-01T00:00:00Z'), counter: 0, node: NODE }) };
    await expect(handle.core.sync.apply([change('strategies', 's1', 'title', 'Near'), far])).rejects.toThrow(/days in the future/);
    expect(handle.core.sync.changesSince().length).toBe(before);
  });
});

describe('the clock after a sync', () => {
  it('keeps local writes working after a change stamped minutes ahead with its counter at the maximum, also after a restart', async () => {
    const handle = open();
    const ahead = { ...change('strategies', 'remote', 'title', 'From ahead'), hlc: formatTimestamp({ millis: NOW + 4 * 60_000, counter: 0xffff, node: NODE }) };
    await handle.core.sync.apply([ahead]);
    const created = await handle.core.call('strategy.create', { title: 'Here', year: 2027 });
    await handle.core.call('strategy.update', { id: created.id, patch: { title: 'Still here' } });
    handle.reopen();
    await handle.core.call('strategy.update', { id: created.id, patch: { title: 'After a restart' } });
    const mine = handle.core.sync.changesSince(ahead.hlc).filter((c) => c.replica !== NODE);
    expect(mine.length).toBeGreaterThan(0);
  });
});

describe('a long batch', () => {
  const snapshot = (handle: TempCore) => {
    const db = new Database(path.join(handle.dataDir, 'chancery.sqlite'), { readonly: true });
    const state = Object.fromEntries(TABLES.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY id`).all()]));
    db.close();
    return JSON.stringify(state);
  };

  it('applies in chunks, answering between them, and converges when interrupted and applied again', async () => {
    const source = open();
    await source.core.call('strategy.createSample', { items: 60 });
    const all = source.core.sync.changesSince();
    expect(all.length).toBeGreaterThan(2_000);

    const whole = open();
    await whole.core.sync.apply(all);

    const interrupted = open();
    let chunks = 0;
    let answeredBetween = false;
    setImmediate(() => (answeredBetween = chunks > 0 && chunks < 4));
    await expect(
      interrupted.core.sync.apply(all, {
        chunkSize: 500,
        afterChunk: () => {
          if (++chunks === 4) throw new Error('laptop closed');
        },
      }),
    ).rejects.toThrow('laptop closed');
    expect(answeredBetween).toBe(true);
    expect(snapshot(interrupted)).not.toBe(snapshot(whole));
    const again = await interrupted.core.sync.apply([...all].reverse(), { chunkSize: 700 });
    expect(again.skipped).toBeGreaterThanOrEqual(2_000);
    expect(snapshot(interrupted)).toBe(snapshot(whole));
    expect(snapshot(whole)).toBe(snapshot(source));
  });
});
