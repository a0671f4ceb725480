// The post editor's working copy over time: made from the post as loaded (its base), kept in this
// laptop's drafts on every keystroke so a reload or crash brings it back, holding the page while it
// differs from the base, and told apart from a change saved elsewhere meanwhile (the planner chooses).
import { useCallback, useEffect, useState } from 'react';
import type { ContentItem } from '../../../shared/calendar';
import { clearDraft, readDraft, writeDraft } from '../../app/drafts';
import { holdUnsavedWork } from '../../app/unsavedWork';
import { draftChanged, draftOf, type Draft } from './itemDraft';

export interface PostDraft {
  draft: Draft | null;
  setDraft: (update: (draft: Draft) => Draft) => void;
  /** The working copy differs from the post it was made from (or, for a new post, from an empty one). */
  unsaved: boolean;
  /** When the working copy shown was brought back from before a reload or crash (ms), else null. */
  restoredAt: number | null;
  /** The post as saved elsewhere (another window or laptop) while this copy had unsaved changes. */
  changedElsewhere: ContentItem | null;
  /** Drops the working copy for the post as it is saved now. */
  takeSaved: () => void;
  /** Forgets the stored draft (after a save or a discard). */
  forget: () => void;
  /** Starts again from another post (Duplicate's copy). */
  restart: (item: ContentItem) => void;
}

/** The stored draft's key: one per post, one per strategy for a new post. */
export const postDraftKey = (strategyId: string, itemId: string | null) => (itemId ? `post:${itemId}` : `post:new:${strategyId}`);

export function usePostDraft({ key, item, newDate, zone, busy }: { key: string; item: ContentItem | null; newDate: string | null | undefined; zone: string; busy: boolean }): PostDraft {
  const creating = newDate !== undefined;
  const [base, setBase] = useState<ContentItem | null>(null);
  const [draft, setDraftState] = useState<Draft | null>(() => (creating ? (readDraft<Draft>(key)?.value ?? draftOf(null, newDate, zone)) : null));
  const [restoredAt, setRestoredAt] = useState<number | null>(() => (creating ? (readDraft<Draft>(key)?.savedAt ?? null) : null));
  const [changedElsewhere, setChangedElsewhere] = useState<ContentItem | null>(null);
  const unsaved = draft !== null && (creating ? JSON.stringify(draft) !== JSON.stringify(draftOf(null, newDate, zone)) : base !== null && draftChanged(draft, base, zone));

  // The post arrives (or arrives again after a change): the first time it makes the working copy,
  // unless a stored draft of it differs; later, it replaces an unchanged copy or is offered beside a changed one.
  useEffect(() => {
    if (creating || !item) return;
    if (!base) {
      const stored = readDraft<Draft>(key);
      const restore = stored && draftChanged(stored.value, item, zone) ? stored : null;
      setBase(item);
      setDraftState(restore?.value ?? draftOf(item, null, zone));
      setRestoredAt(restore?.savedAt ?? null);
      return;
    }
    if (item.updatedAt === base.updatedAt || busy) return;
    if (!unsaved) {
      setBase(item);
      setDraftState(draftOf(item, null, zone));
    } else if (draftChanged(draftOf(item, null, zone), base, zone)) setChangedElsewhere(item);
    else setBase(item);
  }, [creating, item, base, key, zone, unsaved, busy]);

  const setDraft = useCallback(
    (update: (draft: Draft) => Draft) =>
      setDraftState((current) => {
        if (!current) return current;
        const next = update(current);
        writeDraft(key, next);
        return next;
      }),
    [key],
  );

  useEffect(() => {
    if (!unsaved) return;
    // The draft is already stored; nothing more to save as the page goes.
    return holdUnsavedWork(() => undefined);
  }, [unsaved]);

  const takeSaved = useCallback(() => {
    const latest = changedElsewhere ?? base;
    if (latest) setBase(latest);
    else if (!creating) return;
    setDraftState(draftOf(latest, latest ? null : (newDate ?? null), zone));
    setChangedElsewhere(null);
    setRestoredAt(null);
    clearDraft(key);
  }, [changedElsewhere, base, creating, newDate, zone, key]);

  const forget = useCallback(() => clearDraft(key), [key]);

  const restart = useCallback(
    (next: ContentItem) => {
      setBase(next);
      setDraftState(draftOf(next, null, zone));
      setChangedElsewhere(null);
      setRestoredAt(null);
    },
    [zone],
  );

  return { draft, setDraft, unsaved, restoredAt, changedElsewhere, takeSaved, forget, restart };
}
