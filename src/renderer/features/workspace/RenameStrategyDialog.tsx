import { useEffect, useId, useState, type FormEvent } from 'react';
import type { Strategy } from '../../../shared/domain';
import { useMutation } from '../../api';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { errorText } from '../../ui/errorText';
import { useToast } from '../../ui/Toast';

export function RenameStrategyDialog({ strategy, onClose }: { strategy: Strategy | null; onClose: () => void }) {
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const update = useMutation('strategy.update');
  const { notify } = useToast();
  const id = useId();

  useEffect(() => {
    if (strategy) {
      setTitle(strategy.title);
      setError(null);
    }
  }, [strategy]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!strategy) return;
    try {
      const saved = await update.mutate({ id: strategy.id, patch: { title } });
      notify({ kind: 'success', message: `Renamed to “${saved.title}”` });
      onClose();
    } catch (e) {
      setError(errorText(e));
    }
  }

  return (
    <Dialog open={strategy !== null} onClose={onClose} title="Rename strategy" size="small">
      <form id={`${id}-form`} onSubmit={(e) => void submit(e)} noValidate className="form-grid">
        <div className="form-field">
          <label htmlFor={`${id}-title`}>Title</label>
          <input dir="auto"
            id={`${id}-title`}
            className="inline-input"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            autoComplete="off"
            data-autofocus
          />
          {error ? (
            <p id={`${id}-error`} className="field-error" role="alert">
              {error}
            </p>
          ) : null}
        </div>
      </form>
      <div className="dialog-footer">
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit" form={`${id}-form`} variant="primary" busy={update.pending} disabled={update.pending}>
          Rename
        </Button>
      </div>
    </Dialog>
  );
}
