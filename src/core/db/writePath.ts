// The single write path. Every mutation of a synced table goes through a Writer, which writes the
// row and appends one change per changed field to the change log, in the same transaction.
import type Database from 'better-sqlite3';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { uuidv7 } from 'uuidv7';
import type { HybridClock } from '../../shared/hlc';
import { quoteIdentifier, syncedTableNamed, tableInfo, type TableInfo } from './tables';
import { toFieldValue, type FieldValue } from './values';

/** One field's change, as history (undo/redo) needs it. */
export interface FieldChange {
  table: string;
  rowId: string;
  column: string;
  before: FieldValue;
  after: FieldValue;
}

type Values<T extends SQLiteTable> = Partial<T['$inferInsert']>;

export interface Writer {
  /** Inserts a new row with a fresh UUIDv7 id and returns the id. */
  insert<T extends SQLiteTable>(table: T, values: Values<T>): string;
  /**
   * Writes the row with a caller-chosen id: inserts it, or updates it (clearing any tombstone) when
   * it exists. For rows whose id is derived from what they are, so every replica picks the same one.
   */
  put<T extends SQLiteTable>(table: T, id: string, values: Values<T>): void;
  /** Sets the given fields; only those that differ are written and logged. */
  update<T extends SQLiteTable>(table: T, id: string, values: Values<T>): void;
  /** Marks a row deleted: rows are never removed, so a deletion can sync and be undone. */
  tombstone(table: SQLiteTable, id: string): void;
  /** Bumps updated_at without recording history (e.g. a strategy whose objective changed). */
  touch(table: SQLiteTable, id: string): void;
  /** Sets one field by SQL names, for undo and redo. */
  setField(table: string, id: string, column: string, value: FieldValue): void;
  /** When this transaction happens, as an ISO string. */
  readonly now: string;
}

export interface WriteResult<T> {
  result: T;
  /** Changes that history can revert (excludes bookkeeping such as updated_at). */
  changes: FieldChange[];
  tables: Set<string>;
}

export class WritePath {
  private readonly statements = new Map<string, Database.Statement>();
  private readonly logChange: Database.Statement;
  private readonly runInTransaction: Database.Transaction<(work: () => unknown) => unknown>;

  constructor(
    private readonly sqlite: Database.Database,
    private readonly clock: HybridClock,
    private readonly now: () => number,
  ) {
    this.logChange = sqlite.prepare('INSERT INTO changes (hlc, replica, tbl, row_id, col, value) VALUES (?, ?, ?, ?, ?, ?)');
    this.runInTransaction = sqlite.transaction((work: () => unknown) => work());
  }

  transaction<T>(work: (writer: Writer) => T): WriteResult<T> {
    const changes: FieldChange[] = [];
    const tables = new Set<string>();
    const writer = this.writer(changes, tables);
    const result = this.runInTransaction.immediate(() => work(writer)) as T;
    return { result, changes, tables };
  }

  /**
   * Logs, as this replica's changes, every field of the rows of `table` that have no change at all
   * in the log: rows a migration made from older data, so they sync like rows written here.
   */
  logUnloggedRows(table: SQLiteTable): number {
    const info = tableInfo(table);
    const name = quoteIdentifier(info.name);
    if (!this.sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(info.name)) return 0;
    const rows = this.sqlite
      .prepare(`SELECT * FROM ${name} t WHERE NOT EXISTS (SELECT 1 FROM changes c WHERE c.tbl = ? AND c.row_id = t.id)`)
      .all(info.name) as Record<string, FieldValue>[];
    this.runInTransaction.immediate(() => {
      for (const row of rows) {
        for (const [column, value] of Object.entries(row)) if (column !== 'id') this.log(info.name, row.id as string, column, value);
      }
    });
    return rows.length;
  }

  private writer(changes: FieldChange[], tables: Set<string>): Writer {
    const now = new Date(this.now()).toISOString();
    const path = this;
    const insertAs = (table: SQLiteTable, id: string, values: Record<string, unknown>) => {
      const info = tableInfo(table);
      const row: Record<string, FieldValue> = { created_at: now, updated_at: now };
      for (const [key, value] of Object.entries(values)) {
        if (key === 'id' || value === undefined) continue;
        row[path.columnName(info, key)] = toFieldValue(value);
      }
      path.insertRow(info, id, row);
      for (const [column, value] of Object.entries(row)) path.log(info.name, id, column, value);
      // Undoing an insert tombstones the row; redoing it clears the tombstone.
      changes.push({ table: info.name, rowId: id, column: 'deleted_at', before: now, after: null });
      tables.add(info.name);
    };
    return {
      now,
      insert(table, values) {
        const id = uuidv7();
        insertAs(table, id, values);
        return id;
      },
      put(table, id, values) {
        if (path.rowExists(tableInfo(table), id)) this.update(table, id, { ...values, deletedAt: null } as never);
        else insertAs(table, id, values);
      },
      update(table, id, values) {
        const info = tableInfo(table);
        const current = path.readRow(info, id);
        const fields: Record<string, FieldValue> = {};
        for (const [key, raw] of Object.entries(values)) {
          if (key === 'id' || raw === undefined) continue;
          const column = path.columnName(info, key);
          const value = toFieldValue(raw);
          const before = current[column] as FieldValue;
          if (before === value) continue;
          fields[column] = value;
          changes.push({ table: info.name, rowId: id, column, before, after: value });
        }
        if (Object.keys(fields).length === 0) return;
        path.writeFields(info, id, { ...fields, updated_at: now });
        tables.add(info.name);
      },
      tombstone(table, id) {
        this.update(table, id, { deletedAt: now } as never);
      },
      touch(table, id) {
        const info = tableInfo(table);
        path.writeFields(info, id, { updated_at: now });
        tables.add(info.name);
      },
      setField(tableName, id, column, value) {
        const info = syncedTableNamed(tableName);
        if (!info) throw new Error(`Unknown table ${tableName}`);
        const current = path.readRow(info, id);
        if (current[column] === value) return;
        path.writeFields(info, id, { [column]: value, updated_at: now });
        changes.push({ table: info.name, rowId: id, column, before: current[column] as FieldValue, after: value });
        tables.add(info.name);
      },
    };
  }

  private columnName(info: TableInfo, key: string): string {
    const column = info.columnByKey.get(key);
    if (!column) throw new Error(`${info.name} has no column ${key}`);
    return column;
  }

  private rowExists(info: TableInfo, id: string): boolean {
    const statement = this.statement(`exists ${info.name}`, () => `SELECT 1 FROM ${quoteIdentifier(info.name)} WHERE id = ?`);
    return statement.get(id) !== undefined;
  }

  private readRow(info: TableInfo, id: string): Record<string, unknown> {
    const statement = this.statement(`select ${info.name}`, () => `SELECT * FROM ${quoteIdentifier(info.name)} WHERE id = ?`);
    const row = statement.get(id) as Record<string, unknown> | undefined;
    if (!row) throw new Error(`No ${info.name} row ${id}`);
    return row;
  }

  private insertRow(info: TableInfo, id: string, row: Record<string, FieldValue>): void {
    const columns = Object.keys(row);
    const statement = this.statement(`insert ${info.name} ${columns.join(',')}`, () =>
      `INSERT INTO ${quoteIdentifier(info.name)} (id, ${columns.map(quoteIdentifier).join(', ')}) ` +
      `VALUES (?${', ?'.repeat(columns.length)})`,
    );
    statement.run(id, ...columns.map((c) => row[c]));
  }

  /** One UPDATE for all of an edit's fields, and one logged change per field. */
  private writeFields(info: TableInfo, id: string, fields: Record<string, FieldValue>): void {
    const columns = Object.keys(fields);
    for (const column of columns) if (!info.writableColumns.has(column)) throw new Error(`${info.name} has no column ${column}`);
    const statement = this.statement(`update ${info.name} ${columns.join(',')}`, () =>
      `UPDATE ${quoteIdentifier(info.name)} SET ${columns.map((c) => `${quoteIdentifier(c)} = ?`).join(', ')} WHERE id = ?`,
    );
    statement.run(...columns.map((c) => fields[c]), id);
    for (const column of columns) this.log(info.name, id, column, fields[column]!);
  }

  private log(table: string, rowId: string, column: string, value: FieldValue): void {
    this.logChange.run(this.clock.send(), this.clock.node, table, rowId, column, JSON.stringify(value));
  }

  /** Statements are built only from schema names; `key` names one so its SQL is built once. */
  private statement(key: string, sql: () => string): Database.Statement {
    let statement = this.statements.get(key);
    if (!statement) {
      statement = this.sqlite.prepare(sql());
      this.statements.set(key, statement);
    }
    return statement;
  }
}
