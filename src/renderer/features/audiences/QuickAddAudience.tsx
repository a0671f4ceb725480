import { useId, useRef, useState, type FormEvent } from 'react';
import { AUDIENCE_KINDS, AUDIENCE_KIND_LABELS, type Audience, type AudienceKind } from '../../../shared/audiences';
import { useMutation } from '../../api';
import { strategyHref } from '../../app/routes';
import { Button } from '../../ui/Button';
import { errorText, issuesByField } from '../../ui/errorText';

type Errors = Partial<Record<'name' | 'kind' | 'form', string>>;

/**
 * Name and kind, then Enter: the fastest way to put a whole embassy's audiences down. The form stays
 * open with the kind kept, so the next one can be typed at once; what was typed stays on an error.
 */
export function QuickAddAudience({ strategyId }: { strategyId: string }) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<AudienceKind>('public_segment');
  const [errors, setErrors] = useState<Errors>({});
  const [added, setAdded] = useState<Audience | null>(null);
  const create = useMutation('audience.create');
  const nameInput = useRef<HTMLInputElement>(null);
  const id = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setAdded(null);
    try {
      const audience = await create.mutate({ strategyId, name, kind });
      setName('');
      setErrors({});
      setAdded(audience);
      nameInput.current?.focus();
    } catch (e) {
      const byField = issuesByField(e);
      const known: Errors = { name: byField.name, kind: byField.kind };
      setErrors(Object.values(known).some(Boolean) ? known : { name: errorText(e) });
      nameInput.current?.focus();
    }
  }

  return (
    <form className="panel quick-add" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="section-heading">
        Add an audience
      </h2>
      <div className="quick-add-row">
        <div className="form-field">
          <label htmlFor={`${id}-name`}>Name</label>
          <input dir="auto"
            ref={nameInput}
            id={`${id}-name`}
            className="inline-input"
            value={name}
            placeholder="e.g. Students in Nordhaven, Daily Herald foreign desk"
            autoComplete="off"
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={errors.name ? `${id}-name-error` : undefined}
            onChange={(e) => {
              setName(e.target.value);
              if (errors.name) setErrors({});
            }}
          />
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-kind`}>Kind</label>
          <div className="select-wrap">
            <select
              id={`${id}-kind`}
              className="inline-input inline-select"
              value={kind}
              aria-invalid={errors.kind ? true : undefined}
              onChange={(e) => setKind(e.target.value as AudienceKind)}
            >
              {AUDIENCE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {AUDIENCE_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <Button type="submit" variant="primary" icon="plus" busy={create.pending} disabled={create.pending}>
          Add audience
        </Button>
      </div>
      {errors.name || errors.kind ? (
        <p id={`${id}-name-error`} className="field-error" role="alert">
          {errors.name ?? errors.kind}
        </p>
      ) : null}
      {added ? (
        <p className="quick-add-done" role="status">
          Added {added.name}.{' '}
          <a href={strategyHref(strategyId, 'audiences', added.id)}>Open its details</a> to fill in regions, languages and stance.
        </p>
      ) : null}
    </form>
  );
}
