// Field values as stored in rows and in the change log. SQLite has no booleans: they travel as 0/1.
export type FieldValue = string | number | null;

export function toFieldValue(value: unknown): FieldValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string' || typeof value === 'number') return value;
  throw new TypeError(`Cannot store a value of type ${typeof value}`);
}

export function isFieldValue(value: unknown): value is FieldValue {
  return value === null || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}
