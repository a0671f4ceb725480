// The post editor: every field of a content item, the text for each platform with its live length
// against the platform's limit, the status workflow (approving names the approver; scheduling an
// unapproved post asks for an explicit override), and its date, time and IANA time zone.
import { useEffect, useId, useMemo, useState } from 'react';
import { APPROVED_STATUSES, ITEM_STATUS_LABELS, STATUS_MOVES, type Campaign, type ContentItem, type ItemStatus } from '../../../shared/calendar';
import { checkLength } from '../../../shared/calendarText';
import { isValidTimeZone } from '../../../shared/calendarTime';
import { PLATFORM_KIND_LABELS, type StrategyDetail } from '../../../shared/domain';
import { mutate, useCall } from '../../api';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { errorText } from '../../ui/errorText';
import { useToast } from '../../ui/Toast';

export type EditorTarget = { mode: 'new'; date: string | null } | { mode: 'edit'; id: string };

interface Draft {
  title: string;
  texts: Record<string, string>;
  platforms: string[];
  language: string;
  audienceIds: string[];
  keyMessageId: string;
  objectiveId: string;
  campaignId: string;
  assignee: string;
  status: ItemStatus;
  date: string;
  time: string;
  timeZone: string;
}

function draftOf(item: ContentItem | null, date: string | null, zone: string): Draft {
  return {
    title: item?.title ?? '',
    texts: Object.fromEntries((item?.variants ?? []).map((v) => [v.platformId, v.text])),
    platforms: item?.variants.map((v) => v.platformId) ?? [],
    language: item?.language ?? '',
    audienceIds: item?.audienceIds ?? [],
    keyMessageId: item?.keyMessageId ?? '',
    objectiveId: item?.objectiveId ?? '',
    campaignId: item?.campaignId ?? '',
    assignee: item?.assignee ?? '',
    status: item?.status ?? 'idea',
    date: item?.localDate ?? date ?? '',
    time: item?.localTime ?? (date ? '09:00' : ''),
    timeZone: item?.timeZone ?? zone,
  };
}

const ZONES: string[] = (() => {
  try {
    return (Intl as unknown as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  } catch {
    return [];
  }
})();

export function ItemEditor({
  strategy,
  target,
  campaigns,
  plannerZone,
  onClose,
}: {
  strategy: StrategyDetail;
  target: EditorTarget;
  campaigns: Campaign[];
  plannerZone: string;
  onClose: () => void;
}) {
  const editing = target.mode === 'edit';
  const loaded = useCall('contentItem.get', { id: editing ? target.id : '' }, { enabled: editing });
  const item = editing ? (loaded.data ?? null) : null;
  const audiences = useCall('audience.list', { strategyId: strategy.id });
  const messages = useCall('audienceMessage.list', { strategyId: strategy.id });
  const [draft, setDraft] = useState<Draft | null>(editing ? null : draftOf(null, target.date, plannerZone));
  useEffect(() => {
    if (item && !draft) setDraft(draftOf(item, null, plannerZone));
  }, [item, draft, plannerZone]);
  const [approver, setApprover] = useState('');
  const [override, setOverride] = useState(false);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const { notify } = useToast();
  const id = useId();

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => (d ? { ...d, [key]: value } : d));
  const from = item?.status ?? 'idea';
  const statusOptions = useMemo(() => {
    if (!editing) return ['idea', 'draft'] as ItemStatus[];
    const moves = new Set<ItemStatus>([from, ...STATUS_MOVES[from]]);
    if (!APPROVED_STATUSES.includes(from) && from !== 'cancelled') moves.add('scheduled');
    return [...moves];
  }, [editing, from]);
  const needsApprover = draft ? draft.status === 'approved' && from !== 'approved' && from !== 'scheduled' : false;
  const needsOverride = draft ? draft.status === 'scheduled' && !APPROVED_STATUSES.includes(from) : false;

  async function save() {
    if (!draft) return;
    setError('');
    if (!draft.title.trim()) return setError('Give the post a title');
    if (!isValidTimeZone(draft.timeZone)) return setError(`“${draft.timeZone}” is not a known time zone; use a name such as Africa/Nairobi`);
    if (draft.time && !draft.date) return setError('Choose a date for the time, or clear the time');
    if (needsApprover && !approver.trim()) return setError('Say who approves this post');
    if (needsOverride && !override) return setError('This post is not approved yet: tick “Schedule without approval” to schedule it anyway');
    const fields = {
      title: draft.title.trim(),
      variants: draft.platforms.map((platformId) => ({ platformId, text: draft.texts[platformId] ?? '' })),
      language: draft.language.trim(),
      audienceIds: draft.audienceIds,
      keyMessageId: draft.keyMessageId || null,
      objectiveId: draft.objectiveId || null,
      campaignId: draft.campaignId || null,
      assignee: draft.assignee.trim(),
      timeZone: draft.timeZone.trim(),
    };
    const schedule = draft.date ? { date: draft.date, time: draft.time || '09:00', timeZone: draft.timeZone.trim() } : null;
    setBusy(true);
    const warnings: string[] = [];
    try {
      if (!editing) {
        const saved = await mutate('contentItem.create', { strategyId: strategy.id, ...fields, status: draft.status === 'draft' ? 'draft' : 'idea', schedule });
        warnings.push(...saved.warnings.map((w) => w.message));
      } else if (item) {
        const saved = await mutate('contentItem.update', { id: item.id, patch: fields });
        warnings.push(...saved.warnings.map((w) => w.message));
        const same = schedule ? item.localDate === schedule.date && item.localTime === schedule.time && item.timeZone === schedule.timeZone : item.scheduledAt === null;
        if (!same) {
          const moved = await mutate('contentItem.move', { id: item.id, to: schedule });
          warnings.push(...moved.warnings.map((w) => w.message));
        }
        if (draft.status !== item.status) {
          const status = await mutate('contentItem.setStatus', {
            id: item.id,
            status: draft.status,
            ...(needsApprover ? { approver: approver.trim() } : {}),
            ...(needsOverride ? { override: true } : {}),
          });
          warnings.push(...status.warnings.map((w) => w.message));
        }
      }
      notify({ kind: warnings.length ? 'info' : 'success', message: `Saved “${fields.title}”.${warnings.length ? ` ${[...new Set(warnings)].join(' ')}` : ''}` });
      onClose();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    if (!item) return;
    setBusy(true);
    try {
      await mutate('contentItem.remove', { id: item.id });
      notify({ kind: 'success', message: `Removed “${item.title}”. Undo in the top bar brings it back.` });
      onClose();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  const title = editing ? (item ? `Edit post: ${item.title}` : 'Edit post') : 'New post';
  return (
    <Dialog
      open
      onClose={onClose}
      title={title}
      footer={
        <>
          {editing && item ? (
            <Button variant="danger" onClick={() => void remove()} disabled={busy}>
              Remove post
            </Button>
          ) : null}
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" onClick={() => void save()} busy={busy} disabled={!draft || busy}>
            {editing ? 'Save post' : 'Create post'}
          </Button>
        </>
      }
    >
      {!draft ? (
        <p className="loading" role="status">
          {loaded.error ? loaded.error.message : 'Loading the post…'}
        </p>
      ) : (
        <form
          className="form-grid cal-editor"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <div className="form-field">
            <label htmlFor={`${id}-title`}>Title</label>
            <input id={`${id}-title`} className="inline-input" value={draft.title} onChange={(e) => set('title', e.target.value)} data-autofocus />
          </div>
          <fieldset className="choice-group">
            <legend>Platforms and text</legend>
            {strategy.platforms.length === 0 ? <p className="muted">This strategy has no platforms yet; add them under Platforms.</p> : null}
            {strategy.platforms.map((p) => {
              const on = draft.platforms.includes(p.id);
              const text = draft.texts[p.id] ?? '';
              const check = checkLength(p.kind, text);
              const name = p.name || PLATFORM_KIND_LABELS[p.kind];
              return (
                <div key={p.id} className="cal-variant">
                  <label className="cal-variant-toggle">
                    <input
                      type="checkbox"
                      checked={on}
                      onChange={(e) => set('platforms', e.target.checked ? [...draft.platforms, p.id] : draft.platforms.filter((x) => x !== p.id))}
                    />
                    {name}
                  </label>
                  {on ? (
                    <>
                      <textarea
                        className="inline-input inline-textarea"
                        aria-label={`Text for ${name}`}
                        rows={3}
                        value={text}
                        onChange={(e) => set('texts', { ...draft.texts, [p.id]: e.target.value })}
                        aria-describedby={`${id}-len-${p.id}`}
                        aria-invalid={check.over || undefined}
                      />
                      <span id={`${id}-len-${p.id}`} className={`cal-counter${check.over ? ' cal-counter-over' : ''}`} aria-live="polite">
                        {check.limit !== null ? `${check.length} / ${check.limit}` : `${check.length} characters`}
                        {check.over ? ` (over the ${name} limit by ${check.length - check.limit!})` : ''}
                      </span>
                    </>
                  ) : null}
                </div>
              );
            })}
          </fieldset>
          <div className="form-row">
            <div className="form-field">
              <label htmlFor={`${id}-date`}>Date</label>
              <input id={`${id}-date`} type="date" className="inline-input" value={draft.date} onChange={(e) => set('date', e.target.value)} />
            </div>
            <div className="form-field form-field-narrow">
              <label htmlFor={`${id}-time`}>Time</label>
              <input id={`${id}-time`} type="time" className="inline-input" value={draft.time} onChange={(e) => set('time', e.target.value)} />
            </div>
            <div className="form-field">
              <label htmlFor={`${id}-zone`}>Time zone</label>
              <input id={`${id}-zone`} className="inline-input" list={`${id}-zones`} value={draft.timeZone} onChange={(e) => set('timeZone', e.target.value)} />
              <datalist id={`${id}-zones`}>
                {ZONES.map((z) => (
                  <option key={z} value={z} />
                ))}
              </datalist>
            </div>
          </div>
          <p className="field-hint">Leave the date empty to keep the post in the backlog. The time is local to the zone: 09:00 in Africa/Nairobi stays 09:00 there across daylight-saving changes.</p>
          <div className="form-row">
            <div className="form-field">
              <label htmlFor={`${id}-status`}>Status</label>
              <select id={`${id}-status`} className="inline-input inline-select" value={draft.status} onChange={(e) => set('status', e.target.value as ItemStatus)}>
                {statusOptions.map((s) => (
                  <option key={s} value={s}>
                    {ITEM_STATUS_LABELS[s]}
                  </option>
                ))}
              </select>
            </div>
            {needsApprover ? (
              <div className="form-field">
                <label htmlFor={`${id}-approver`}>Approved by</label>
                <input id={`${id}-approver`} className="inline-input" value={approver} onChange={(e) => setApprover(e.target.value)} />
              </div>
            ) : null}
            {needsOverride ? (
              <label className="cal-override">
                <input type="checkbox" checked={override} onChange={(e) => setOverride(e.target.checked)} />
                Schedule without approval (override)
              </label>
            ) : null}
          </div>
          {item?.approvedBy ? (
            <p className="field-hint">
              Approved by {item.approvedBy}
              {item.approvedAt ? ` on ${item.approvedAt.slice(0, 10)}` : ''}.
            </p>
          ) : null}
          <div className="form-row">
            <div className="form-field">
              <label htmlFor={`${id}-campaign`}>Campaign</label>
              <select id={`${id}-campaign`} className="inline-input inline-select" value={draft.campaignId} onChange={(e) => set('campaignId', e.target.value)}>
                <option value="">None</option>
                {campaigns.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="form-field">
              <label htmlFor={`${id}-objective`}>Objective</label>
              <select id={`${id}-objective`} className="inline-input inline-select" value={draft.objectiveId} onChange={(e) => set('objectiveId', e.target.value)}>
                <option value="">None</option>
                {strategy.objectives.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.title}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="form-row">
            <div className="form-field">
              <label htmlFor={`${id}-assignee`}>Assignee</label>
              <input id={`${id}-assignee`} className="inline-input" value={draft.assignee} onChange={(e) => set('assignee', e.target.value)} />
            </div>
            <div className="form-field form-field-narrow">
              <label htmlFor={`${id}-language`}>Language</label>
              <input id={`${id}-language`} className="inline-input" value={draft.language} placeholder="en" onChange={(e) => set('language', e.target.value)} />
            </div>
          </div>
          {(audiences.data ?? []).length > 0 ? (
            <fieldset className="choice-group cal-audiences">
              <legend>Audiences</legend>
              <div className="cal-audience-list">
                {audiences.data!.map((a) => (
                  <label key={a.id} className="cal-audience">
                    <input
                      type="checkbox"
                      checked={draft.audienceIds.includes(a.id)}
                      onChange={(e) => set('audienceIds', e.target.checked ? [...draft.audienceIds, a.id] : draft.audienceIds.filter((x) => x !== a.id))}
                    />
                    {a.name}
                  </label>
                ))}
              </div>
            </fieldset>
          ) : null}
          {(messages.data ?? []).length > 0 ? (
            <div className="form-field">
              <label htmlFor={`${id}-message`}>Key message</label>
              <select id={`${id}-message`} className="inline-input inline-select" value={draft.keyMessageId} onChange={(e) => set('keyMessageId', e.target.value)}>
                <option value="">None</option>
                {messages.data!.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.text.length > 90 ? `${m.text.slice(0, 89)}…` : m.text}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          {error ? (
            <p className="dialog-error" role="alert">
              {error}
            </p>
          ) : null}
          <button type="submit" hidden />
        </form>
      )}
    </Dialog>
  );
}
