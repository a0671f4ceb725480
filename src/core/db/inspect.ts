// Looks at an existing database file before Chancery writes a byte to it: a file it cannot write,
// a damaged file, another program's database or one a newer Chancery has updated are refused here,
// through a read-only connection, so they leave start-up exactly as they came.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { ChanceryError } from '../../shared/errors';
import { unavailable } from '../dataFolder/folder';

const MIGRATIONS_TABLE = '__drizzle_migrations';

/** Throws a ChanceryError saying what is wrong and what to do, unless `file` is missing, empty or Chancery's own. */
export function checkExistingDatabase(file: string, migrationsFolder: string): void {
  if (!fs.existsSync(file)) return;
  checkWritable(file);
  if (fs.statSync(file).size === 0) return;
  // A read-only connection to a WAL database creates empty -wal and -shm files and leaves them behind.
  const sidecars = [`${file}-wal`, `${file}-shm`].filter((part) => !fs.existsSync(part));
  try {
    const sqlite = openReadOnly(file);
    try {
      checkIsChancerys(sqlite, file, migrationsFolder);
    } finally {
      sqlite.close();
    }
  } finally {
    for (const part of sidecars) fs.rmSync(part, { force: true });
  }
}

function checkWritable(file: string): void {
  for (const part of [file, `${file}-wal`, `${file}-shm`]) {
    if (!fs.existsSync(part)) continue;
    try {
      fs.accessSync(part, fs.constants.R_OK);
    } catch {
      throw unavailable(
        `Chancery's database file ${part} cannot be read by your user. Give your user access to it again, ` +
          'or start Chancery with --data pointing at another folder. The file has not been changed.',
      );
    }
    try {
      fs.accessSync(part, fs.constants.W_OK);
    } catch {
      const how =
        process.platform === 'win32'
          ? 'untick "Read-only" in the file\'s Properties'
          : `for example: chmod u+rw "${part}"`;
      throw unavailable(
        `Chancery's database file ${part} is read-only, so nothing could be saved. Make it writable again (${how}), ` +
          'or copy the whole data folder to a place you can write to and start Chancery with --data pointing at the copy. ' +
          'The file has not been changed.',
      );
    }
  }
}

function openReadOnly(file: string): Database.Database {
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true });
    // A damaged file fails here.
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
    return sqlite;
  } catch (error) {
    sqlite?.close();
    throw unreadable(file, error);
  }
}

export function unreadable(file: string, error: unknown): ChanceryError {
  const reason = error instanceof Error ? error.message : String(error);
  return new ChanceryError(
    'database_unreadable',
    `Chancery cannot read its database at ${file} (${reason}). The file has not been changed. ` +
      'Restore it from a backup, or start Chancery with another data folder (--data).',
  );
}

function checkIsChancerys(sqlite: Database.Database, file: string, migrationsFolder: string): void {
  const tables = (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name").all() as { name: string }[]).map(
    (row) => row.name,
  );
  if (tables.length === 0) return; // an empty database: Chancery sets it up
  const others = tables.filter((name) => name !== MIGRATIONS_TABLE);
  const applied = tables.includes(MIGRATIONS_TABLE)
    ? (sqlite.prepare(`SELECT created_at AS at FROM ${MIGRATIONS_TABLE}`).all() as { at: number }[]).map((row) => Number(row.at))
    : [];
  // Only the migrations table, still empty: Chancery's own first start, stopped before it finished.
  if (applied.length === 0 && others.length === 0) return;
  const bundled = readMigrationFiles({ migrationsFolder }).map((migration) => migration.folderMillis);
  // Every Chancery database starts with Chancery's first migration; anything else belongs to another program.
  if (!applied.includes(bundled[0]!)) {
    const sample = others.slice(0, 3).join(', ') + (others.length > 3 ? ', ...' : '');
    throw new ChanceryError(
      'database_unreadable',
      `${file} is not a Chancery workspace: it is another program's database (with tables ${sample}). Chancery has not changed it. ` +
        'Move that file out of the data folder, or start Chancery with --data pointing at another folder.',
    );
  }
  const unknown = applied.filter((at) => !bundled.includes(at)).length;
  if (unknown > 0) {
    throw new ChanceryError(
      'database_unreadable',
      `The workspace ${file} was updated by a newer version of Chancery (${unknown} database change${unknown > 1 ? 's' : ''} this version does not know). ` +
        'This version could misread it, so it has not opened or changed it. Install the newer Chancery again, ' +
        'or start this one with --data pointing at another folder.',
    );
  }
}
