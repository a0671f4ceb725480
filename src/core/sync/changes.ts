// Reading the change log, for sending to other replicas.
import type Database from 'better-sqlite3';
import type { FieldValue } from '../db/values';

/** A change as it travels between replicas. */
export interface Change {
  hlc: string;
  replica: string;
  table: string;
  rowId: string;
  column: string;
  value: FieldValue;
}

interface ChangeRow {
  hlc: string;
  replica: string;
  tbl: string;
  row_id: string;
  col: string;
  value: string;
}

/** Changes after `since` (exclusive), oldest first. */
export function changesSince(sqlite: Database.Database, since = ''): Change[] {
  const rows = sqlite
    .prepare('SELECT hlc, replica, tbl, row_id, col, value FROM changes WHERE hlc > ? ORDER BY hlc')
    .all(since) as ChangeRow[];
  return rows.map((row) => ({
    hlc: row.hlc,
    replica: row.replica,
    table: row.tbl,
    rowId: row.row_id,
    column: row.col,
    value: JSON.parse(row.value) as FieldValue,
  }));
}
