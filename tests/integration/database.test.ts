import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../../src/core';
import { ChanceryError } from '../../src/shared/errors';
import { appRootWithExtraMigration } from '../support/migrations';
import { tempCore, tempDir, type TempCore } from '../support/tempCore';

let handle: TempCore | undefined;

afterEach(() => handle?.cleanup());

describe('the workspace database', () => {
  it('is created from empty by the migrations, in WAL mode', async () => {
    handle = tempCore();
    const file = path.join(handle.dataDir, 'chancery.sqlite');
    expect(fs.existsSync(file)).toBe(true);
    handle.core.close();
    const db = new Database(file, { readonly: true });
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(['__drizzle_migrations', 'changes', 'kpis', 'local_meta', 'objectives', 'platforms', 'priorities', 'strategies']),
    );
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    handle.reopen();
  });

  it('keeps everything across a restart, with the same replica id', async () => {
    handle = tempCore();
    const strategy = await handle.core.call('strategy.create', { title: 'Annual plan 2027', year: 2027, mission: 'Embassy in Nordhaven', fromTemplate: true });
    const before = await handle.core.call('workspace.info', {});
    const core = handle.reopen();
    const detail = await core.call('strategy.get', { id: strategy.id });
    expect(detail.title).toBe('Annual plan 2027');
    expect(detail.objectives).toHaveLength(7);
    expect(detail.priorities).toHaveLength(5);
    expect((await core.call('workspace.info', {})).replicaId).toBe(before.replicaId);
  });

  it('backs the file up, then applies a pending migration in one transaction, keeping the data', async () => {
    const appRoot = appRootWithExtraMigration('ALTER TABLE `strategies` ADD `motto` text;');
    handle = tempCore();
    const strategy = await handle.core.call('strategy.create', { title: 'Kept across upgrades', year: 2027 });
    const core = handle.reopen({ appRoot });
    expect((await core.call('strategy.get', { id: strategy.id })).title).toBe('Kept across upgrades');
    const backups = fs.readdirSync(path.join(handle.dataDir, 'backups'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/^chancery-before-migration-.*\.sqlite$/);
    const backup = new Database(path.join(handle.dataDir, 'backups', backups[0]!), { readonly: true });
    expect(backup.prepare('SELECT title FROM strategies').get()).toEqual({ title: 'Kept across upgrades' });
    backup.close();
  });

  it('rolls a failing migration back whole and leaves the data as it was', async () => {
    const appRoot = appRootWithExtraMigration('CREATE TABLE `scratch` (`x` text);\n--> statement-breakpoint\nTHIS IS NOT SQL;');
    handle = tempCore();
    await handle.core.call('strategy.create', { title: 'Still here', year: 2027 });
    handle.core.close();
    expect(() => openCore({ dataDir: handle!.dataDir, host: 'web', appRoot })).toThrow();
    const db = new Database(path.join(handle.dataDir, 'chancery.sqlite'), { readonly: true });
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'scratch'").get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT title FROM strategies').get()).toEqual({ title: 'Still here' });
    db.close();
    handle.core = openCore({ dataDir: handle.dataDir, host: 'web' });
  });

  it('refuses a broken database file with a clear message and leaves it untouched', () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, 'chancery.sqlite');
    const garbage = Buffer.from('This is not a database, it is a minute of the last staff meeting.\n'.repeat(100));
    fs.writeFileSync(file, garbage);
    let error: unknown;
    try {
      openCore({ dataDir, host: 'web' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ChanceryError);
    expect((error as ChanceryError).code).toBe('database_unreadable');
    expect((error as ChanceryError).message).toMatch(/cannot read its database.*has not been changed/);
    expect(fs.readFileSync(file).equals(garbage)).toBe(true);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});
