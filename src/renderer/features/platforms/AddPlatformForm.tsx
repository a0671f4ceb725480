import { useId, useState, type FormEvent } from 'react';
import { PLATFORM_KINDS, PLATFORM_KIND_LABELS, type PlatformKind } from '../../../shared/domain';
import { useMutation } from '../../api';
import { Button } from '../../ui/Button';
import { useFormErrors } from '../../ui/useFormErrors';
import { useToast } from '../../ui/Toast';
import { platformName } from './completeness';

/** Choose a service (or name a custom one) and, if known, the handle. */
export function AddPlatformForm({ strategyId, onDone }: { strategyId: string; onDone: () => void }) {
  const [kind, setKind] = useState<PlatformKind | ''>('');
  const [name, setName] = useState('');
  const [handle, setHandle] = useState('');
  const errors = useFormErrors(['kind', 'name', 'handle']);
  const create = useMutation('platform.create');
  const { notify } = useToast();
  const id = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (kind === '') {
      errors.set({ kind: 'Choose a platform' });
      return;
    }
    if (kind === 'custom' && name.trim() === '') {
      errors.set({ name: 'Give the custom platform a name' });
      return;
    }
    try {
      const platform = await create.mutate({ strategyId, kind, handle, ...(kind === 'custom' ? { name } : {}) });
      notify({ kind: 'success', message: `${platformName(platform)} added` });
      onDone();
    } catch (e) {
      errors.show(e);
    }
  }

  return (
    <form className="panel add-platform" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="section-heading">
        Add a platform
      </h2>
      <div className="add-platform-fields">
        <div className="form-field">
          <label htmlFor={errors.idOf('kind')}>Platform</label>
          <div className="select-wrap">
            <select
              {...errors.control('kind')}
              className="inline-input inline-select"
              value={kind}
              autoFocus
              onChange={(e) => {
                setKind(e.target.value as PlatformKind | '');
                errors.clear();
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
          {errors.message('kind')}
        </div>
        {kind === 'custom' ? (
          <div className="form-field">
            <label htmlFor={errors.idOf('name')}>Name</label>
            <input dir="auto"
              {...errors.control('name')}
              className="inline-input"
              value={name}
              autoComplete="off"
              onChange={(e) => setName(e.target.value)}
            />
            {errors.message('name')}
          </div>
        ) : null}
        <div className="form-field">
          <label htmlFor={errors.idOf('handle')}>Handle or address</label>
          <input dir="auto"
            {...errors.control('handle')}
            className="inline-input"
            value={handle}
            placeholder="Optional"
            autoComplete="off"
            onChange={(e) => setHandle(e.target.value)}
          />
          {errors.message('handle')}
        </div>
      </div>
      {errors.message('form')}
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
