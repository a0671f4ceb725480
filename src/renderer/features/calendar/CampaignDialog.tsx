import { useId, useState } from 'react';
import { mutate } from '../../api';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { errorText } from '../../ui/errorText';
import { useToast } from '../../ui/Toast';

/** A new campaign: name, colour and the dates it runs (shown as a band on the calendar). */
export function CampaignDialog({ strategyId, month, onClose }: { strategyId: string; month: string; onClose: () => void }) {
  const id = useId();
  const [name, setName] = useState('');
  const [colour, setColour] = useState('#2f6f9f');
  const [startDate, setStart] = useState(`${month}-01`);
  const [endDate, setEnd] = useState(`${month}-14`);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const { notify } = useToast();

  async function save() {
    setError('');
    if (!name.trim()) return setError('Give the campaign a name');
    if (endDate < startDate) return setError('The campaign must end on or after the day it starts');
    setBusy(true);
    try {
      await mutate('campaign.create', { strategyId, name: name.trim(), colour, startDate, endDate, objectiveId: null });
      notify({ kind: 'success', message: `Campaign “${name.trim()}” added.` });
      onClose();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      open
      onClose={onClose}
      title="New campaign"
      size="small"
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" busy={busy} disabled={busy} onClick={() => void save()}>
            Create campaign
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
          <input id={`${id}-name`} className="inline-input" value={name} onChange={(e) => setName(e.target.value)} data-autofocus />
        </div>
        <div className="form-row">
          <div className="form-field">
            <label htmlFor={`${id}-start`}>Starts</label>
            <input id={`${id}-start`} type="date" className="inline-input" value={startDate} onChange={(e) => setStart(e.target.value)} />
          </div>
          <div className="form-field">
            <label htmlFor={`${id}-end`}>Ends</label>
            <input id={`${id}-end`} type="date" className="inline-input" value={endDate} onChange={(e) => setEnd(e.target.value)} />
          </div>
          <div className="form-field form-field-narrow">
            <label htmlFor={`${id}-colour`}>Colour</label>
            <input id={`${id}-colour`} type="color" className="inline-input" value={colour} onChange={(e) => setColour(e.target.value)} />
          </div>
        </div>
        {error ? (
          <p className="dialog-error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" hidden />
      </form>
    </Dialog>
  );
}
