// The workspace is readable by its user only (POSIX: folders 700, files 600, the WAL and SHM files
// and backups included), and the brief being printed lives in DATA/tmp, cleared at each start,
// never in the system's shared temp folder.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../src/core';
import { withHtmlFile, type PdfPrinter } from '../../src/core/documents/printer';
import { appRootWithExtraMigration } from '../support/migrations';
import { tempDir } from '../support/tempCore';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

function folder(): string {
  const dir = tempDir('chancery-private-');
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function open(dataDir: string, more: Partial<Parameters<typeof openCore>[0]> = {}): Core {
  const core = openCore({ dataDir, host: 'web', ...more });
  cleanups.push(() => core.close());
  return core;
}

const modeOf = (target: string) => fs.statSync(target).mode & 0o777;

describe.skipIf(process.platform === 'win32')('workspace file modes', () => {
  it('creates the data folder 700 and the database, its WAL and SHM files and the lock 600, whatever the umask', async () => {
    const previous = process.umask(0o022);
    cleanups.push(() => process.umask(previous));
    const dataDir = path.join(folder(), 'new', 'Chancery');
    const core = open(dataDir);
    await core.call('strategy.create', { title: 'Private plan', year: 2027 });
    expect(modeOf(dataDir)).toBe(0o700);
    for (const name of ['chancery.sqlite', 'chancery.sqlite-wal', 'chancery.sqlite-shm', 'chancery.lock', 'chancery.lock.json']) {
      expect([name, modeOf(path.join(dataDir, name))]).toEqual([name, 0o600]);
    }
    expect(modeOf(path.join(dataDir, 'tmp'))).toBe(0o700);
  });

  it('writes the backup taken before a migration 600 in a 700 folder', async () => {
    const dataDir = folder();
    const core = openCore({ dataDir, host: 'web' });
    await core.call('strategy.create', { title: 'Kept across upgrades', year: 2027 });
    core.close();
    open(dataDir, { appRoot: appRootWithExtraMigration('ALTER TABLE `strategies` ADD `motto` text;') });
    const backups = path.join(dataDir, 'backups');
    expect(modeOf(backups)).toBe(0o700);
    const [backup] = fs.readdirSync(backups);
    expect(modeOf(path.join(backups, backup!))).toBe(0o600);
  });

  it('takes group and other access away from a workspace an earlier version left readable (644)', () => {
    const dataDir = folder();
    openCore({ dataDir, host: 'web' }).close();
    const backups = path.join(dataDir, 'backups');
    fs.mkdirSync(backups, { mode: 0o755 });
    fs.chmodSync(backups, 0o755);
    const oldBackup = path.join(backups, 'chancery-before-migration-2026-01-01.sqlite');
    fs.copyFileSync(path.join(dataDir, 'chancery.sqlite'), oldBackup);
    fs.chmodSync(oldBackup, 0o644);
    fs.chmodSync(path.join(dataDir, 'chancery.sqlite'), 0o644);
    open(dataDir);
    expect(modeOf(path.join(dataDir, 'chancery.sqlite'))).toBe(0o600);
    expect(modeOf(path.join(dataDir, 'chancery.sqlite-wal'))).toBe(0o600);
    expect(modeOf(backups)).toBe(0o700);
    expect(modeOf(oldBackup)).toBe(0o600);
  });
});

describe('the brief being printed', () => {
  /** A printer like both hosts': it prints from withHtmlFile; here it only looks at the file. */
  function inspectingPrinter(seen: { file: string; mode: number }[]): PdfPrinter {
    return (job) =>
      withHtmlFile(job, async (_url, file) => {
        seen.push({ file, mode: modeOf(file) });
        return new Uint8Array(Buffer.from('%PDF-1.7\n%%EOF\n'));
      });
  }

  it('is written under DATA/tmp, private, not in the system temp folder, and removed afterwards', async () => {
    const dataDir = folder();
    const seen: { file: string; mode: number }[] = [];
    const core = open(dataDir, { demo: true, printPdf: inspectingPrinter(seen) });
    const [strategy] = await core.call('strategy.list', {});
    await core.call('document.exportPdf', { strategyId: strategy!.id, paper: 'a4', marking: 'RESTRICTED' });
    expect(seen.length).toBeGreaterThan(0);
    for (const { file, mode } of seen) {
      expect(file.startsWith(path.join(dataDir, 'tmp') + path.sep)).toBe(true);
      if (process.platform !== 'win32') expect(mode).toBe(0o600);
      expect(fs.existsSync(path.dirname(file))).toBe(false);
    }
  });

  it('left behind by a print that was killed is cleared at the next start', () => {
    const dataDir = folder();
    openCore({ dataDir, host: 'web' }).close();
    const leftover = path.join(dataDir, 'tmp', 'print-AbC123');
    fs.mkdirSync(leftover, { recursive: true });
    fs.writeFileSync(path.join(leftover, 'brief.html'), '<h1>Restricted brief</h1>');
    open(dataDir);
    expect(fs.readdirSync(path.join(dataDir, 'tmp'))).toEqual([]);
  });

  it("clears only Chancery's own scratch folders, not files a user keeps in a tmp folder of a folder given to --data", () => {
    const dataDir = folder();
    const mine = path.join(dataDir, 'tmp', 'notes.txt');
    fs.mkdirSync(path.dirname(mine));
    fs.writeFileSync(mine, 'my own notes');
    fs.mkdirSync(path.join(dataDir, 'tmp', 'print-XyZ789'));
    open(dataDir);
    expect(fs.readdirSync(path.join(dataDir, 'tmp'))).toEqual(['notes.txt']);
  });
});
