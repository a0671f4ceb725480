import { useId, useState, type FormEvent } from 'react';
import { directionOf, type MessageVersion } from '../../../shared/audiences';
import { languageTag } from '../../../shared/validation';
import { mutate, useMutation } from '../../api';
import { Button, IconButton } from '../../ui/Button';
import { errorText } from '../../ui/errorText';
import { FieldFrame } from '../../ui/Field';
import { keepFocusWhenRemoved } from '../../ui/focusFallback';
import { useToast } from '../../ui/Toast';
import { useFormErrors } from '../../ui/useFormErrors';
import { useInlineEdit } from '../../ui/useInlineEdit';
import { useOfferUndoOfLatest } from '../audiences/undo';
import { languageName } from './language';

const identity = (t: string) => t;
const accept = (t: string) => ({ ok: true as const, value: t });

/** The writing direction for what is being typed: only once the tag is a real one. */
function directionFor(tag: string): 'ltr' | 'rtl' {
  return languageTag.safeParse(tag).success ? directionOf(tag.trim()) : 'ltr';
}

/** One language version of a key message: its tag and its text, written in its own direction. */
export function VersionItem({ version, messageName }: { version: MessageVersion; messageName: string }) {
  const { notify } = useToast();
  const offerUndo = useOfferUndoOfLatest();
  const language = useInlineEdit({
    value: version.language,
    format: identity,
    parse: accept,
    save: async (next) => (await mutate('messageVersion.update', { id: version.id, patch: { language: next } })).language,
  });
  const text = useInlineEdit({
    value: version.text,
    format: identity,
    parse: accept,
    multiline: true,
    save: async (next) => (await mutate('messageVersion.update', { id: version.id, patch: { text: next } })).text,
  });
  const dir = directionOf(version.language);
  const name = languageName(version.language);

  async function remove() {
    keepFocusWhenRemoved();
    try {
      await mutate('messageVersion.remove', { id: version.id });
      await offerUndo(`${name} version removed`);
    } catch (e) {
      notify({ kind: 'error', message: errorText(e) });
    }
  }

  return (
    <li className="version" data-direction={dir}>
      <div className="version-head">
        <FieldFrame label={`Language of the ${name} version of ${messageName}`} hideLabel error={language.error} status={language.status} className="version-lang">
          {({ inputId, describedBy }) => (
            <input dir="auto" id={inputId} className="inline-input" spellCheck={false} autoComplete="off" aria-describedby={describedBy} {...language.inputProps} />
          )}
        </FieldFrame>
        <span className="version-name">
          {name}
          {dir === 'rtl' ? <span className="version-dir"> · right to left</span> : null}
        </span>
        <IconButton icon="trash" variant="danger" label={`Remove the ${name} version of ${messageName}`} onClick={() => void remove()} />
      </div>
      <FieldFrame label={`${name} text of ${messageName}`} hideLabel error={text.error} status={text.status}>
        {({ inputId, describedBy }) => (
          <textarea
            id={inputId}
            className="inline-input inline-textarea version-text"
            dir={dir}
            lang={version.language}
            rows={2}
            aria-describedby={describedBy}
            {...text.inputProps}
          />
        )}
      </FieldFrame>
    </li>
  );
}

/** Adds a translation: the language tag first, then the text in that language's direction. */
export function AddVersionForm({ messageId, messageName }: { messageId: string; messageName: string }) {
  const [open, setOpen] = useState(false);
  const [language, setLanguage] = useState('');
  const [text, setText] = useState('');
  const errors = useFormErrors(['language', 'text']);
  const create = useMutation('messageVersion.create');
  const hintId = useId();
  const dir = directionFor(language);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await create.mutate({ audienceMessageId: messageId, language, text });
      setLanguage('');
      setText('');
      errors.clear();
      setOpen(false);
    } catch (e) {
      errors.show(e);
    }
  }

  if (!open) {
    return (
      <Button size="small" variant="quiet" icon="plus" onClick={() => setOpen(true)} aria-label={`Add a language version of ${messageName}`}>
        Add language version
      </Button>
    );
  }
  return (
    <form className="version-form" onSubmit={(e) => void submit(e)} noValidate aria-label={`New language version of ${messageName}`}>
      <div className="version-form-row">
        <div className="form-field version-form-lang">
          <label htmlFor={errors.idOf('language')}>Language</label>
          <input dir="auto"
            {...errors.control('language', errors.messages.language ? undefined : hintId)}
            className="inline-input"
            value={language}
            placeholder="e.g. ar, fr, zh-Hant"
            spellCheck={false}
            autoComplete="off"
            autoFocus
            onChange={(e) => setLanguage(e.target.value)}
          />
          {errors.message('language') ?? (
            <p id={hintId} className="field-hint">
              BCP 47 tag{language && languageTag.safeParse(language).success ? `: ${languageName(language.trim())}` : ''}
            </p>
          )}
        </div>
        <div className="form-field version-form-text">
          <label htmlFor={errors.idOf('text')}>Translated message</label>
          <textarea
            {...errors.control('text')}
            className="inline-input inline-textarea"
            dir={dir}
            lang={languageTag.safeParse(language).success ? language.trim() : undefined}
            rows={2}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          {errors.message('text')}
        </div>
      </div>
      {errors.message('form')}
      <div className="form-actions">
        <Button type="submit" size="small" variant="primary" busy={create.pending} disabled={create.pending}>
          Add version
        </Button>
        <Button
          size="small"
          variant="quiet"
          onClick={() => {
            setOpen(false);
            errors.clear();
          }}
        >
          Cancel
        </Button>
      </div>
    </form>
  );
}
