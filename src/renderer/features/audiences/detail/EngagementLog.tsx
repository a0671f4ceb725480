import { useState, type FormEvent } from 'react';
import { ENGAGEMENT_KINDS, ENGAGEMENT_KIND_LABELS, type Engagement, type EngagementKind } from '../../../../shared/audiences';
import { mutate, useMutation } from '../../../api';
import { Button, IconButton } from '../../../ui/Button';
import { errorText } from '../../../ui/errorText';
import { keepFocusWhenRemoved } from '../../../ui/focusFallback';
import { useToast } from '../../../ui/Toast';
import { useFormErrors } from '../../../ui/useFormErrors';
import { formatDay } from '../dates';
import { today } from '../model';
import { useOfferUndoOfLatest } from '../undo';

/** Dated contacts with this audience, newest first; the newest shows as its latest contact. */
export function EngagementLog({ audienceId, audienceName, engagements }: { audienceId: string; audienceName: string; engagements: Engagement[] }) {
  const sorted = [...engagements].sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id));
  const { notify } = useToast();
  const offerUndo = useOfferUndoOfLatest();

  async function remove(entry: Engagement) {
    keepFocusWhenRemoved();
    try {
      await mutate('engagement.remove', { id: entry.id });
      await offerUndo('Log entry removed');
    } catch (e) {
      notify({ kind: 'error', message: errorText(e) });
    }
  }

  return (
    <section className="panel detail-section" aria-labelledby="log-heading">
      <h2 id="log-heading">Engagement log</h2>
      <AddEngagementForm audienceId={audienceId} />
      {sorted.length === 0 ? (
        <p className="empty-line">No contacts logged yet.</p>
      ) : (
        <ol className="log-list" aria-label={`Engagements with ${audienceName}, newest first`}>
          {sorted.map((entry) => (
            <li key={entry.id} className="log-entry">
              <div className="log-entry-body">
                <p className="log-entry-meta">
                  <time dateTime={entry.date}>{formatDay(entry.date)}</time>
                  <span aria-hidden="true">·</span>
                  <span>{ENGAGEMENT_KIND_LABELS[entry.kind]}</span>
                </p>
                <p className="log-entry-summary">{entry.summary}</p>
                {entry.outcome ? <p className="log-entry-outcome">Outcome: {entry.outcome}</p> : null}
              </div>
              <IconButton
                icon="trash"
                variant="danger"
                label={`Remove ${ENGAGEMENT_KIND_LABELS[entry.kind].toLowerCase()} of ${formatDay(entry.date)}`}
                onClick={() => void remove(entry)}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function AddEngagementForm({ audienceId }: { audienceId: string }) {
  const [date, setDate] = useState(today);
  const [kind, setKind] = useState<EngagementKind>('meeting');
  const [summary, setSummary] = useState('');
  const [outcome, setOutcome] = useState('');
  const errors = useFormErrors(['date', 'kind', 'summary', 'outcome']);
  const create = useMutation('engagement.create');

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await create.mutate({ audienceId, date, kind, summary, outcome });
      setSummary('');
      setOutcome('');
      errors.clear();
    } catch (e) {
      errors.show(e);
    }
  }

  return (
    <form className="log-form" onSubmit={(e) => void submit(e)} noValidate aria-label="Log a contact">
      <div className="log-form-row">
        <div className="form-field">
          <label htmlFor={errors.idOf('date')}>Date</label>
          <input
            {...errors.control('date')}
            type="date"
            className="inline-input inline-date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
          />
          {errors.message('date')}
        </div>
        <div className="form-field">
          <label htmlFor={errors.idOf('kind')}>Kind of contact</label>
          <div className="select-wrap">
            <select {...errors.control('kind')} className="inline-input inline-select" value={kind} onChange={(e) => setKind(e.target.value as EngagementKind)}>
              {ENGAGEMENT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {ENGAGEMENT_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </div>
        </div>
      </div>
      <div className="form-field">
        <label htmlFor={errors.idOf('summary')}>Summary</label>
        <input dir="auto"
          {...errors.control('summary')}
          className="inline-input"
          value={summary}
          autoComplete="off"
          placeholder="What happened"
          onChange={(e) => setSummary(e.target.value)}
        />
        {errors.message('summary')}
      </div>
      <div className="form-field">
        <label htmlFor={errors.idOf('outcome')}>Outcome</label>
        <input dir="auto"
          {...errors.control('outcome')}
          className="inline-input"
          value={outcome}
          autoComplete="off"
          placeholder="Optional: what came of it, what to follow up"
          onChange={(e) => setOutcome(e.target.value)}
        />
        {errors.message('outcome')}
      </div>
      {errors.message('form')}
      <div className="form-actions">
        <Button type="submit" size="small" variant="primary" icon="plus" busy={create.pending} disabled={create.pending}>
          Add to log
        </Button>
      </div>
    </form>
  );
}
