import { useMemo, useState, type FormEvent } from 'react';
import { RELATIONSHIP_KINDS, RELATIONSHIP_KIND_LABELS, type Audience, type RelationshipKind } from '../../../../shared/audiences';
import { useMutation } from '../../../api';
import { Button } from '../../../ui/Button';
import { useFormErrors } from '../../../ui/useFormErrors';

/** "<from> works for <to>": links two audiences. With `from` fixed, it links from that audience. */
export function RelationshipForm({ audiences, from, heading = 'Link two audiences' }: { audiences: Audience[]; from?: Audience; heading?: string }) {
  const [fromId, setFromId] = useState(from?.id ?? '');
  const [toId, setToId] = useState('');
  const [kind, setKind] = useState<RelationshipKind>('influences');
  const [label, setLabel] = useState('');
  const errors = useFormErrors(['fromId', 'toId', 'kind', 'label']);
  const [done, setDone] = useState('');
  const create = useMutation('relationship.create');
  const sorted = useMemo(() => [...audiences].sort((a, b) => a.name.localeCompare(b.name)), [audiences]);
  const nameOf = (aid: string) => audiences.find((a) => a.id === aid)?.name ?? '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone('');
    const missing: { fromId?: string; toId?: string } = {};
    if (!fromId) missing.fromId = 'Choose the audience the link starts from';
    if (!toId) missing.toId = 'Choose the audience it links to';
    if (fromId && fromId === toId) missing.toId = 'An audience cannot be linked to itself';
    if (Object.keys(missing).length > 0) {
      errors.set(missing);
      return;
    }
    try {
      await create.mutate({ fromId, toId, kind, ...(label.trim() ? { label } : {}) });
      setDone(`Linked: ${nameOf(fromId)} ${label.trim() || RELATIONSHIP_KIND_LABELS[kind]} ${nameOf(toId)}.`);
      setToId('');
      setLabel('');
      errors.clear();
    } catch (e) {
      errors.show(e);
    }
  }

  const audienceSelect = (field: 'fromId' | 'toId', labelText: string, value: string, set: (v: string) => void) => (
    <div className="form-field">
      <label htmlFor={errors.idOf(field)}>{labelText}</label>
      <div className="select-wrap">
        <select
          {...errors.control(field)}
          className="inline-input inline-select"
          value={value}
          onChange={(e) => {
            set(e.target.value);
            errors.clear();
          }}
        >
          <option value="">Choose an audience…</option>
          {sorted
            .filter((a) => field === 'fromId' || a.id !== fromId)
            .map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
        </select>
      </div>
      {errors.message(field)}
    </div>
  );

  return (
    <form className="rel-form" onSubmit={(e) => void submit(e)} noValidate aria-label={heading}>
      <div className="rel-form-row">
        {from ? null : audienceSelect('fromId', 'From', fromId, setFromId)}
        <div className="form-field">
          <label htmlFor={errors.idOf('kind')}>Relationship</label>
          <div className="select-wrap">
            <select {...errors.control('kind')} className="inline-input inline-select" value={kind} onChange={(e) => setKind(e.target.value as RelationshipKind)}>
              {RELATIONSHIP_KINDS.map((k) => (
                <option key={k} value={k}>
                  {from ? `${from.name} ${RELATIONSHIP_KIND_LABELS[k]} …` : RELATIONSHIP_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </div>
          {errors.message('kind')}
        </div>
        {audienceSelect('toId', 'To', toId, setToId)}
        <div className="form-field">
          <label htmlFor={errors.idOf('label')}>Label</label>
          <input dir="auto"
            {...errors.control('label')}
            className="inline-input"
            value={label}
            autoComplete="off"
            placeholder={kind === 'custom' ? 'e.g. funds, advises' : 'Optional'}
            onChange={(e) => setLabel(e.target.value)}
          />
          {errors.message('label')}
        </div>
        <div className="rel-form-submit">
          <Button type="submit" variant="primary" icon="plus" busy={create.pending} disabled={create.pending}>
            Add relationship
          </Button>
        </div>
      </div>
      {errors.message('form')}
      {done ? (
        <p className="quick-add-done" role="status">
          {done}
        </p>
      ) : null}
    </form>
  );
}
