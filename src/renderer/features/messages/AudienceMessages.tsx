import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import type { Audience, AudienceMessage, MessageHouse } from '../../../shared/audiences';
import type { Platform } from '../../../shared/domain';
import { mutate, useCall, useMutation } from '../../api';
import { strategyHref } from '../../app/routes';
import { Button, IconButton } from '../../ui/Button';
import { errorText } from '../../ui/errorText';
import { keepFocusWhenRemoved } from '../../ui/focusFallback';
import { Icon } from '../../ui/Icon';
import { InlineTextField } from '../../ui/InlineTextField';
import { useToast } from '../../ui/Toast';
import { useFormErrors } from '../../ui/useFormErrors';
import { PlatformChoices } from '../audiences/detail/PlatformChoices';
import { PRIORITY_LABELS, byPriorityThenName, kindLabel, quadrantLabel } from '../audiences/model';
import { useOfferUndoOfLatest } from '../audiences/undo';
import { AddVersionForm, VersionItem } from './VersionFields';

const PICKER_LIMIT = 150;

/** For each audience, the key messages it should hear, in which languages, on which platforms. */
export function AudienceMessages({
  strategyId,
  platforms,
  audiences,
  selectedId,
}: {
  strategyId: string;
  platforms: Platform[];
  audiences: Audience[];
  selectedId: string | undefined;
}) {
  const { data: messages } = useCall('audienceMessage.list', { strategyId });
  const { data: house } = useCall('messageHouse.get', { strategyId });
  const [find, setFind] = useState('');
  const [showAll, setShowAll] = useState(false);
  const id = useId();

  const byAudience = useMemo(() => {
    const map = new Map<string, AudienceMessage[]>();
    for (const m of messages ?? []) map.set(m.audienceId, [...(map.get(m.audienceId) ?? []), m]);
    return map;
  }, [messages]);
  const sorted = useMemo(() => [...audiences].sort(byPriorityThenName), [audiences]);
  const listed = useMemo(() => {
    const needle = find.trim().toLowerCase();
    return needle ? sorted.filter((a) => a.name.toLowerCase().includes(needle)) : sorted;
  }, [sorted, find]);
  const selected = audiences.find((a) => a.id === selectedId) ?? sorted[0];

  return (
    <section className="audience-messages" aria-labelledby={`${id}-heading`}>
      <div className="section-head">
        <h2 id={`${id}-heading`} className="section-heading">
          Audience messages
        </h2>
        <p className="muted section-note">Choose an audience, then write what it should hear, in which languages and on which platforms.</p>
      </div>
      <div className="am-layout">
        <nav className="panel am-picker" aria-label="Audiences">
          <div className="am-find">
            <label htmlFor={`${id}-find`} className="sr-only">
              Find an audience
            </label>
            <input dir="auto"
              id={`${id}-find`}
              type="search"
              className="inline-input"
              placeholder="Find an audience"
              value={find}
              autoComplete="off"
              onChange={(e) => setFind(e.target.value)}
            />
          </div>
          <ul className="am-picker-list">
            {(showAll ? listed : listed.slice(0, PICKER_LIMIT)).map((a) => {
              const own = byAudience.get(a.id) ?? [];
              const gap = own.length === 0 || own.every((m) => m.platformIds.length === 0);
              return (
                <li key={a.id}>
                  <a
                    href={strategyHref(strategyId, 'messages', a.id)}
                    className="am-picker-link"
                    aria-current={a.id === selected?.id ? 'true' : undefined}
                  >
                    <span className="am-picker-name">{a.name}</span>
                    <span className="am-picker-meta">
                      {a.priority === 'high' ? <span className="am-high">High priority · </span> : null}
                      {own.length === 0 ? 'no messages' : own.length === 1 ? '1 message' : `${own.length} messages`}
                      {gap && a.priority === 'high' ? (
                        <span className="am-gap" title="A priority audience without a message or a platform">
                          <Icon name="alert" size={12} />
                          <span className="sr-only">, gap</span>
                        </span>
                      ) : null}
                    </span>
                  </a>
                </li>
              );
            })}
          </ul>
          {!showAll && listed.length > PICKER_LIMIT ? (
            <div className="list-more">
              <Button size="small" variant="quiet" onClick={() => setShowAll(true)}>
                Show all {listed.length}
              </Button>
            </div>
          ) : null}
        </nav>
        {selected ? (
          <AudienceMessageEditor
            key={selected.id}
            focusOnOpen={selected.id === selectedId}
            strategyId={strategyId}
            audience={selected}
            messages={byAudience.get(selected.id) ?? []}
            platforms={platforms}
            house={house}
          />
        ) : null}
      </div>
    </section>
  );
}

function AudienceMessageEditor({
  strategyId,
  audience,
  messages,
  platforms,
  house,
  focusOnOpen,
}: {
  focusOnOpen: boolean;
  strategyId: string;
  audience: Audience;
  messages: AudienceMessage[];
  platforms: Platform[];
  house: MessageHouse | undefined;
}) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // Chosen from the list, a search result or another screen: bring the audience's messages into
  // view and announce them (after the app has finished moving focus to the page heading).
  useEffect(() => {
    if (!focusOnOpen) return;
    let second = 0;
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() => {
        heading.current?.focus({ preventScroll: true });
        heading.current?.closest('.am-editor')?.scrollIntoView({ block: 'start' });
      });
    });
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
    };
  }, [focusOnOpen]);
  return (
    <div className="panel am-editor" aria-labelledby={`${id}-name`} role="region">
      <div className="am-editor-head">
        <div>
          <h3 id={`${id}-name`} className="am-editor-title" ref={heading} tabIndex={-1}>
            Messages for {audience.name}
          </h3>
          <p className="muted am-editor-meta">
            {kindLabel(audience)} · {quadrantLabel(audience)} · {PRIORITY_LABELS[audience.priority].toLowerCase()} priority
            {audience.languages.length > 0 ? ` · speaks ${audience.languages.join(', ')}` : ''}
          </p>
        </div>
        <a className="btn btn-quiet btn-small" href={strategyHref(strategyId, 'audiences', audience.id)}>
          Open audience
        </a>
      </div>
      {messages.length === 0 ? (
        <p className="empty-line">No key messages for this audience yet.</p>
      ) : (
        <ol className="am-list">
          {messages.map((m, i) => (
            <MessageCard key={m.id} message={m} index={i} audience={audience} platforms={platforms} house={house} strategyId={strategyId} />
          ))}
        </ol>
      )}
      <AddMessageForm audience={audience} house={house} />
    </div>
  );
}

function pillarOptions(house: MessageHouse | undefined) {
  return (house?.pillars ?? []).map((p, i) => ({ id: p.id, label: `Pillar ${i + 1}: ${p.text.length > 60 ? `${p.text.slice(0, 58)}…` : p.text}` }));
}

function MessageCard({
  message,
  index,
  audience,
  platforms,
  house,
  strategyId,
}: {
  message: AudienceMessage;
  index: number;
  audience: Audience;
  platforms: Platform[];
  house: MessageHouse | undefined;
  strategyId: string;
}) {
  const { mutate: update } = useMutation('audienceMessage.update');
  const { notify } = useToast();
  const offerUndo = useOfferUndoOfLatest();
  const name = `key message ${index + 1}`;
  const id = useId();
  const pillars = pillarOptions(house);

  async function remove() {
    keepFocusWhenRemoved();
    try {
      await mutate('audienceMessage.remove', { id: message.id });
      await offerUndo(`Key message ${index + 1} removed`);
    } catch (e) {
      notify({ kind: 'error', message: errorText(e) });
    }
  }

  async function setPillar(pillarId: string) {
    try {
      await update({ id: message.id, patch: { pillarId: pillarId || null } });
    } catch (e) {
      notify({ kind: 'error', message: errorText(e) });
    }
  }

  return (
    <li className="am-card" data-item-id={message.id}>
      <div className="am-card-head">
        <h4 className="pillar-number">Key message {index + 1}</h4>
        <IconButton icon="trash" variant="danger" label={`Remove ${name}`} onClick={() => void remove()} />
      </div>
      <InlineTextField
        label={`Text of ${name}`}
        hideLabel
        multiline
        value={message.text}
        draftKey={`audienceMessage:${message.id}:text`}
        onSave={async (text) => (await update({ id: message.id, patch: { text } })).text}
      />
      <div className="am-card-row">
        <div className="form-field am-pillar">
          <label htmlFor={`${id}-pillar`}>Pillar it serves</label>
          <div className="select-wrap">
            <select id={`${id}-pillar`} className="inline-input inline-select" value={message.pillarId ?? ''} onChange={(e) => void setPillar(e.target.value)}>
              <option value="">None</option>
              {pillars.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </select>
          </div>
        </div>
        <PlatformChoices
          strategyId={strategyId}
          platforms={platforms}
          value={message.platformIds}
          legend={`Platforms for ${name}`}
          onSave={(platformIds) => update({ id: message.id, patch: { platformIds } })}
        />
      </div>
      {message.platformIds.length === 0 ? (
        <p className="warning-note am-warn">
          <Icon name="alert" size={14} />
          <span>No platform chosen: this message will not reach {audience.name}.</span>
        </p>
      ) : null}
      <div className="versions">
        <h5 className="proofs-heading">Language versions</h5>
        {message.versions.length === 0 ? (
          <p className="empty-line">{audience.languages.length > 0 ? `This audience speaks ${audience.languages.join(', ')}.` : 'Only the text above so far.'}</p>
        ) : (
          <ul className="version-list">
            {message.versions.map((v) => (
              <VersionItem key={v.id} version={v} messageName={name} />
            ))}
          </ul>
        )}
        <AddVersionForm messageId={message.id} messageName={name} />
      </div>
    </li>
  );
}

function AddMessageForm({ audience, house }: { audience: Audience; house: MessageHouse | undefined }) {
  const [text, setText] = useState('');
  const [pillarId, setPillarId] = useState('');
  const errors = useFormErrors(['text']);
  const create = useMutation('audienceMessage.create');
  const id = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await create.mutate({
        audienceId: audience.id,
        text,
        ...(pillarId ? { pillarId } : {}),
        // The audience's own platforms are the natural first choice; they can be changed after.
        platformIds: audience.platformIds,
      });
      setText('');
      errors.clear();
    } catch (e) {
      errors.show(e);
    }
  }

  return (
    <form className="am-add" onSubmit={(e) => void submit(e)} noValidate aria-label={`Add a key message for ${audience.name}`}>
      <div className="form-field">
        <label htmlFor={errors.idOf('text')}>New key message</label>
        <textarea dir="auto"
          {...errors.control('text')}
          className="inline-input inline-textarea"
          rows={2}
          value={text}
          placeholder={`What should ${audience.name} hear?`}
          onChange={(e) => setText(e.target.value)}
        />
        {errors.message('text')}
      </div>
      <div className="am-add-row">
        <div className="form-field am-pillar">
          <label htmlFor={`${id}-pillar`}>Pillar</label>
          <div className="select-wrap">
            <select id={`${id}-pillar`} className="inline-input inline-select" value={pillarId} onChange={(e) => setPillarId(e.target.value)}>
              <option value="">None</option>
              {pillarOptions(house).map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </select>
          </div>
        </div>
        <Button type="submit" variant="primary" icon="plus" busy={create.pending} disabled={create.pending}>
          Add key message
        </Button>
      </div>
      {errors.message('form')}
    </form>
  );
}
