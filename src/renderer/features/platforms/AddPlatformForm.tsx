import { useId, useState, type FormEvent } from 'react';
import { PLATFORM_KINDS, PLATFORM_KIND_LABELS, type PlatformKind } from '../../../shared/domain';
import { useMutation } from '../../api';
import { Button } from '../../ui/Button';
import { issuesByField, errorText } from '../../ui/errorText';
import { useToast } from '../../ui/Toast';
import { platformName } from './completeness';

type Errors = Partial<Record<'kind' | 'name' | 'handle' | 'form', string>>;

/** Choose a service (or name a custom one) and, if known, the handle. */
export function AddPlatformForm({ strategyId, onDone }: { strategyId: string; onDone: () => void }) {
  const [kind, setKind] = useState<PlatformKind | ''>('');
  const [name, setName] = useState('');
  const [handle, setHandle] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const create = useMutation('platform.create');
  const { notify } = useToast();
  const id = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (kind === '') {
      setErrors({ kind: 'Choose a platform' });
      return;
    }
    if (kind === 'custom' && name.trim() === '') {
      setErrors({ name: 'Give the custom platform a name' });
      return;
    }
    try {
      const platform = await create.mutate({ strategyId, kind, handle, ...(kind === 'custom' ? { name } : {}) });
      notify({ kind: 'success', message: `${platformName(platform)} added` });
      onDone();
    } catch (e) {
      const byField = issuesByField(e);
      const known: Errors = { kind: byField.kind, name: byField.name, handle: byField.handle };
      setErrors(Object.values(known).some(Boolean) ? known : { form: errorText(e) });
    }
  }

  const errorFor = (field: keyof Errors) =>
    errors[field] ? (
      <p id={`${id}-${field}-error`} className="field-error" role="alert">
        {errors[field]}
      </p>
    ) : null;

  return (
    <form className="panel add-platform" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="section-heading">
        Add a platform
      </h2>
      <div className="add-platform-fields">
        <div className="form-field">
          <label htmlFor={`${id}-kind`}>Platform</label>
          <div className="select-wrap">
            <select
              id={`${id}-kind`}
              className="inline-input inline-select"
              value={kind}
              autoFocus
              aria-invalid={errors.kind ? true : undefined}
              aria-describedby={errors.kind ? `${id}-kind-error` : undefined}
              onChange={(e) => {
                setKind(e.target.value as PlatformKind | '');
                setErrors({});
              }}
            >
              <option value="">Choose…</option>
              {PLATFORM_KINDS.map((k) => (
                <option key={k} value={k}>
                  {k === 'custom' ? 'Other (name it)' : PLATFORM_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </div>
          {errorFor('kind')}
        </div>
        {kind === 'custom' ? (
          <div className="form-field">
            <label htmlFor={`${id}-name`}>Name</label>
            <input
              id={`${id}-name`}
              className="inline-input"
              value={name}
              autoComplete="off"
              aria-invalid={errors.name ? true : undefined}
              aria-describedby={errors.name ? `${id}-name-error` : undefined}
              onChange={(e) => setName(e.target.value)}
            />
            {errorFor('name')}
          </div>
        ) : null}
        <div className="form-field">
          <label htmlFor={`${id}-handle`}>Handle or address</label>
          <input
            id={`${id}-handle`}
            className="inline-input"
            value={handle}
            placeholder="Optional"
            autoComplete="off"
            aria-invalid={errors.handle ? true : undefined}
            aria-describedby={errors.handle ? `${id}-handle-error` : undefined}
            onChange={(e) => setHandle(e.target.value)}
          />
          {errorFor('handle')}
        </div>
      </div>
      {errors.form ? (
        <p className="dialog-error" role="alert">
          {errors.form}
        </p>
      ) : null}
      <div className="add-platform-actions">
        <Button type="submit" variant="primary" busy={create.pending} disabled={create.pending}>
          Add platform
        </Button>
        <Button variant="quiet" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
