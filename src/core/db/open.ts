// Opens the workspace database: WAL, foreign-key-free (sync needs rows to arrive in any order),
// migrations applied at start-up in one transaction after a backup copy of the file.
// The caller has prepared the folder and holds its lock (src/core/dataFolder).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { createPrivateFile, makePrivate, makePrivateFolder } from '../dataFolder/private';
import { checkExistingDatabase, unreadable } from './inspect';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export interface OpenedDatabase {
  sqlite: Database.Database;
  db: Db;
  /** Path of the backup taken before migrating, if one was needed. */
  backupPath: string | null;
  /** Whether this opening applied migrations (rows they created may still need logging). */
  migrated: boolean;
}

export const DATABASE_FILE = 'chancery.sqlite';
export const BACKUPS_FOLDER = 'backups';

/** Earlier versions wrote backups readable by everyone (644); they hold the whole workspace. */
export function makeBackupsPrivate(dataDir: string): void {
  const dir = path.join(dataDir, BACKUPS_FOLDER);
  if (!fs.existsSync(dir)) return;
  makePrivate(dir);
  for (const name of fs.readdirSync(dir)) makePrivate(path.join(dir, name));
}

export function openDatabase(dataDir: string, migrationsFolder: string): OpenedDatabase {
  const file = path.join(dataDir, DATABASE_FILE);
  // Refusals (read-only, damaged, foreign, newer) come before anything, even WAL mode, touches the file.
  checkExistingDatabase(file, migrationsFolder);
  // SQLite gives the -wal and -shm files the database file's mode, so they are private too.
  createPrivateFile(file);
  for (const part of [file, `${file}-wal`, `${file}-shm`]) makePrivate(part);
  makeBackupsPrivate(dataDir);
  const sqlite = connect(file);
  try {
    const { backupPath, migrated } = migrateWithBackup(sqlite, file, dataDir, migrationsFolder);
    return { sqlite, db: drizzle(sqlite, { schema }) as Db, backupPath, migrated };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

function connect(file: string): Database.Database {
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(file, { fileMustExist: true });
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('busy_timeout = 5000');
    return sqlite;
  } catch (error) {
    sqlite?.close();
    throw unreadable(file, error);
  }
}

function migrateWithBackup(sqlite: Database.Database, file: string, dataDir: string, migrationsFolder: string): { backupPath: string | null; migrated: boolean } {
  const pending = pendingMigrations(sqlite, migrationsFolder);
  if (pending === 0) return { backupPath: null, migrated: false };
  const hasData = sqlite.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
  let backupPath: string | null = null;
  if (hasData.n > 0) {
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const dir = path.join(dataDir, BACKUPS_FOLDER);
    makePrivateFolder(dir);
    backupPath = path.join(dir, `chancery-before-migration-${new Date().toISOString().replace(/[:.]/g, '-')}.sqlite`);
    fs.copyFileSync(file, backupPath);
    makePrivate(backupPath);
  }
  // drizzle's SQLite migrator runs every pending migration inside one transaction.
  migrate(drizzle(sqlite), { migrationsFolder });
  return { backupPath, migrated: true };
}

function pendingMigrations(sqlite: Database.Database, migrationsFolder: string): number {
  const all = readMigrationFiles({ migrationsFolder });
  const table = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'").get();
  if (!table) return all.length;
  const last = sqlite.prepare('SELECT max(created_at) AS at FROM __drizzle_migrations').get() as { at: number | null };
  return all.filter((m) => last.at === null || m.folderMillis > last.at).length;
}
