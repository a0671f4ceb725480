// "Add …" at the end of a list: a button that opens a one-line form. What was typed stays
// when the core refuses it, with the core's message beside the field.
import { useId, useRef, useState, type FormEvent } from 'react';
import { Button } from './Button';
import { errorText } from './errorText';
import './AddItemForm.css';

export interface AddItemFormProps {
  /** Text of the button that opens the form, e.g. "Add KPI". */
  openLabel: string;
  /** Label of the text field, e.g. "Metric". */
  fieldLabel: string;
  placeholder?: string;
  /** Accessible name of the open button when several such buttons share a page. */
  openAriaLabel?: string;
  onSubmit: (text: string) => Promise<void>;
  variant?: 'secondary' | 'quiet';
}

export function AddItemForm({ openLabel, fieldLabel, placeholder, openAriaLabel, onSubmit, variant = 'secondary' }: AddItemFormProps) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const openButton = useRef<HTMLButtonElement>(null);
  const inputId = useId();

  function close() {
    setOpen(false);
    setText('');
    setError(null);
    requestAnimationFrame(() => openButton.current?.focus());
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      await onSubmit(text);
      close();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  if (!open) {
    return (
      <Button ref={openButton} variant={variant} icon="plus" onClick={() => setOpen(true)} aria-label={openAriaLabel}>
        {openLabel}
      </Button>
    );
  }

  return (
    <form className="add-form" onSubmit={(e) => void submit(e)} aria-label={openAriaLabel ?? openLabel}>
      <div className="add-form-row">
        <label htmlFor={inputId} className="add-form-label">
          {fieldLabel}
        </label>
        <input dir="auto"
          id={inputId}
          className="inline-input"
          value={text}
          placeholder={placeholder}
          autoFocus
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${inputId}-error` : undefined}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              close();
            }
          }}
        />
        <Button type="submit" variant="primary" busy={busy} disabled={busy}>
          Add
        </Button>
        <Button variant="quiet" onClick={close}>
          Cancel
        </Button>
      </div>
      {error ? (
        <p id={`${inputId}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
