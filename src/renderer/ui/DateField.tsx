import { useEffect, useState } from 'react';
import { errorText } from './errorText';
import { FieldFrame } from './Field';
import type { SaveStatus } from './useInlineEdit';

export interface DateFieldProps {
  label: string;
  /** Told to assistive technology after the label, when the field repeats on the screen (see FieldFrame). */
  context?: string;
  /** YYYY-MM-DD or null. */
  value: string | null;
  onSave: (next: string | null) => Promise<string | null>;
  hideLabel?: boolean;
  className?: string;
}

/** A calendar date, saved when the field is left or Enter is pressed. Escape reverts. */
export function DateField({ label, context, value, onSave, hideLabel, className }: DateFieldProps) {
  const [draft, setDraft] = useState(value ?? '');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<SaveStatus>('idle');
  useEffect(() => setDraft(value ?? ''), [value]);
  useEffect(() => {
    if (status !== 'saved') return;
    const timer = setTimeout(() => setStatus('idle'), 2200);
    return () => clearTimeout(timer);
  }, [status]);

  async function commit(text: string) {
    const next = text === '' ? null : text;
    if (next === value) {
      setError(null);
      return;
    }
    setStatus('saving');
    try {
      const stored = await onSave(next);
      setDraft(stored ?? '');
      setError(null);
      setStatus('saved');
    } catch (e) {
      setError(errorText(e));
      setStatus('idle');
    }
  }

  return (
    <FieldFrame label={label} context={context} hideLabel={hideLabel} error={error} status={status} className={className}>
      {({ inputId, describedBy }) => (
        <input
          id={inputId}
          type="date"
          className="inline-input inline-date"
          value={draft}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={(event) => void commit(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              void commit(event.currentTarget.value);
            } else if (event.key === 'Escape') {
              event.preventDefault();
              setDraft(value ?? '');
              setError(null);
            }
          }}
        />
      )}
    </FieldFrame>
  );
}
