// Drafts of open editors, kept in this browser profile's storage so that a reload, a crash or a
// closed window brings back what was typed. A draft lives until its editor saves or the planner
// discards it; drafts untouched for a month are dropped. Never synced: they are this laptop's.
const PREFIX = 'chancery.draft:';
const MONTH_MS = 30 * 24 * 60 * 60 * 1000;

export interface StoredDraft<T> {
  value: T;
  /** When it was last written (ms since epoch), to tell the planner how old it is. */
  savedAt: number;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function readDraft<T>(key: string): StoredDraft<T> | null {
  const raw = storage()?.getItem(PREFIX + key);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as StoredDraft<T>;
    return typeof parsed.savedAt === 'number' && 'value' in parsed ? parsed : null;
  } catch {
    return null;
  }
}

export function writeDraft<T>(key: string, value: T): void {
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify({ value, savedAt: Date.now() } satisfies StoredDraft<T>));
  } catch {
    // A full or unavailable storage only loses the safety net, never the editor's own state.
  }
}

export function clearDraft(key: string): void {
  storage()?.removeItem(PREFIX + key);
}

/** Drops drafts nobody came back to in a month; run once at start. */
export function pruneDrafts(now = Date.now()): void {
  const store = storage();
  if (!store) return;
  for (let i = store.length - 1; i >= 0; i--) {
    const key = store.key(i);
    if (!key?.startsWith(PREFIX)) continue;
    const draft = readDraft(key.slice(PREFIX.length));
    if (!draft || now - draft.savedAt > MONTH_MS) store.removeItem(key);
  }
}
