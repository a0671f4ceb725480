// This replica's identity and clock, restored from the database at start-up.
import crypto from 'node:crypto';
import type Database from 'better-sqlite3';
import { HybridClock } from '../../shared/hlc';

export function loadClock(sqlite: Database.Database, now: () => number): HybridClock {
  const stored = sqlite.prepare("SELECT value FROM local_meta WHERE key = 'replica_id'").get() as { value: string } | undefined;
  let replica = stored?.value;
  if (!replica) {
    replica = crypto.randomBytes(8).toString('hex');
    sqlite.prepare("INSERT INTO local_meta (key, value) VALUES ('replica_id', ?)").run(replica);
  }
  // The newest stamp in the log keeps the clock monotonic across restarts, even if wall time went back.
  const last = sqlite.prepare('SELECT max(hlc) AS hlc FROM changes').get() as { hlc: string | null };
  return new HybridClock(replica, now, last.hlc ?? undefined);
}
