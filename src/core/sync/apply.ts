// Applying changes from other replicas: field-level last-writer-wins by hybrid logical clock.
// Idempotent (a change already in the log is skipped) and order-independent (a field only takes
// a value when that change is the newest the log holds for it), so a batch can be applied in
// chunks, each its own transaction: one interrupted midway converges when applied again.
import type Database from 'better-sqlite3';
import { ClockError, parseTimestamp, type HybridClock } from '../../shared/hlc';
import { ChanceryError } from '../../shared/errors';
import { columnValueProblem } from '../db/columnRules';
import { quoteIdentifier, syncedTableNamed } from '../db/tables';
import { isFieldValue } from '../db/values';
import type { Change } from './changes';

export interface ApplyResult {
  applied: number;
  skipped: number;
  tables: Set<string>;
  /** Changes set aside because their value breaks its column's rule: never written nor logged. */
  refused: RefusedChange[];
}

export interface RefusedChange {
  table: string;
  column: string;
  rowId: string;
  hlc: string;
  /** "audiences.tags of row 0192…: is not valid JSON (value \"[\\\"unclosed\")" */
  reason: string;
}

/** Changes per transaction: small enough that the host answers between chunks, large enough to stay fast. */
export const APPLY_CHUNK = 5_000;

export interface ApplyOptions {
  chunkSize?: number;
  /** Called after each chunk has committed (and the clock has moved), before yielding. */
  afterChunk?: (appliedSoFar: number) => void;
  /** The tables a committed chunk changed. */
  committed?: (tables: ReadonlySet<string>) => void;
}

/**
 * Checks the whole batch before writing anything: a change naming what the schema does not have,
 * or stamped by a malformed or drifting clock, refuses the batch (the sender is broken or hostile);
 * a change whose value breaks its column's rule is set aside and reported, so one bad field does not
 * block every later sync. The rest is applied in chunks, each in its own transaction, yielding to the
 * event loop between them; the clock moves only after a chunk commits.
 */
export async function applyChanges(sqlite: Database.Database, clock: HybridClock, batch: readonly Change[], options: ApplyOptions = {}): Promise<ApplyResult> {
  const result: ApplyResult = { applied: 0, skipped: 0, tables: new Set(), refused: [] };
  const incoming: Change[] = [];
  for (const change of batch) {
    const refused = checkChange(change);
    if (refused) result.refused.push(refused);
    else incoming.push(change);
  }
  // Then the clocks: a drifting sender refuses the whole batch.
  for (const change of batch) checkDrift(clock, change.hlc);
  const apply = chunkApplier(sqlite);
  const size = Math.max(1, options.chunkSize ?? APPLY_CHUNK);
  for (let start = 0; start < incoming.length; start += size) {
    if (start > 0) await new Promise((resolve) => setImmediate(resolve));
    const chunk = incoming.slice(start, start + size);
    const tables = new Set<string>();
    apply(chunk, result, tables);
    options.committed?.(tables);
    let newest = chunk[0]!.hlc;
    for (const change of chunk) if (change.hlc > newest) newest = change.hlc;
    clock.receive(newest);
    options.afterChunk?.(start + chunk.length);
  }
  return result;
}

function chunkApplier(sqlite: Database.Database) {
  const record = sqlite.prepare('INSERT OR IGNORE INTO changes (hlc, replica, tbl, row_id, col, value) VALUES (?, ?, ?, ?, ?, ?)');
  const newest = sqlite.prepare('SELECT max(hlc) AS hlc FROM changes WHERE tbl = ? AND row_id = ? AND col = ?');
  const statements = new Map<string, Database.Statement>();
  const statement = (sql: string) => {
    let prepared = statements.get(sql);
    if (!prepared) statements.set(sql, (prepared = sqlite.prepare(sql)));
    return prepared;
  };
  return sqlite.transaction((chunk: readonly Change[], result: ApplyResult, tables: Set<string>) => {
    for (const change of chunk) {
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
      tables.add(change.table);
    }
  }).immediate;
}

/**
 * Throws for a change naming a table or column the schema does not have, or stamped by a clock that is
 * malformed or too far ahead of ours; answers the report for a value its column's rule refuses.
 */
function checkChange(change: Change): RefusedChange | null {
  const table = syncedTableNamed(change.table);
  if (!table) throw new ChanceryError('invalid_input', `A change names an unknown table "${String(change.table).slice(0, 100)}"`);
  if (!table.writableColumns.has(change.column)) {
    throw new ChanceryError('invalid_input', `A change names an unknown column "${String(change.column).slice(0, 100)}" of ${table.name}`);
  }
  if (typeof change.rowId !== 'string' || change.rowId.length === 0 || change.rowId.length > 128) {
    throw new ChanceryError('invalid_input', 'A change has an invalid row id');
  }
  const stamp = typeof change.hlc === 'string' ? parseTimestamp(change.hlc) : null;
  if (!stamp || stamp.node !== change.replica) throw new ChanceryError('invalid_input', `A change has an invalid clock stamp "${String(change.hlc).slice(0, 100)}"`);
  if (!isFieldValue(change.value)) throw new ChanceryError('invalid_input', 'A change carries a value that is not text, a number or empty');
  if (change.value === null && !table.nullableColumns.has(change.column)) {
    throw new ChanceryError('invalid_input', `A change empties ${table.name}.${change.column}, which must have a value`);
  }
  const problem = columnValueProblem(table.name, change.column, change.value);
  if (!problem) return null;
  const reason = `${table.name}.${change.column} of row ${change.rowId}: ${problem.charAt(0).toLowerCase()}${problem.slice(1)} (value ${describe(change.value)})`;
  return { table: table.name, column: change.column, rowId: change.rowId, hlc: change.hlc, reason };
}

function checkDrift(clock: HybridClock, hlc: string): void {
  try {
    clock.check(hlc);
  } catch (error) {
    if (error instanceof ClockError) throw new ChanceryError('invalid_input', `Nothing was applied: ${error.message}`);
    throw error;
  }
}

function describe(value: unknown): string {
  if (typeof value === 'string' && value.length > 60) return `${JSON.stringify(value.slice(0, 60))}… (${value.length.toLocaleString('en')} characters)`;
  return JSON.stringify(value) ?? String(value);
}
