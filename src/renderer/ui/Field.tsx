// Label, control, hint and message laid out the same way everywhere.
import { useId, type ReactNode } from 'react';
import type { SaveStatus } from './useInlineEdit';
import { Icon } from './Icon';
import './Field.css';

export interface FieldFrameProps {
  label: string;
  /**
   * Said after the label to assistive technology only, to tell apart fields that repeat on one
   * screen: "Metric" with context "of KPI 2 of Reach students" is heard as one field, not eight.
   */
  context?: string;
  /** Keep the label for assistive technology only (in tables and dense rows). */
  hideLabel?: boolean;
  hint?: ReactNode;
  error?: string | null;
  status?: SaveStatus;
  /** Shown under the control: a change made elsewhere to choose from, or text brought back after a reload. */
  notice?: ReactNode;
  className?: string;
  children: (ids: { inputId: string; describedBy: string | undefined }) => ReactNode;
}

export function FieldFrame({ label, context, hideLabel, hint, error, status = 'idle', notice, className, children }: FieldFrameProps) {
  const inputId = useId();
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  const spoken = context ? <span className="sr-only"> {context}</span> : null;
  return (
    <div className={['field', hideLabel ? 'field-bare' : '', error ? 'field-has-error' : '', className ?? ''].filter(Boolean).join(' ')}>
      {hideLabel ? (
        <label htmlFor={inputId} className="sr-only">
          {label}
          {spoken}
        </label>
      ) : (
        <div className="field-label-row">
          <label htmlFor={inputId} className="field-label">
            {label}
            {spoken}
          </label>
          <SaveState status={status} />
        </div>
      )}
      <div className="field-control">
        {children({ inputId, describedBy })}
        {hideLabel ? <SaveState status={status} compact /> : null}
      </div>
      {notice}
      {error ? (
        <p id={errorId} className="field-error" role="alert">
          <Icon name="alert" size={14} />
          <span>{error}</span>
        </p>
      ) : null}
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** A quiet acknowledgement that a field was saved. */
export function SaveState({ status, compact }: { status: SaveStatus; compact?: boolean }) {
  const text = status === 'saving' ? 'Saving…' : status === 'saved' ? 'Saved' : '';
  return (
    <span className={`save-state${compact ? ' save-state-compact' : ''}`} data-status={status} aria-live="polite">
      {status === 'saved' ? <Icon name="check" size={12} /> : null}
      <span className={compact ? 'sr-only' : undefined}>{text}</span>
    </span>
  );
}
