import { useEffect, useState } from 'react';
import { errorText } from './errorText';
import { FieldFrame } from './Field';
import type { SaveStatus } from './useInlineEdit';

export interface SelectOption<T extends string> {
  value: T;
  label: string;
  /** Told to assistive technology after the label, when the field repeats on the screen (see FieldFrame). */
  context?: string;
}

export interface SelectFieldProps<T extends string> {
  label: string;
  /** Told to assistive technology after the label, when the field repeats on the screen (see FieldFrame). */
  context?: string;
  value: T;
  options: readonly SelectOption<T>[];
  /** Saves the choice at once and resolves with what the core stored. */
  onSave: (next: T) => Promise<T>;
  hideLabel?: boolean;
  className?: string;
}

/** A choice saved as soon as it is made. If the core refuses, the stored choice comes back. */
export function SelectField<T extends string>({ label, context, value, options, onSave, hideLabel, className }: SelectFieldProps<T>) {
  const [shown, setShown] = useState<T>(value);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<SaveStatus>('idle');
  useEffect(() => setShown(value), [value]);
  useEffect(() => {
    if (status !== 'saved') return;
    const timer = setTimeout(() => setStatus('idle'), 2200);
    return () => clearTimeout(timer);
  }, [status]);

  async function choose(next: T) {
    setShown(next);
    setStatus('saving');
    try {
      const stored = await onSave(next);
      setShown(stored);
      setError(null);
      setStatus('saved');
    } catch (e) {
      setShown(value);
      setError(errorText(e));
      setStatus('idle');
    }
  }

  return (
    <FieldFrame label={label} context={context} hideLabel={hideLabel} error={error} status={status} className={className}>
      {({ inputId, describedBy }) => (
        <div className="select-wrap">
          <select
            id={inputId}
            className="inline-input inline-select"
            value={shown}
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
            onChange={(event) => void choose(event.target.value as T)}
          >
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      )}
    </FieldFrame>
  );
}

/** Turns a label record such as STRATEGY_STATUS_LABELS into select options, in the given order. */
export function optionsFrom<T extends string>(values: readonly T[], labels: Record<T, string>): SelectOption<T>[] {
  return values.map((value) => ({ value, label: labels[value] }));
}
