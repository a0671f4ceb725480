// The error handling every add-form shares: messages by field, the core's refusal placed next to the
// fields it names, and the aria wiring that lets a screen reader hear which field is wrong.
import { useId, useLayoutEffect, useMemo, useState } from 'react';
import { errorText, issuesByField } from './errorText';
import { reveal } from './revealInvalid';

type Messages<F extends string> = Partial<Record<F | 'form', string>>;

export interface FormErrors<F extends string> {
  messages: Messages<F>;
  /** Sets messages from the form's own checks (replacing all others). */
  set(messages: Messages<F>): void;
  clear(): void;
  /** Shows a failed call: issues on known fields beside them, anything else on `fallback`. */
  show(error: unknown, fallback?: F | 'form'): void;
  /** The control's id, so a label can point at it. */
  idOf(field: F): string;
  /** id, aria-invalid and aria-describedby for the field's control; `hintId` joins the description. */
  control(field: F, hintId?: string): { id: string; 'aria-invalid': true | undefined; 'aria-describedby': string | undefined };
  /** The field's message as an alert (the form's own above its buttons), or nothing. */
  message(field: F | 'form'): React.JSX.Element | null;
}

export function useFormErrors<F extends string>(fields: readonly F[]): FormErrors<F> {
  const id = useId();
  const [messages, setMessages] = useState<Messages<F>>({});
  const fieldList = fields.join(' ');
  // A refusal brings its first field (in the form's order) into view and focus, or else the form's message.
  useLayoutEffect(() => {
    const first = (fieldList.split(' ') as F[]).find((field) => messages[field]);
    const target = first ? document.getElementById(`${id}-${first}`) : messages.form ? document.getElementById(`${id}-form-error`) : null;
    if (target) reveal(target, first !== undefined);
  }, [id, messages, fieldList]);
  return useMemo(() => {
    const known = fieldList.split(' ') as F[];
    const errorId = (field: F | 'form') => `${id}-${field}-error`;
    return {
      messages,
      set: setMessages,
      clear: () => setMessages({}),
      show(error, fallback = 'form') {
        const byField = issuesByField(error);
        const placed: Messages<F> = {};
        for (const field of known) if (byField[field]) placed[field] = byField[field];
        setMessages(Object.keys(placed).length > 0 ? placed : ({ [fallback]: errorText(error) } as Messages<F>));
      },
      idOf: (field) => `${id}-${field}`,
      control: (field, hintId) => ({
        id: `${id}-${field}`,
        'aria-invalid': messages[field] ? true : undefined,
        'aria-describedby': [messages[field] ? errorId(field) : null, hintId ?? null].filter(Boolean).join(' ') || undefined,
      }),
      message: (field) =>
        messages[field] ? (
          <p id={errorId(field)} className={field === 'form' ? 'dialog-error' : 'field-error'} role="alert">
            {messages[field]}
          </p>
        ) : null,
    };
  }, [id, messages, fieldList]);
}
