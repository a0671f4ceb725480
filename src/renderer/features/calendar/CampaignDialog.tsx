// Campaigns: the list of a strategy's campaigns, and a form to add one or to edit (name, colour,
// dates, objective) and delete an existing one. The core judges the dates; its message shows by them.
import { useId, useState } from 'react';
import type { Campaign } from '../../../shared/calendar';
import { mutate, useCall } from '../../api';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Dialog } from '../../ui/Dialog';
import { errorText } from '../../ui/errorText';
import { useToast } from '../../ui/Toast';
import { shortDay } from './days';
import { fieldErrors, type FieldError } from './itemDraft';
import './editor.css';
import { FormAlert } from '../../ui/FormAlert';

export type CampaignTarget = { mode: 'new' } | { mode: 'edit'; id: string } | { mode: 'list' };

const longDay = (date: string) => `${shortDay(date)} ${date.slice(0, 4)}`;
export const campaignDates = (c: Pick<Campaign, 'startDate' | 'endDate'>) => `${longDay(c.startDate)} to ${longDay(c.endDate)}`;

export function CampaignDialog({ strategyId, month, target = { mode: 'new' }, onClose }: { strategyId: string; month: string; target?: CampaignTarget; onClose: () => void }) {
  const [step, setStep] = useState<CampaignTarget>(target);
  const [fromList] = useState(target.mode === 'list');
  const list = useCall('campaign.list', { strategyId });
  const back = fromList ? () => setStep({ mode: 'list' }) : onClose;
  if (step.mode === 'list') {
    return <CampaignList campaigns={list.data} error={list.error?.message ?? null} onPick={(id) => setStep({ mode: 'edit', id })} onNew={() => setStep({ mode: 'new' })} onClose={onClose} />;
  }
  if (step.mode === 'edit') {
    const campaign = list.data?.find((c) => c.id === step.id);
    if (!campaign) {
      return (
        <Dialog open onClose={onClose} title="Edit campaign" size="small">
          <p className="loading" role="status">
            {list.error ? list.error.message : list.data ? 'This campaign is no longer there (it may have been deleted).' : 'Loading the campaign…'}
          </p>
        </Dialog>
      );
    }
    return <CampaignForm key={campaign.id} strategyId={strategyId} month={month} campaign={campaign} onDone={back} onClose={onClose} />;
  }
  return <CampaignForm strategyId={strategyId} month={month} campaign={null} onDone={back} onClose={onClose} />;
}

function CampaignList({ campaigns, error, onPick, onNew, onClose }: { campaigns: Campaign[] | undefined; error: string | null; onPick: (id: string) => void; onNew: () => void; onClose: () => void }) {
  const sorted = [...(campaigns ?? [])].sort((a, b) => a.startDate.localeCompare(b.startDate) || a.name.localeCompare(b.name));
  return (
    <Dialog
      open
      onClose={onClose}
      title="Campaigns"
      size="small"
      footer={
        <>
          <Button onClick={onClose}>Close</Button>
          <Button variant="primary" icon="plus" onClick={onNew}>
            New campaign
          </Button>
        </>
      }
    >
      {error ? (
        <p className="dialog-error" role="alert">
          {error}
        </p>
      ) : !campaigns ? (
        <p className="loading" role="status">
          Loading campaigns…
        </p>
      ) : sorted.length === 0 ? (
        <p className="muted">No campaigns yet. A campaign groups posts over a few days or weeks and shows as a band on the calendar.</p>
      ) : (
        <ul className="ed-list" aria-label="Campaigns of this strategy">
          {sorted.map((c) => (
            <li key={c.id}>
              <button type="button" className="ed-list-item" onClick={() => onPick(c.id)} aria-label={`${c.name}, ${campaignDates(c)}`}>
                <span className="ed-swatch" style={{ background: c.colour }} aria-hidden="true" />
                <span className="ed-list-name">{c.name}</span>
                <span className="ed-list-meta">{campaignDates(c)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}

function CampaignForm({ strategyId, month, campaign, onDone, onClose }: { strategyId: string; month: string; campaign: Campaign | null; onDone: () => void; onClose: () => void }) {
  const id = useId();
  const strategy = useCall('strategy.get', { id: strategyId });
  const [name, setName] = useState(campaign?.name ?? '');
  const [colour, setColour] = useState(campaign?.colour ?? '#2f6f9f');
  const [startDate, setStart] = useState(campaign?.startDate ?? `${month}-01`);
  const [endDate, setEnd] = useState(campaign?.endDate ?? `${month}-14`);
  const [objectiveId, setObjective] = useState(campaign?.objectiveId ?? '');
  const [error, setError] = useState('');
  const [errors, setErrors] = useState<Record<string, FieldError>>({});
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const { notify } = useToast();

  async function save() {
    setError('');
    setErrors({});
    if (!name.trim()) return setError('Give the campaign a name');
    if (!startDate || !endDate) return setError('Choose the day the campaign starts and the day it ends');
    setBusy(true);
    try {
      const fields = { name: name.trim(), colour, startDate, endDate, objectiveId: objectiveId || null };
      if (campaign) await mutate('campaign.update', { id: campaign.id, patch: fields });
      else await mutate('campaign.create', { strategyId, ...fields });
      notify({ kind: 'success', message: campaign ? `Campaign “${fields.name}” saved.` : `Campaign “${fields.name}” added.` });
      onDone();
    } catch (e) {
      const byField = fieldErrors(e);
      setErrors(byField);
      setError(byField.endDate || byField.startDate ? '' : errorText(e));
    } finally {
      setBusy(false);
    }
  }

  const dateError = errors.endDate?.message ?? errors.startDate?.message ?? null;
  const errorId = `${id}-dates-error`;
  return (
    <>
      <Dialog
        open
        onClose={onClose}
        title={campaign ? 'Edit campaign' : 'New campaign'}
        size="small"
        footer={
          <>
            {campaign ? (
              <Button variant="danger" className="ed-footer-start" onClick={() => setConfirming(true)} disabled={busy}>
                Delete campaign
              </Button>
            ) : null}
            <Button onClick={onDone}>Cancel</Button>
            <Button variant="primary" busy={busy} disabled={busy} onClick={() => void save()}>
              {campaign ? 'Save campaign' : 'Create campaign'}
            </Button>
          </>
        }
      >
        <form
          className="form-grid"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <div className="form-field">
            <label htmlFor={`${id}-name`}>Campaign name</label>
            <input dir="auto" id={`${id}-name`} className="inline-input" value={name} onChange={(e) => setName(e.target.value)} data-autofocus />
          </div>
          <div className="form-row">
            <div className="form-field">
              <label htmlFor={`${id}-start`}>Starts</label>
              <input
                id={`${id}-start`}
                type="date"
                className="inline-input"
                value={startDate}
                onChange={(e) => setStart(e.target.value)}
                aria-invalid={dateError ? true : undefined}
                aria-describedby={dateError ? errorId : undefined}
              />
            </div>
            <div className="form-field">
              <label htmlFor={`${id}-end`}>Ends</label>
              <input
                id={`${id}-end`}
                type="date"
                className="inline-input"
                value={endDate}
                onChange={(e) => setEnd(e.target.value)}
                aria-invalid={dateError ? true : undefined}
                aria-describedby={dateError ? errorId : undefined}
              />
            </div>
            <div className="form-field form-field-narrow">
              <label htmlFor={`${id}-colour`}>Colour</label>
              <input id={`${id}-colour`} type="color" className="inline-input ed-colour" value={colour} onChange={(e) => setColour(e.target.value)} />
            </div>
          </div>
          {dateError ? (
            <p id={errorId} className="ed-error" role="alert">
              {dateError}
            </p>
          ) : null}
          <div className="form-field">
            <label htmlFor={`${id}-objective`}>Objective</label>
            <select id={`${id}-objective`} className="inline-input inline-select" value={objectiveId} onChange={(e) => setObjective(e.target.value)}>
              <option value="">None</option>
              {(strategy.data?.objectives ?? []).map((o) => (
                <option key={o.id} value={o.id}>
                  {o.title}
                </option>
              ))}
            </select>
          </div>
          <FormAlert message={error} />
          <button type="submit" hidden />
        </form>
      </Dialog>
      {campaign ? (
        <ConfirmDialog
          open={confirming}
          title={`Delete “${campaign.name}”?`}
          message="Its band leaves the calendar. Its posts stay where they are, no longer in a campaign. Undo in the top bar brings it back."
          confirmLabel="Delete campaign"
          danger
          onConfirm={async () => {
            await mutate('campaign.remove', { id: campaign.id });
            notify({ kind: 'success', message: `Campaign “${campaign.name}” deleted.` });
            onDone();
          }}
          onClose={() => setConfirming(false)}
        />
      ) : null}
    </>
  );
}
