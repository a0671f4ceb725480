// A modal dialog on the native <dialog> element: focus is kept inside, Escape closes,
// and focus returns to whatever opened it. A dialog holding unsaved input asks before it closes.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Button, IconButton } from './Button';
import { focusOrHeading, keepFocusWhenRemoved } from './focusFallback';
import './Dialog.css';
import './forms.css';

export interface DialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  description?: ReactNode;
  children?: ReactNode;
  /** Buttons; given as a function, it receives the close that asks first when input is unsaved (for Cancel). */
  footer?: ReactNode | ((requestClose: () => void) => ReactNode);
  /** The dialog holds typed input that closing would throw away: Escape, Close and Cancel ask first. */
  unsaved?: boolean;
  /** `alert` for confirmations of something that cannot be taken lightly. */
  role?: 'dialog' | 'alertdialog';
  size?: 'small' | 'medium';
}

export function Dialog({ open, onClose, title, description, children, footer, role, size = 'medium', unsaved = false }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const [confirming, setConfirming] = useState(false);
  const requestClose = () => (unsaved ? setConfirming(true) : onClose());
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) keepRef.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (!unsaved) setConfirming(false);
  }, [unsaved]);
  const returnFocus = useRef<HTMLElement | null>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocus.current = document.activeElement as HTMLElement | null;
      dialog.showModal();
      // The native dialog focuses its first control; prefer one marked data-autofocus.
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
      focusOrHeading(returnFocus.current);
      keepFocusWhenRemoved(returnFocus.current);
    }
  }, [open]);

  useEffect(
    () => () => {
      if (ref.current?.open) returnFocus.current?.focus?.();
    },
    [],
  );

  return (
    <dialog
      ref={ref}
      className={`dialog dialog-${size}`}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        if (confirming) setConfirming(false);
        else requestClose();
      }}
    >
      {open ? (
        <div className="dialog-body">
          <div className="dialog-head">
            <h2 id={titleId}>{title}</h2>
            <IconButton icon="close" label="Close" onClick={requestClose} />
          </div>
          {description ? (
            <div id={descriptionId} className="dialog-description">
              {description}
            </div>
          ) : null}
          {children}
          {confirming ? (
            <div className="dialog-footer dialog-confirm" role="alert">
              <p>You have unsaved changes. Close and lose them?</p>
              <Button ref={keepRef} variant="primary" onClick={() => setConfirming(false)}>
                Keep editing
              </Button>
              <Button variant="danger" onClick={onClose}>
                Discard changes
              </Button>
            </div>
          ) : footer ? (
            <div className="dialog-footer">{typeof footer === 'function' ? footer(requestClose) : footer}</div>
          ) : null}
        </div>
      ) : null}
    </dialog>
  );
}
