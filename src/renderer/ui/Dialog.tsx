// A modal dialog on the native <dialog> element: focus is kept inside, Escape closes,
// and focus returns to whatever opened it.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { IconButton } from './Button';
import { focusOrHeading, keepFocusWhenRemoved } from './focusFallback';
import './Dialog.css';
import './forms.css';

export interface DialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  description?: ReactNode;
  children?: ReactNode;
  footer?: ReactNode;
  /** `alert` for confirmations of something that cannot be taken lightly. */
  role?: 'dialog' | 'alertdialog';
  size?: 'small' | 'medium';
}

export function Dialog({ open, onClose, title, description, children, footer, role, size = 'medium' }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
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
        onClose();
      }}
    >
      {open ? (
        <div className="dialog-body">
          <div className="dialog-head">
            <h2 id={titleId}>{title}</h2>
            <IconButton icon="close" label="Close" onClick={onClose} />
          </div>
          {description ? (
            <div id={descriptionId} className="dialog-description">
              {description}
            </div>
          ) : null}
          {children}
          {footer ? <div className="dialog-footer">{footer}</div> : null}
        </div>
      ) : null}
    </dialog>
  );
}
