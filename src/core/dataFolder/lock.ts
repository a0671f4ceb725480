// One data folder, one process. Two processes on one workspace share a replica id (their change-log
// entries collide), keep stale caches and undo each other's rows, so every host takes this lock.
//
// The lock is an operating-system lock: SQLite's own (fcntl on POSIX, LockFileEx on Windows) on an
// empty file, held by an open exclusive transaction. The system drops it the moment the process dies,
// even by kill -9, so a crash never blocks the next start and no staleness guess is needed; SQLite
// also keeps two connections of one process apart, which plain fcntl would not. Who holds it is
// written next to it for the message the next process shows.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { format } from 'date-fns';
import { unavailable } from './folder';
import { PRIVATE_FILE_MODE, createPrivateFile, makePrivate } from './private';

export const LOCK_FILE = 'chancery.lock';
export const HOLDER_FILE = 'chancery.lock.json';

export interface LockHolder {
  pid: number;
  /** What kind of process: "the Chancery desktop app", "the web host (npm run web)", ... */
  process: string;
  /** When it took the lock, in milliseconds since the epoch. */
  startedAt: number;
  hostname: string;
}

export interface DataFolderLock {
  release(): void;
}

/** Takes the folder's lock or throws a message naming the process that holds it. */
export function lockDataFolder(dataDir: string, processName: string): DataFolderLock {
  const lockFile = path.join(dataDir, LOCK_FILE);
  const holderFile = path.join(dataDir, HOLDER_FILE);
  // Created once and never deleted or reopened by fs: removing a lock file others may be waiting on
  // lets two processes lock two different files, and closing any descriptor of it drops the lock.
  if (!fs.existsSync(lockFile)) createPrivateFile(lockFile);
  makePrivate(lockFile);

  let connection: Database.Database | undefined;
  try {
    connection = new Database(lockFile);
    // A moment's patience covers a previous process that is still closing.
    connection.pragma('busy_timeout = 1000');
    // Nothing is ever written, so no journal file is needed either.
    connection.pragma('journal_mode = MEMORY');
    connection.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    connection?.close();
    if ((error as { code?: string }).code === 'SQLITE_BUSY') throw inUse(dataDir, readHolder(holderFile));
    throw unavailable(
      `Chancery cannot lock its data folder ${dataDir} (${(error as Error).message} on ${lockFile}). ` +
        'Check that your user may read and write that file, or start Chancery with --data pointing at another folder.',
    );
  }
  const held = connection;

  const me: LockHolder = { pid: process.pid, process: processName, startedAt: Date.now(), hostname: os.hostname() };
  writeHolder(holderFile, me);
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      if (readHolder(holderFile)?.pid === me.pid) fs.rmSync(holderFile, { force: true });
      held.close();
    },
  };
}

function inUse(dataDir: string, holder: LockHolder | null): Error {
  const who = holder
    ? `${holder.process}, process ${holder.pid}${holder.hostname !== os.hostname() ? ` on ${holder.hostname}` : ''}, started ${format(holder.startedAt, 'yyyy-MM-dd HH:mm:ss')}`
    : 'another Chancery process';
  return unavailable(
    `The data folder ${dataDir} is already in use by ${who}. Only one Chancery can use a data folder at a time: ` +
      'close the other one first (Ctrl+C in its terminal, or quit the app), or start this one with --data pointing at another folder.',
  );
}

function writeHolder(file: string, holder: LockHolder): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temp, JSON.stringify(holder), { mode: PRIVATE_FILE_MODE });
    fs.renameSync(temp, file);
  } catch {
    // Only the message about who holds the lock suffers; the lock itself is held.
    fs.rmSync(temp, { force: true });
  }
}

function readHolder(file: string): LockHolder | null {
  try {
    const value = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockHolder>;
    if (typeof value.pid !== 'number' || typeof value.process !== 'string' || typeof value.startedAt !== 'number') return null;
    return { pid: value.pid, process: value.process, startedAt: value.startedAt, hostname: typeof value.hostname === 'string' ? value.hostname : os.hostname() };
  } catch {
    return null;
  }
}
