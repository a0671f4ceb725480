// The editing rules shared by every inline field: the person's text is theirs until it is saved.
// Save on blur or Enter, Escape reverts, bad input shows a message and is neither saved nor
// thrown away, and after a save the field shows what the core answered. Unsaved text is saved as
// the page goes and, with a draft key, kept across a reload or crash; a change made elsewhere while
// the person types is shown to them to choose, never silently overwritten.
import { useCallback, useEffect, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { clearDraft, readDraft, writeDraft } from '../app/drafts';
import { holdUnsavedWork } from '../app/unsavedWork';
import { errorText } from './errorText';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };
export type SaveStatus = 'idle' | 'saving' | 'saved';

export interface InlineEditOptions<T> {
  value: T;
  format: (value: T) => string;
  parse: (text: string) => Parsed<T>;
  /** Saves and resolves with the value the core stored (so the field can show it). */
  save: (value: T) => Promise<T>;
  multiline?: boolean;
  /** Where this field's unsaved text is kept across reloads ("strategy:<id>:vision"); none if omitted. */
  draftKey?: string;
}

/** What changed underneath the person while they typed: the text now stored elsewhere. */
export interface EditConflict {
  theirs: string;
}

export function useInlineEdit<T>({ value, format, parse, save, multiline, draftKey }: InlineEditOptions<T>) {
  const savedText = format(value);
  // Text typed before a reload or crash comes back, unless it is what is stored anyway.
  const [restored] = useState(() => {
    const kept = draftKey ? readDraft<string>(draftKey) : null;
    return kept && kept.value !== savedText ? kept.value : null;
  });
  const [draft, setDraftState] = useState(restored ?? savedText);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [conflict, setConflict] = useState<EditConflict | null>(null);
  const draftRef = useRef(draft);
  const baseRef = useRef(savedText);
  const conflictRef = useRef(conflict);
  conflictRef.current = conflict;
  const savedTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const setDraft = useCallback(
    (next: string) => {
      draftRef.current = next;
      setDraftState(next);
      if (!draftKey) return;
      if (next === baseRef.current) clearDraft(draftKey);
      else writeDraft(draftKey, next);
    },
    [draftKey],
  );

  // When the stored value changes (another save, undo, another window), follow it unless the person
  // has unsaved text in this field; then they choose between theirs and the stored one.
  useEffect(() => {
    const changedHere = draftRef.current !== baseRef.current;
    if (!changedHere) setDraft(savedText);
    else if (savedText !== baseRef.current && savedText !== draftRef.current) setConflict({ theirs: savedText });
    else if (savedText === draftRef.current) setConflict(null);
    baseRef.current = savedText;
  }, [savedText, setDraft]);

  useEffect(() => () => clearTimeout(savedTimer.current), []);

  const commit = useCallback(async () => {
    const submitted = draftRef.current;
    if (submitted === baseRef.current) {
      setError(null);
      return;
    }
    // Leaving the field does not settle a conflict: the person has to choose.
    if (conflictRef.current) return;
    const parsed = parse(submitted);
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    setStatus('saving');
    try {
      const stored = await save(parsed.value);
      const storedText = format(stored);
      baseRef.current = storedText;
      if (draftRef.current === submitted) setDraft(storedText);
      else if (draftKey) writeDraft(draftKey, draftRef.current);
      setError(null);
      setStatus('saved');
      clearTimeout(savedTimer.current);
      savedTimer.current = setTimeout(() => setStatus('idle'), 2200);
    } catch (e) {
      setError(errorText(e));
      setStatus('idle');
    }
  }, [parse, save, format, setDraft, draftKey]);

  const revert = useCallback(() => {
    setDraft(baseRef.current);
    setError(null);
    setConflict(null);
  }, [setDraft]);

  /** The person keeps their text over the one stored elsewhere, and it is saved. */
  const keepMine = useCallback(() => {
    conflictRef.current = null;
    setConflict(null);
    void commit();
  }, [commit]);

  const dirty = draft !== baseRef.current;
  // Unsaved text holds the page: leaving asks first, and the text is saved as the page goes.
  useEffect(() => {
    if (!dirty) return;
    return holdUnsavedWork(() => void commit());
  }, [dirty, commit]);

  const onChange = useCallback(
    (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setDraft(event.target.value),
    [setDraft],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      if (event.key === 'Escape') {
        if (draftRef.current !== baseRef.current || error) {
          event.preventDefault();
          event.stopPropagation();
          revert();
        }
        return;
      }
      if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
        if (multiline && !(event.ctrlKey || event.metaKey)) return;
        event.preventDefault();
        void commit();
      }
    },
    [commit, revert, multiline, error],
  );

  return {
    draft,
    error,
    status,
    dirty,
    /** Set when the stored text changed elsewhere while this field had unsaved text. */
    conflict,
    /** Whether the text shown was brought back from before a reload. */
    restored: restored !== null && dirty,
    commit,
    revert,
    keepMine,
    inputProps: {
      value: draft,
      onChange,
      onKeyDown,
      onBlur: () => void commit(),
      'aria-invalid': error ? (true as const) : undefined,
    },
  };
}
