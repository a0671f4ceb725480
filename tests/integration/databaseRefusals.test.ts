// What Chancery refuses to open, and how it says so: a database from a newer Chancery, another
// program's SQLite file, a read-only database or folder, a --data that is a file. A refusal never
// changes the file (its bytes are compared before and after) and reads as a user would want it.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../../src/core';
import { ChanceryError } from '../../src/shared/errors';
import { fingerprint, runEntry } from '../support/entry';
import { tempDir } from '../support/tempCore';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

function folder(): string {
  const dir = tempDir('chancery-refuse-');
  cleanups.push(() => {
    writable(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

/** Gives folders back their write bit, so a test run by a normal user can remove what it made read-only. */
function writable(dir: string): void {
  fs.chmodSync(dir, 0o700);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) if (entry.isDirectory()) writable(path.join(dir, entry.name));
}

const databaseFiles = (dataDir: string) => ['chancery.sqlite', 'chancery.sqlite-wal', 'chancery.sqlite-shm'].map((name) => path.join(dataDir, name));

function refusal(dataDir: string): ChanceryError {
  try {
    openCore({ dataDir, host: 'web' }).close();
  } catch (error) {
    expect(error).toBeInstanceOf(ChanceryError);
    return error as ChanceryError;
  }
  throw new Error('expected a refusal, but it opened');
}

/** A workspace written by this Chancery, then marked as updated by a newer one. */
async function workspaceFromNewerChancery(dataDir: string): Promise<void> {
  const core = openCore({ dataDir, host: 'web' });
  await core.call('strategy.create', { title: 'Written by the next version', year: 2027 });
  core.close();
  const sqlite = new Database(path.join(dataDir, 'chancery.sqlite'));
  const { at } = sqlite.prepare('SELECT max(created_at) AS at FROM __drizzle_migrations').get() as { at: number };
  sqlite.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('from-the-future', at + 86_400_000);
  sqlite.exec('CREATE TABLE attachments (id text PRIMARY KEY)');
  sqlite.close();
}

/** Another program's database, kept in rollback-journal mode, as most are. */
function foreignDatabase(file: string): void {
  const sqlite = new Database(file);
  sqlite.exec("CREATE TABLE invoices (id integer PRIMARY KEY, customer text, total real); INSERT INTO invoices (customer, total) VALUES ('Acme', 120.5)");
  sqlite.close();
}

describe('a database from a newer Chancery', () => {
  it('is refused with a clear message and left byte for byte as it was', async () => {
    const dataDir = folder();
    await workspaceFromNewerChancery(dataDir);
    const before = fingerprint(databaseFiles(dataDir));
    const error = refusal(dataDir);
    expect(error.message).toMatch(/was updated by a newer version of Chancery \(1 database change this version does not know\)/);
    expect(error.message).toMatch(/has not opened or changed it\. Install the newer Chancery again/);
    expect(fingerprint(databaseFiles(dataDir))).toEqual(before);
    expect(fs.existsSync(path.join(dataDir, 'backups'))).toBe(false);
  });

  it('stops the web host at start with that message and no stack', async () => {
    const dataDir = folder();
    await workspaceFromNewerChancery(dataDir);
    const before = fingerprint(databaseFiles(dataDir));
    const result = await runEntry('start', ['--data', dataDir, '--port', '0']);
    expect(result.started).toBe(false);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/updated by a newer version of Chancery/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(fingerprint(databaseFiles(dataDir))).toEqual(before);
  });
});

describe("another program's SQLite file", () => {
  it('gets no Chancery tables: it is refused, named, and left byte for byte as it was', () => {
    const dataDir = folder();
    foreignDatabase(path.join(dataDir, 'chancery.sqlite'));
    const before = fingerprint(databaseFiles(dataDir));
    const error = refusal(dataDir);
    expect(error.message).toMatch(/is not a Chancery workspace: it is another program's database \(with tables invoices\)\. Chancery has not changed it\./);
    expect(fingerprint(databaseFiles(dataDir))).toEqual(before);
  });

  it('is left as it was even in WAL mode with changes still in its -wal file', () => {
    const dataDir = folder();
    const source = path.join(folder(), 'app.db');
    const writer = new Database(source);
    writer.pragma('journal_mode = WAL');
    writer.pragma('wal_autocheckpoint = 0');
    writer.exec("CREATE TABLE ledger (id integer PRIMARY KEY, entry text); INSERT INTO ledger (entry) VALUES ('only in the WAL')");
    // Copied while the other program still has it open: the newest rows live in the -wal file.
    fs.copyFileSync(source, path.join(dataDir, 'chancery.sqlite'));
    fs.copyFileSync(`${source}-wal`, path.join(dataDir, 'chancery.sqlite-wal'));
    writer.close();
    const before = fingerprint(databaseFiles(dataDir));
    expect(refusal(dataDir).message).toMatch(/not a Chancery workspace.*tables ledger/);
    expect(fingerprint(databaseFiles(dataDir))).toEqual(before);
  });
});

describe('a data folder Chancery cannot use', () => {
  it('says --data points at a file, without an EEXIST stack', async () => {
    const file = path.join(folder(), 'notes.txt');
    fs.writeFileSync(file, 'not a folder');
    for (const data of [file, path.join(file, 'workspace')]) {
      const result = await runEntry('start', ['--data', data, '--port', '0']);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`${file} is a file, not a folder`);
      expect(result.stderr).toContain('--data');
      expect(result.stderr).not.toMatch(/EEXIST|ENOTDIR|\n\s+at /);
    }
    expect(fs.readFileSync(file, 'utf8')).toBe('not a folder');
  });

  it('says so for npm run brief too', async () => {
    const file = path.join(folder(), 'notes.txt');
    fs.writeFileSync(file, 'not a folder');
    const result = await runEntry('brief', ['--data', file, '--strategy', 'any', '--out', `${file}.md`]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file} is a file, not a folder`);
  });

  it('refuses a read-only database at start, saying how to make it writable, and leaves it unchanged', async () => {
    const base = folder();
    const dataDir = path.join(base, 'workspace');
    openCore({ dataDir, host: 'web' }).close();
    fs.chmodSync(path.join(dataDir, 'chancery.sqlite'), 0o444);
    const before = fingerprint(databaseFiles(dataDir));
    const result = await runEntry('start', ['--data', dataDir, '--port', '0'], { unprivileged: true });
    expect(result.started).toBe(false);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Chancery's database file ${path.join(dataDir, 'chancery.sqlite')} is read-only, so nothing could be saved.`);
    expect(result.stderr).toMatch(/chmod u\+rw/);
    expect(result.stderr).not.toMatch(/backup|\n\s+at /);
    expect(fingerprint(databaseFiles(dataDir))).toEqual(before);
  });

  it('says a database its user cannot read is unreadable by permission, not damaged', async () => {
    const base = folder();
    const dataDir = path.join(base, 'workspace');
    openCore({ dataDir, host: 'web' }).close();
    fs.chmodSync(path.join(dataDir, 'chancery.sqlite'), 0o200);
    const result = await runEntry('start', ['--data', dataDir, '--port', '0'], { unprivileged: true });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Chancery's database file ${path.join(dataDir, 'chancery.sqlite')} cannot be read by your user.`);
    expect(result.stderr).not.toMatch(/backup|\n\s+at /);
  });

  it('says so when it may not open the folder\'s lock file', async () => {
    const base = folder();
    const dataDir = path.join(base, 'workspace');
    openCore({ dataDir, host: 'web' }).close();
    fs.chmodSync(path.join(dataDir, 'chancery.lock'), 0o000);
    const result = await runEntry('start', ['--data', dataDir, '--port', '0'], { unprivileged: true });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Chancery cannot lock its data folder ${dataDir}`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a read-only folder holding a workspace, without suggesting a backup', async () => {
    const base = folder();
    const dataDir = path.join(base, 'workspace');
    openCore({ dataDir, host: 'web' }).close();
    fs.chmodSync(dataDir, 0o555);
    const before = fingerprint(databaseFiles(dataDir));
    const result = await runEntry('start', ['--data', dataDir, '--port', '0'], { unprivileged: true });
    expect(result.started).toBe(false);
    expect(result.stderr).toContain(`Chancery cannot write in its data folder ${dataDir} (it is read-only), so nothing could be saved.`);
    expect(result.stderr).not.toMatch(/backup|\n\s+at /);
    expect(fingerprint(databaseFiles(dataDir))).toEqual(before);
  });

  it('refuses an empty read-only folder by saying to choose a folder it can write to', async () => {
    const base = folder();
    const dataDir = path.join(base, 'empty');
    fs.mkdirSync(dataDir);
    fs.chmodSync(dataDir, 0o555);
    const result = await runEntry('start', ['--data', dataDir, '--port', '0'], { unprivileged: true });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Chancery cannot write in ${dataDir} (it is read-only), so it cannot create a workspace there.`);
    expect(result.stderr).toContain('--data pointing at a folder you can write to');
    expect(result.stderr).not.toMatch(/backup|\n\s+at /);
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });

  it('says where it may not write when it cannot create the folder', async () => {
    const base = folder();
    fs.chmodSync(base, 0o555);
    const dataDir = path.join(base, 'new', 'workspace');
    const result = await runEntry('start', ['--data', dataDir, '--port', '0'], { unprivileged: true });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Chancery cannot create the data folder ${dataDir}: you may not write in ${base}.`);
    expect(result.stderr).not.toMatch(/EACCES|\n\s+at /);
  });
});
