// The post editor: every field of a content item (text per platform, schedule and workflow, what it
// serves, tags, links, hashtags, notes, and how it repeats). The working copy keeps what was typed,
// so a save the core refuses shows its message by the field and loses nothing. Duplicate makes a
// copy of the saved post and opens it here, to give it its own date and text.
import { useEffect, useId, useMemo, useState } from 'react';
import { APPROVED_STATUSES, STATUS_MOVES, type Campaign, type ContentItem, type ItemStatus } from '../../../shared/calendar';
import { DEFAULT_POST_TIME, dayName, isValidTimeZone } from '../../../shared/calendarTime';
import type { StrategyDetail } from '../../../shared/domain';
import { mutate, useCall } from '../../api';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { errorText } from '../../ui/errorText';
import { useToast } from '../../ui/Toast';
import { ItemContextFields } from './ItemContextFields';
import { ItemDetailsFields } from './ItemDetailsFields';
import { PlatformTextFields } from './PlatformTextFields';
import { RecurrenceFields } from './RecurrenceFields';
import { ScheduleFields, type EditorField } from './ScheduleFields';
import { fieldErrors, recurrenceOf, recurrenceProblem, splitHashtags, splitLinks, splitTags, type Draft, type FieldError } from './itemDraft';
import { FormAlert } from '../../ui/FormAlert';
import { DraftBanners } from './DraftBanners';
import { lastApprover } from './lastApprover';
import { postDraftKey, usePostDraft } from './usePostDraft';
import './editor.css';

export type EditorTarget = { mode: 'new'; date: string | null } | { mode: 'edit'; id: string };

/** Fields whose core messages show beside the field itself rather than at the foot of the form. */
const INLINE: Record<string, string> = { tags: 'Tags', hashtags: 'Hashtags', links: 'Links', notes: 'Notes', recurrence: 'Repeat' };

export function ItemEditor({
  strategy,
  target: opened,
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
  // The post on show: the one opened, or the copy Duplicate made of it.
  const [target, setTarget] = useState<EditorTarget>(opened);
  /** The copy as Duplicate answered it, shown until the core's read of it arrives. */
  const [copy, setCopy] = useState<{ item: ContentItem; of: string } | null>(null);
  const editing = target.mode === 'edit';
  const loaded = useCall('contentItem.get', { id: editing ? target.id : '' }, { enabled: editing });
  const item = editing ? (loaded.data ?? (copy?.item.id === target.id ? copy.item : null)) : null;
  const [busy, setBusy] = useState(false);
  const post = usePostDraft({
    key: postDraftKey(strategy.id, editing ? target.id : null),
    item,
    newDate: editing ? undefined : target.date,
    zone: plannerZone,
    busy,
  });
  const { draft, setDraft, unsaved } = post;
  // Whoever approved last on this laptop is the likeliest approver of the next post.
  const [approver, setApproverState] = useState(() => lastApprover.read());
  const setApprover = (name: string) => {
    setApproverState(name);
    lastApprover.write(name);
  };
  const [override, setOverride] = useState(false);
  const [error, setError] = useState('');
  // The field the form's own message is about, marked invalid so the message can bring it into view.
  const [errorField, setErrorField] = useState<EditorField | null>(null);
  const fail = (message: string, field: EditorField) => {
    setError(message);
    setErrorField(field);
  };
  const [errors, setErrors] = useState<Record<string, FieldError>>({});
  const { notify } = useToast();
  const id = useId();
  const invalid = (field: EditorField) =>
    errorField === field ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-form-error` } : { 'aria-invalid': undefined, 'aria-describedby': undefined };

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    // The message about a field goes once the planner changes that field.
    setErrors((e) => (key in e ? Object.fromEntries(Object.entries(e).filter(([k]) => k !== key)) : e));
  };
  const from = item?.status ?? 'idea';
  const statusOptions = useMemo(() => {
    if (!editing) return ['idea', 'draft'] as ItemStatus[];
    const moves = new Set<ItemStatus>([from, ...STATUS_MOVES[from]]);
    if (!APPROVED_STATUSES.includes(from) && from !== 'cancelled') moves.add('scheduled');
    return [...moves];
  }, [editing, from]);
  const needsApprover = draft ? draft.status === 'approved' && from !== 'approved' && from !== 'scheduled' : false;
  const needsOverride = draft ? draft.status === 'scheduled' && !APPROVED_STATUSES.includes(from) : false;
  /** Closing after a save or a confirmed discard: the stored draft goes too. */
  const close = () => {
    post.forget();
    onClose();
  };

  useEffect(() => {
    // The copy opens with its date focused: moving it is the usual next step.
    if (copy) document.getElementById(`${id}-date`)?.focus();
  }, [copy, id]);

  async function save() {
    if (!draft) return;
    setError('');
    setErrorField(null);
    setErrors({});
    if (!draft.title.trim()) return fail('Give the post a title', 'title');
    if (!isValidTimeZone(draft.timeZone)) return fail(`“${draft.timeZone}” is not a known time zone; use a name such as Africa/Nairobi`, 'timeZone');
    if (draft.time && !draft.date) return fail('Choose a date for the time, or clear the time', 'date');
    const seriesProblem = recurrenceProblem(draft.recurrence, draft.date);
    if (seriesProblem) {
      setErrors({ recurrence: { message: seriesProblem, index: null } });
      return setError('Not saved yet: see the message under Repeat');
    }
    if (needsApprover && !approver.trim()) return fail('Say who approves this post', 'approver');
    if (needsOverride && !override) return fail('This post is not approved yet: tick “Schedule without approval” to schedule it anyway', 'override');
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
      tags: splitTags(draft.tags),
      hashtags: splitHashtags(draft.hashtags),
      links: splitLinks(draft.links),
      notes: draft.notes,
      recurrence: recurrenceOf(draft.recurrence),
    };
    const schedule = draft.date ? { date: draft.date, time: draft.time || DEFAULT_POST_TIME, timeZone: draft.timeZone.trim() } : null;
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
      close();
    } catch (e) {
      const byField = fieldErrors(e);
      const inline = Object.keys(byField).filter((f) => f in INLINE);
      setErrors(byField);
      setError(inline.length > 0 ? `Not saved yet: see the message under ${inline.map((f) => INLINE[f]).join(' and ')}` : errorText(e));
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
      close();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  async function duplicate() {
    if (!item || unsaved) return;
    setBusy(true);
    setError('');
    try {
      const saved = await mutate('contentItem.duplicate', { id: item.id });
      const made = saved.item;
      const where = made.localDate ? `on ${dayName(made.localDate)}` : 'in the backlog';
      const warnings = [...new Set(saved.warnings.map((w) => w.message))];
      notify({ kind: warnings.length ? 'info' : 'success', message: `Copy of “${item.title}” made ${where}.${warnings.length ? ` ${warnings.join(' ')}` : ''}` });
      setCopy({ item: made, of: item.title });
      post.forget();
      setTarget({ mode: 'edit', id: made.id });
      post.restart(made);
      setErrors({});
      setOverride(false);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  const title = editing ? (item ? `Edit post: ${item.title}` : 'Edit post') : 'New post';
  const showingCopy = copy !== null && editing && copy.item.id === target.id;
  return (
    <Dialog
      open
      onClose={close}
      unsaved={unsaved}
      title={title}
      footer={(requestClose) => (
        <>
          {editing && item ? (
            <>
              <Button variant="danger" onClick={() => void remove()} disabled={busy}>
                Remove post
              </Button>
              <Button icon="copy" onClick={() => void duplicate()} disabled={busy || unsaved} aria-describedby={unsaved ? `${id}-dup-hint` : undefined}>
                Duplicate
              </Button>
            </>
          ) : null}
          <Button onClick={requestClose}>Cancel</Button>
          <Button variant="primary" onClick={() => void save()} busy={busy} disabled={!draft || busy}>
            {editing ? 'Save post' : 'Create post'}
          </Button>
        </>
      )}
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
          <DraftBanners post={post} />
          {showingCopy ? (
            <p className="ed-banner" role="status">
              This is a new copy of “{copy.of}”, saved as {copy.item.status === 'idea' ? 'an idea' : 'a draft'}. Give it its own date and text, then save.
            </p>
          ) : null}
          <div className="form-field">
            <label htmlFor={`${id}-title`}>Title</label>
            <input dir="auto" id={`${id}-title`} className="inline-input" value={draft.title} onChange={(e) => set('title', e.target.value)} data-autofocus {...invalid('title')} />
          </div>
          <PlatformTextFields idBase={id} platforms={strategy.platforms} draft={draft} onPlatforms={(v) => set('platforms', v)} onTexts={(v) => set('texts', v)} />
          <ScheduleFields
            idBase={id}
            draft={draft}
            set={set}
            item={item}
            statusOptions={statusOptions}
            approval={{ needsApprover, approver, setApprover, needsOverride, override, setOverride }}
            invalid={invalid}
          />
          <RecurrenceFields
            idBase={id}
            value={draft.recurrence}
            onChange={(v) => set('recurrence', v)}
            start={{ date: draft.date, time: draft.time, zone: draft.timeZone }}
            error={errors.recurrence?.message ?? null}
          />
          <ItemContextFields idBase={id} strategy={strategy} campaigns={campaigns} draft={draft} set={set} />
          <ItemDetailsFields idBase={id} draft={draft} set={set} errors={errors} />
          <FormAlert message={error} id={`${id}-form-error`} />
          {unsaved ? (
            <p id={`${id}-dup-hint`} className="field-hint">
              Save or cancel your changes to duplicate this post.
            </p>
          ) : null}
          <button type="submit" hidden />
        </form>
      )}
    </Dialog>
  );
}
