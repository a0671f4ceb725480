import { useEffect, useId, useState, type FormEvent } from 'react';
import { parseNumberInput } from '../../../shared/validation';
import { useMutation } from '../../api';
import { navigate } from '../../app/routes';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { errorText, issuesByField } from '../../ui/errorText';
import { defaultStrategyYear } from './defaultYear';

export interface NewStrategyDialogProps {
  open: boolean;
  /** Which starting point is chosen when the dialog opens. */
  fromTemplate: boolean;
  onClose: () => void;
}

type Errors = Partial<Record<'title' | 'year' | 'mission' | 'form', string>>;

export function NewStrategyDialog({ open, fromTemplate: initialTemplate, onClose }: NewStrategyDialogProps) {
  const [title, setTitle] = useState('');
  const [year, setYear] = useState(String(defaultStrategyYear()));
  const [mission, setMission] = useState('');
  const [fromTemplate, setFromTemplate] = useState(initialTemplate);
  const [errors, setErrors] = useState<Errors>({});
  const create = useMutation('strategy.create');
  const id = useId();

  useEffect(() => {
    if (open) setFromTemplate(initialTemplate);
  }, [open, initialTemplate]);

  function close() {
    setErrors({});
    onClose();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsedYear = parseNumberInput(year);
    if (!parsedYear.ok || parsedYear.value === null) {
      setErrors({ year: parsedYear.ok ? 'Year is required' : 'Year must be a number' });
      return;
    }
    try {
      const strategy = await create.mutate({ title, year: parsedYear.value, mission, fromTemplate });
      setTitle('');
      setMission('');
      setYear(String(defaultStrategyYear()));
      setErrors({});
      onClose();
      navigate({ view: 'strategy', strategyId: strategy.id, place: 'overview' });
    } catch (e) {
      const byField = issuesByField(e);
      const known = { title: byField.title, year: byField.year, mission: byField.mission };
      setErrors(Object.values(known).some(Boolean) ? known : { form: errorText(e) });
    }
  }

  const described = (field: keyof Errors, hint?: string) =>
    [errors[field] ? `${id}-${field}-error` : null, hint ? `${id}-${field}-hint` : null].filter(Boolean).join(' ') || undefined;

  return (
    <Dialog open={open} onClose={close} title="New strategy" description="An annual plan for one mission or unit. You can change all of this later.">
      <form id={`${id}-form`} className="form-grid" onSubmit={(e) => void submit(e)} noValidate>
        <div className="form-field">
          <label htmlFor={`${id}-title`}>Title</label>
          <input dir="auto"
            id={`${id}-title`}
            className="inline-input"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            aria-invalid={errors.title ? true : undefined}
            aria-describedby={described('title', 'hint')}
            autoComplete="off"
            data-autofocus
          />
          {errors.title ? <FieldMessage id={`${id}-title-error`}>{errors.title}</FieldMessage> : null}
          <p id={`${id}-title-hint`} className="field-hint">
            For example “Digital diplomacy strategy {year || defaultStrategyYear()}”.
          </p>
        </div>
        <div className="form-row">
          <div className="form-field form-field-narrow">
            <label htmlFor={`${id}-year`}>Year</label>
            <input dir="auto"
              id={`${id}-year`}
              className="inline-input inline-number"
              inputMode="numeric"
              value={year}
              onChange={(e) => setYear(e.target.value)}
              aria-invalid={errors.year ? true : undefined}
              aria-describedby={described('year')}
              autoComplete="off"
            />
            {errors.year ? <FieldMessage id={`${id}-year-error`}>{errors.year}</FieldMessage> : null}
          </div>
          <div className="form-field">
            <label htmlFor={`${id}-mission`}>Mission or unit</label>
            <input dir="auto"
              id={`${id}-mission`}
              className="inline-input"
              value={mission}
              onChange={(e) => setMission(e.target.value)}
              aria-invalid={errors.mission ? true : undefined}
              aria-describedby={described('mission')}
              autoComplete="off"
            />
            {errors.mission ? <FieldMessage id={`${id}-mission-error`}>{errors.mission}</FieldMessage> : null}
          </div>
        </div>
        <fieldset className="choice-group">
          <legend>Starting point</legend>
          <label className={`choice${fromTemplate ? ' choice-selected' : ''}`}>
            <input type="radio" name={`${id}-start`} checked={fromTemplate} onChange={() => setFromTemplate(true)} />
            <span>
              <span className="choice-title">Start from the digital diplomacy template</span>
              <span className="choice-text">
                The common public-diplomacy objectives with suggested KPIs, and priorities for a professional presence. Adapt or remove any of them.
              </span>
            </span>
          </label>
          <label className={`choice${!fromTemplate ? ' choice-selected' : ''}`}>
            <input type="radio" name={`${id}-start`} checked={!fromTemplate} onChange={() => setFromTemplate(false)} />
            <span>
              <span className="choice-title">Blank strategy</span>
              <span className="choice-text">No objectives or priorities yet: add your own.</span>
            </span>
          </label>
        </fieldset>
        {errors.form ? (
          <p className="dialog-error" role="alert">
            {errors.form}
          </p>
        ) : null}
      </form>
      <div className="dialog-footer">
        <Button variant="secondary" onClick={close}>
          Cancel
        </Button>
        <Button type="submit" form={`${id}-form`} variant="primary" busy={create.pending} disabled={create.pending}>
          Create strategy
        </Button>
      </div>
    </Dialog>
  );
}

function FieldMessage({ id, children }: { id: string; children: string }) {
  return (
    <p id={id} className="field-error" role="alert">
      {children}
    </p>
  );
}
