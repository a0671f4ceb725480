// The editing rules shared by every inline field: the person's text is theirs until it is saved.
// Save on blur or Enter, Escape reverts, bad input shows a message and is neither saved nor
// thrown away, and after a save the field shows what the core answered.
import { useCallback, useEffect, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
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
}

export function useInlineEdit<T>({ value, format, parse, save, multiline }: InlineEditOptions<T>) {
  const savedText = format(value);
  const [draft, setDraftState] = useState(savedText);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const draftRef = useRef(draft);
  const baseRef = useRef(savedText);
  const savedTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const setDraft = useCallback((next: string) => {
    draftRef.current = next;
    setDraftState(next);
  }, []);

  // When the stored value changes (another save, undo, a refetch), follow it unless the person
  // has unsaved text in this field.
  useEffect(() => {
    if (draftRef.current === baseRef.current) setDraft(savedText);
    baseRef.current = savedText;
  }, [savedText, setDraft]);

  useEffect(() => () => clearTimeout(savedTimer.current), []);

  const commit = useCallback(async () => {
    const submitted = draftRef.current;
    if (submitted === baseRef.current) {
      setError(null);
      return;
    }
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
      setError(null);
      setStatus('saved');
      clearTimeout(savedTimer.current);
      savedTimer.current = setTimeout(() => setStatus('idle'), 2200);
    } catch (e) {
      setError(errorText(e));
      setStatus('idle');
    }
  }, [parse, save, format, setDraft]);

  const revert = useCallback(() => {
    setDraft(baseRef.current);
    setError(null);
  }, [setDraft]);

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
    dirty: draft !== baseRef.current,
    commit,
    revert,
    inputProps: {
      value: draft,
      onChange,
      onKeyDown,
      onBlur: () => void commit(),
      'aria-invalid': error ? (true as const) : undefined,
    },
  };
}
