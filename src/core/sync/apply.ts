// Applying changes from other replicas: field-level last-writer-wins by hybrid logical clock.
// Idempotent (a change already in the log is skipped) and order-independent (a field only takes
// a value when that change is the newest the log holds for it).
import type Database from 'better-sqlite3';
import { parseTimestamp, type HybridClock } from '../../shared/hlc';
import { ChanceryError } from '../../shared/errors';
import { quoteIdentifier, syncedTableNamed } from '../db/tables';
import { isFieldValue } from '../db/values';
import type { Change } from './changes';

export interface ApplyResult {
  applied: number;
  skipped: number;
  tables: Set<string>;
}

export function applyChanges(sqlite: Database.Database, clock: HybridClock, incoming: readonly Change[]): ApplyResult {
  incoming.forEach(checkChange);
  const record = sqlite.prepare('INSERT OR IGNORE INTO changes (hlc, replica, tbl, row_id, col, value) VALUES (?, ?, ?, ?, ?, ?)');
  const newest = sqlite.prepare('SELECT max(hlc) AS hlc FROM changes WHERE tbl = ? AND row_id = ? AND col = ?');
  const result: ApplyResult = { applied: 0, skipped: 0, tables: new Set() };
  const statements = new Map<string, Database.Statement>();
  const statement = (sql: string) => {
    let prepared = statements.get(sql);
    if (!prepared) statements.set(sql, (prepared = sqlite.prepare(sql)));
    return prepared;
  };

  sqlite.transaction(() => {
    for (const change of incoming) {
      clock.receive(change.hlc);
      const inserted = record.run(change.hlc, change.replica, change.table, change.rowId, change.column, JSON.stringify(change.value));
      if (inserted.changes === 0) {
        result.skipped++;
        continue;
      }
      const latest = newest.get(change.table, change.rowId, change.column) as { hlc: string };
      if (latest.hlc !== change.hlc) {
        result.skipped++;
        continue;
      }
      const table = quoteIdentifier(change.table);
      statement(`INSERT INTO ${table} (id) VALUES (?) ON CONFLICT(id) DO NOTHING`).run(change.rowId);
      statement(`UPDATE ${table} SET ${quoteIdentifier(change.column)} = ? WHERE id = ?`).run(change.value, change.rowId);
      result.applied++;
      result.tables.add(change.table);
    }
  }).immediate();
  return result;
}

/** Rejects, before anything is written, a change naming a table or column the schema does not have. */
function checkChange(change: Change): void {
  const table = syncedTableNamed(change.table);
  if (!table) throw new ChanceryError('invalid_input', `A change names an unknown table "${String(change.table)}"`);
  if (!table.writableColumns.has(change.column)) {
    throw new ChanceryError('invalid_input', `A change names an unknown column "${String(change.column)}" of ${table.name}`);
  }
  if (typeof change.rowId !== 'string' || change.rowId.length === 0 || change.rowId.length > 128) {
    throw new ChanceryError('invalid_input', 'A change has an invalid row id');
  }
  const stamp = typeof change.hlc === 'string' ? parseTimestamp(change.hlc) : null;
  if (!stamp || stamp.node !== change.replica) throw new ChanceryError('invalid_input', `A change has an invalid clock stamp "${String(change.hlc)}"`);
  if (!isFieldValue(change.value)) throw new ChanceryError('invalid_input', 'A change carries a value that is not text, a number or empty');
  if (change.value === null && !table.nullableColumns.has(change.column)) {
    throw new ChanceryError('invalid_input', `A change empties ${table.name}.${change.column}, which must have a value`);
  }
}
