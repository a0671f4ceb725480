// A post's platform texts are rows of their own, so edits of different platforms on different
// laptops merge; and databases from before that change carry their texts over and sync them.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempCore, tempDir, type TempCore } from '../support/tempCore';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const clock = () => Date.parse('2027-04-01T08:00:00.000Z');

let here: TempCore;
let there: TempCore;
let strategyId: string;
let xId: string;
let facebookId: string;
let linkedinId: string;
beforeEach(async () => {
  here = tempCore({ now: clock });
  there = tempCore({ now: clock });
  strategyId = (await here.core.call('strategy.create', { title: 'Plan', year: 2027 })).id;
  xId = (await here.core.call('platform.create', { strategyId, kind: 'x' })).id;
  facebookId = (await here.core.call('platform.create', { strategyId, kind: 'facebook' })).id;
  linkedinId = (await here.core.call('platform.create', { strategyId, kind: 'linkedin' })).id;
});
afterEach(() => {
  here.cleanup();
  there.cleanup();
});

const exchange = async () => {
  await there.core.sync.apply(here.core.sync.changesSince());
  await here.core.sync.apply(there.core.sync.changesSince());
};
const textsOf = async (t: TempCore, id: string) => (await t.core.call('contentItem.get', { id })).variants;

describe('platform texts of a post', () => {
  it('keeps both planners’ words when two laptops edit different platforms’ texts at once', async () => {
    const { item } = await here.core.call('contentItem.create', {
      strategyId,
      title: 'Press freedom',
      variants: [
        { platformId: xId, text: 'X draft' },
        { platformId: facebookId, text: 'Facebook draft' },
      ],
    });
    await exchange();
    // Offline, each edits one platform's text (each editor sends the whole list, as the UI does).
    await here.core.call('contentItem.update', { id: item.id, patch: { variants: [{ platformId: xId, text: 'X, polished here' }, { platformId: facebookId, text: 'Facebook draft' }] } });
    await there.core.call('contentItem.update', { id: item.id, patch: { variants: [{ platformId: xId, text: 'X draft' }, { platformId: facebookId, text: 'Facebook, polished there' }] } });
    await exchange();
    const expected = [
      { platformId: xId, text: 'X, polished here' },
      { platformId: facebookId, text: 'Facebook, polished there' },
    ];
    expect(await textsOf(here, item.id)).toEqual(expected);
    expect(await textsOf(there, item.id)).toEqual(expected);
  });

  it('merges a platform added on one laptop with a platform dropped on the other', async () => {
    const { item } = await here.core.call('contentItem.create', {
      strategyId,
      title: 'Summit',
      variants: [
        { platformId: xId, text: 'On X' },
        { platformId: facebookId, text: 'On Facebook' },
      ],
    });
    await exchange();
    await here.core.call('contentItem.update', { id: item.id, patch: { variants: [{ platformId: xId, text: 'On X' }] } });
    await there.core.call('contentItem.update', {
      id: item.id,
      patch: { variants: [{ platformId: xId, text: 'On X' }, { platformId: facebookId, text: 'On Facebook' }, { platformId: linkedinId, text: 'On LinkedIn' }] },
    });
    await exchange();
    const expected = [
      { platformId: xId, text: 'On X' },
      { platformId: linkedinId, text: 'On LinkedIn' },
    ];
    expect(await textsOf(here, item.id)).toEqual(expected);
    expect(await textsOf(there, item.id)).toEqual(expected);
  });

  it('undoes a text edit and a dropped platform in one step each', async () => {
    const { item } = await here.core.call('contentItem.create', { strategyId, title: 'Undo me', variants: [{ platformId: xId, text: 'First words' }] });
    await here.core.call('contentItem.update', { id: item.id, patch: { variants: [{ platformId: xId, text: 'Second words' }] } });
    await here.core.call('contentItem.update', { id: item.id, patch: { variants: [{ platformId: facebookId, text: 'Only Facebook' }] } });
    expect(await textsOf(here, item.id)).toEqual([{ platformId: facebookId, text: 'Only Facebook' }]);
    await here.core.call('history.undo', {});
    expect(await textsOf(here, item.id)).toEqual([{ platformId: xId, text: 'Second words' }]);
    await here.core.call('history.undo', {});
    expect(await textsOf(here, item.id)).toEqual([{ platformId: xId, text: 'First words' }]);
    await here.core.call('history.redo', {});
    expect(await textsOf(here, item.id)).toEqual([{ platformId: xId, text: 'Second words' }]);
  });
});

describe('a database from before platform texts were rows', () => {
  it('carries each post’s texts over, logs them, and syncs them to a new laptop', async () => {
    // A data folder written by the previous version: migrations up to 0003, texts as a JSON column.
    const oldRoot = tempDir('chancery-old-app-');
    const old = tempDir('chancery-old-data-');
    try {
      fs.cpSync(path.join(repoRoot, 'drizzle'), path.join(oldRoot, 'drizzle'), { recursive: true });
      fs.rmSync(path.join(oldRoot, 'drizzle', '0004_content_variants.sql'));
      const journalFile = path.join(oldRoot, 'drizzle', 'meta', '_journal.json');
      const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
      journal.entries = journal.entries.filter((e) => e.tag < '0004');
      fs.writeFileSync(journalFile, JSON.stringify(journal));
      fs.symlinkSync(path.join(repoRoot, 'resources'), path.join(oldRoot, 'resources'));

      const before = tempCore({ dataDir: old, appRoot: oldRoot, now: clock });
      const oldStrategy = (await before.core.call('strategy.create', { title: 'Old plan', year: 2027 })).id;
      const oldX = (await before.core.call('platform.create', { strategyId: oldStrategy, kind: 'x' })).id;
      before.core.close();
      const sqlite = new Database(path.join(old, 'chancery.sqlite'));
      sqlite
        .prepare('INSERT INTO content_items (id, created_at, updated_at, strategy_id, title, variants, time_zone) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run('old-item', '2027-03-01T00:00:00.000Z', '2027-03-01T00:00:00.000Z', oldStrategy, 'Old post', JSON.stringify([{ platformId: oldX, text: 'Written before' }]), 'UTC');
      sqlite.close();

      const after = tempCore({ dataDir: old, now: clock });
      expect((await after.core.call('contentItem.get', { id: 'old-item' })).variants).toEqual([{ platformId: oldX, text: 'Written before' }]);
      const changes = after.core.sync.changesSince();
      // The old column's changes are gone (another laptop would refuse them); the rows' fields are logged.
      expect(changes.some((c) => c.table === 'content_items' && (c.column as string) === 'variants')).toBe(false);
      const variantFields = changes.filter((c) => c.table === 'content_variants');
      expect(Object.fromEntries(variantFields.map((c) => [c.column, c.value]))).toMatchObject({ item_id: 'old-item', platform_id: oldX, text: 'Written before' });
      await expect(there.core.sync.apply(changes)).resolves.toBeDefined();
      after.core.close();
      // Opening again logs nothing twice.
      const again = tempCore({ dataDir: old, now: clock });
      expect(again.core.sync.changesSince().filter((c) => c.table === 'content_variants')).toHaveLength(variantFields.length);
      again.core.close();
    } finally {
      fs.rmSync(old, { recursive: true, force: true });
      fs.rmSync(oldRoot, { recursive: true, force: true });
    }
  });
});
