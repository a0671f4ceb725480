// The schema as the write path and sync see it: SQL names only, checked before any reaches SQL.
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { syncedTables } from './schema';

export interface TableInfo {
  name: string;
  /** TypeScript key -> SQL column name. */
  columnByKey: Map<string, string>;
  /** SQL column names a change may set (all but the id). */
  writableColumns: Set<string>;
  /** SQL column names that may hold NULL. */
  nullableColumns: Set<string>;
}

const byName = new Map<string, TableInfo>();
const byTable = new Map<SQLiteTable, TableInfo>();

for (const table of Object.values(syncedTables) as SQLiteTable[]) {
  const columns = getTableColumns(table);
  const columnByKey = new Map(Object.entries(columns).map(([key, column]) => [key, column.name]));
  const writableColumns = new Set([...columnByKey.values()].filter((name) => name !== 'id'));
  const nullableColumns = new Set(Object.values(columns).filter((column) => !column.notNull).map((column) => column.name));
  const info: TableInfo = { name: getTableName(table), columnByKey, writableColumns, nullableColumns };
  byName.set(info.name, info);
  byTable.set(table, info);
}

export function tableInfo(table: SQLiteTable): TableInfo {
  const info = byTable.get(table);
  if (!info) throw new Error(`Table ${getTableName(table)} is not a synced table`);
  return info;
}

/** The synced table with this SQL name, or null: the guard for names arriving from other replicas. */
export function syncedTableNamed(name: string): TableInfo | null {
  return byName.get(name) ?? null;
}

/** SQL identifiers are only ever taken from the schema, then quoted for good measure. */
export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
