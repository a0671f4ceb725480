// Messages that are not tied to one field: confirmations (polite) and failures (assertive).
// Both live regions exist from the start so screen readers announce what is added to them.
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { IconButton } from './Button';
import { Icon } from './Icon';
import './Toast.css';

export type ToastKind = 'success' | 'info' | 'error';

export interface ToastInput {
  kind?: ToastKind;
  message: string;
  action?: { label: string; run: () => void };
}

interface Toast extends Required<Pick<ToastInput, 'kind' | 'message'>> {
  id: number;
  action?: ToastInput['action'];
}

interface ToastApi {
  notify: (toast: ToastInput) => void;
}

const ToastContext = createContext<ToastApi>({ notify: () => undefined });

export function useToast(): ToastApi {
  return useContext(ToastContext);
}

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);

  const notify = useCallback(
    ({ kind = 'info', message, action }: ToastInput) => {
      const id = nextId.current++;
      setToasts((all) => [...all.slice(-3), { id, kind, message, action }]);
      // Failures stay until dismissed; other messages leave after a while.
      if (kind !== 'error') setTimeout(() => dismiss(id), action ? 9000 : 5000);
    },
    [dismiss],
  );

  const value = useMemo(() => ({ notify }), [notify]);
  const polite = toasts.filter((t) => t.kind !== 'error');
  const assertive = toasts.filter((t) => t.kind === 'error');

  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toast-region">
        <div role="status" aria-live="polite" className="toast-stack">
          {polite.map((t) => (
            <ToastCard key={t.id} toast={t} onDismiss={dismiss} />
          ))}
        </div>
        <div role="alert" aria-live="assertive" className="toast-stack">
          {assertive.map((t) => (
            <ToastCard key={t.id} toast={t} onDismiss={dismiss} />
          ))}
        </div>
      </div>
    </ToastContext.Provider>
  );
}

function ToastCard({ toast, onDismiss }: { toast: Toast; onDismiss: (id: number) => void }) {
  return (
    <div className={`toast toast-${toast.kind}`}>
      <Icon name={toast.kind === 'error' ? 'alert' : toast.kind === 'success' ? 'check' : 'info'} className="toast-icon" />
      <p className="toast-message">{toast.message}</p>
      {toast.action ? (
        <button
          type="button"
          className="toast-action"
          onClick={() => {
            toast.action?.run();
            onDismiss(toast.id);
          }}
        >
          {toast.action.label}
        </button>
      ) : null}
      <IconButton icon="close" label="Dismiss notification" onClick={() => onDismiss(toast.id)} className="toast-close" />
    </div>
  );
}
