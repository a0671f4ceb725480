// Reading the JSON-text columns of synced tables. A field may come from another replica, so a
// malformed value reads as empty (or the default) instead of breaking the screen that shows it.

/** A JSON array of strings; anything else reads as []. */
export function parseStringList(json: string | null): string[] {
  if (!json) return [];
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/** A JSON [a, b] pair of finite numbers, or null. */
export function parseNumberPair(json: string | null): [number, number] | null {
  if (!json) return null;
  try {
    const value: unknown = JSON.parse(json);
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'number' && Number.isFinite(v))) {
      return [value[0] as number, value[1] as number];
    }
  } catch {
    // fall through
  }
  return null;
}
