// Helpers for copying synced rows into a duplicate strategy.
import { parseStringList } from './jsonText';

/** Fields that belong to the copy itself rather than to the original row. */
export function content<T extends { id: string; createdAt: string; updatedAt: string; deletedAt: string | null }>(row: T) {
  const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...rest } = row;
  return rest;
}

/** The ids in a JSON list, mapped to their copies; ids with no copy (removed rows) are dropped. */
export function mapIdList(json: string, ids: Map<string, string>): string {
  return JSON.stringify(parseStringList(json).flatMap((id) => (ids.has(id) ? [ids.get(id)!] : [])));
}
