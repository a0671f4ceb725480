// National days: the strategy's own days (add, rename, move, delete) and, read-only beside them, the
// international days that come bundled with Chancery. Opened from the toolbar or from a day's cell.
import { useId, useState } from 'react';
import type { Observance } from '../../../shared/calendar';
import { mutate, useCall } from '../../api';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Dialog } from '../../ui/Dialog';
import { errorText } from '../../ui/errorText';
import { useToast } from '../../ui/Toast';
import { fieldErrors } from './itemDraft';
import './editor.css';
import { FormAlert } from '../../ui/FormAlert';

/** Open on the list, or on one day (a national day to edit, an international one to read). */
export type ObservanceTarget = { mode: 'list' } | { mode: 'day'; id: string };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (n: number) => String(n).padStart(2, '0');
/** "05-03" → "3 May" */
export const monthDayLabel = (md: string) => `${Number(md.slice(3, 5))} ${MONTHS[Number(md.slice(0, 2)) - 1] ?? '?'}`;
const byDate = (a: Observance, b: Observance) => a.monthDay.localeCompare(b.monthDay) || a.name.localeCompare(b.name);

interface Form {
  id: string | null;
  name: string;
  month: string;
  day: string;
  note: string;
}
const blank = (): Form => ({ id: null, name: '', month: '01', day: '01', note: '' });
const formOf = (o: Observance): Form => ({ id: o.id, name: o.name, month: o.monthDay.slice(0, 2), day: o.monthDay.slice(3, 5), note: o.note });

export function ObservanceDialog({ strategyId, target = { mode: 'list' }, onClose }: { strategyId: string; target?: ObservanceTarget; onClose: () => void }) {
  const id = useId();
  const list = useCall('observance.list', { strategyId });
  const all = list.data ?? [];
  const national = all.filter((o) => o.source === 'national').sort(byDate);
  const international = all.filter((o) => o.source !== 'national').sort(byDate);
  const picked = target.mode === 'day' ? all.find((o) => o.id === target.id) : undefined;
  const [form, setForm] = useState<Form>(blank);
  const [opened, setOpened] = useState(false);
  // The national day the planner activated in a cell opens for editing once the list has arrived.
  if (!opened && picked) {
    setOpened(true);
    if (picked.source === 'national') setForm(formOf(picked));
  }
  const [error, setError] = useState('');
  const [fieldError, setFieldError] = useState<{ name?: string; monthDay?: string; note?: string }>({});
  const [busy, setBusy] = useState(false);
  const [removing, setRemoving] = useState<Observance | null>(null);
  const { notify } = useToast();
  const set = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }));

  async function save() {
    setError('');
    setFieldError({});
    if (!form.name.trim()) return setFieldError({ name: 'Give the day a name' });
    const fields = { name: form.name.trim(), monthDay: `${form.month}-${form.day}`, note: form.note.trim() };
    setBusy(true);
    try {
      if (form.id) await mutate('observance.update', { id: form.id, patch: fields });
      else await mutate('observance.create', { strategyId, ...fields });
      notify({ kind: 'success', message: form.id ? `National day “${fields.name}” saved.` : `National day “${fields.name}” added on ${monthDayLabel(fields.monthDay)}.` });
      setForm(blank());
    } catch (e) {
      const byField = fieldErrors(e);
      const shown = { name: byField.name?.message, monthDay: byField.monthDay?.message, note: byField.note?.message };
      setFieldError(shown);
      if (!shown.name && !shown.monthDay && !shown.note) setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  const ids = { name: `${id}-name`, month: `${id}-month`, day: `${id}-day`, note: `${id}-note` };
  return (
    <>
      <Dialog open onClose={onClose} title="National days" footer={<Button onClick={onClose}>Close</Button>}>
        {picked && picked.source !== 'national' ? (
          <div className="ed-banner" role="note">
            <strong>{picked.name}</strong>, {monthDayLabel(picked.monthDay)}: an international day that comes with Chancery{picked.note ? ` (${picked.note})` : ''}. It is read-only; add
            your country’s own days below.
          </div>
        ) : null}
        <form
          className="form-grid ed-observance-form"
          aria-labelledby={`${id}-form-heading`}
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <h3 id={`${id}-form-heading`} className="ed-subhead">
            {form.id ? `Edit “${national.find((o) => o.id === form.id)?.name ?? form.name}”` : 'Add a national day'}
          </h3>
          <div className="form-row">
            <div className="form-field">
              <label htmlFor={ids.name}>Name of the day</label>
              <input dir="auto"
                id={ids.name}
                className="inline-input"
                value={form.name}
                placeholder="Independence Day"
                onChange={(e) => set({ name: e.target.value })}
                aria-invalid={fieldError.name ? true : undefined}
                aria-describedby={fieldError.name ? `${ids.name}-error` : undefined}
                data-autofocus
              />
              {fieldError.name ? (
                <p id={`${ids.name}-error`} className="ed-error" role="alert">
                  {fieldError.name}
                </p>
              ) : null}
            </div>
            <div className="form-field ed-monthday">
              <label htmlFor={ids.month}>Month</label>
              <select id={ids.month} className="inline-input inline-select" value={form.month} onChange={(e) => set({ month: e.target.value })}>
                {MONTHS.map((m, i) => (
                  <option key={m} value={pad(i + 1)}>
                    {m}
                  </option>
                ))}
              </select>
            </div>
            <div className="form-field form-field-narrow">
              <label htmlFor={ids.day}>Day</label>
              <select
                id={ids.day}
                className="inline-input inline-select"
                value={form.day}
                onChange={(e) => set({ day: e.target.value })}
                aria-invalid={fieldError.monthDay ? true : undefined}
                aria-describedby={fieldError.monthDay ? `${ids.day}-error` : undefined}
              >
                {Array.from({ length: 31 }, (_, i) => (
                  <option key={i} value={pad(i + 1)}>
                    {i + 1}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {fieldError.monthDay ? (
            <p id={`${ids.day}-error`} className="ed-error" role="alert">
              {fieldError.monthDay}
            </p>
          ) : null}
          <div className="form-field">
            <label htmlFor={ids.note}>Note</label>
            <input dir="auto" id={ids.note} className="inline-input" value={form.note} placeholder="What it marks, or what the mission does that day" onChange={(e) => set({ note: e.target.value })} />
            {fieldError.note ? (
              <p className="ed-error" role="alert">
                {fieldError.note}
              </p>
            ) : null}
          </div>
          <FormAlert message={error} />
          <div className="cluster">
            <Button type="submit" variant="primary" busy={busy} disabled={busy}>
              {form.id ? 'Save national day' : 'Add national day'}
            </Button>
            {form.id ? <Button onClick={() => setForm(blank())}>Cancel editing</Button> : null}
          </div>
        </form>

        <section className="ed-observances" aria-labelledby={`${id}-national`}>
          <h3 id={`${id}-national`} className="ed-subhead">
            This strategy’s national days
          </h3>
          {list.error ? (
            <p className="dialog-error" role="alert">
              {list.error.message}
            </p>
          ) : national.length === 0 ? (
            <p className="muted">{list.data ? 'None yet.' : 'Loading…'}</p>
          ) : (
            <ul className="ed-list" aria-labelledby={`${id}-national`}>
              {national.map((o) => (
                <li key={o.id} className={`ed-day-row${form.id === o.id ? ' ed-day-row-editing' : ''}`}>
                  <span className="ed-list-name">★ {o.name}</span>
                  <span className="ed-list-meta">{monthDayLabel(o.monthDay)}</span>
                  {o.note ? <span className="ed-list-note">{o.note}</span> : null}
                  <span className="ed-row-actions">
                    <Button size="small" variant="quiet" aria-label={`Edit ${o.name}`} onClick={() => setForm(formOf(o))}>
                      Edit
                    </Button>
                    <Button size="small" variant="quiet" aria-label={`Delete ${o.name}`} onClick={() => setRemoving(o)}>
                      Delete
                    </Button>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>

        <details className="ed-observances ed-international" open={picked ? picked.source !== 'national' : undefined}>
          <summary>International days ({international.length}, read-only)</summary>
          <p className="field-hint">These come with Chancery and show on every strategy’s calendar; they cannot be edited or deleted here.</p>
          <ul className="ed-list ed-list-plain">
            {international.map((o) => (
              <li key={o.id} className={`ed-day-row${picked?.id === o.id ? ' ed-day-row-editing' : ''}`}>
                <span className="ed-list-name">◆ {o.name}</span>
                <span className="ed-list-meta">{monthDayLabel(o.monthDay)}</span>
              </li>
            ))}
          </ul>
        </details>
      </Dialog>
      <ConfirmDialog
        open={removing !== null}
        title={`Delete “${removing?.name ?? ''}”?`}
        message="It leaves this strategy’s calendar. Undo in the top bar brings it back."
        confirmLabel="Delete national day"
        danger
        onConfirm={async () => {
          if (!removing) return;
          await mutate('observance.remove', { id: removing.id });
          notify({ kind: 'success', message: `National day “${removing.name}” deleted.` });
          if (form.id === removing.id) setForm(blank());
        }}
        onClose={() => setRemoving(null)}
      />
    </>
  );
}
