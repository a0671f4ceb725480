// Tags, hashtags, links and notes of a post. Lists are typed as plain text (commas, or one link a
// line) and echoed as tokens below; the core judges each entry and its message shows by the field.
import type { ReactNode } from 'react';
import type { Draft, FieldError } from './itemDraft';
import { splitHashtags, splitLinks, splitTags } from './itemDraft';

type Set = <K extends keyof Draft>(key: K, value: Draft[K]) => void;

/** The core's message, naming the entry it is about ("“www.x” is not accepted: …"). */
function message(error: FieldError | undefined, entries: string[]): string | null {
  if (!error) return null;
  const entry = error.index !== null ? entries[error.index] : undefined;
  return entry ? `“${entry}”: ${error.message}` : error.message;
}

function Field({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error: string | null; children: ReactNode }) {
  return (
    <div className={`form-field ed-field${error ? ' ed-field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {error ? (
        <p id={`${id}-error`} className="ed-error" role="alert">
          {error}
        </p>
      ) : null}
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

function Tokens({ values, hash }: { values: string[]; hash?: boolean }) {
  if (values.length === 0) return null;
  return (
    // A visual echo of the field above; the field itself is what assistive technology reads.
    <ul className="ed-tokens" aria-hidden="true">
      {values.map((v) => (
        <li key={v} className="ed-token">
          {hash && !v.startsWith('#') ? `#${v}` : v}
        </li>
      ))}
    </ul>
  );
}

const described = (id: string, error: string | null) => [error ? `${id}-error` : '', `${id}-hint`].filter(Boolean).join(' ');

export function ItemDetailsFields({ idBase, draft, set, errors }: { idBase: string; draft: Draft; set: Set; errors: Record<string, FieldError> }) {
  const tags = splitTags(draft.tags);
  const hashtags = splitHashtags(draft.hashtags);
  const links = splitLinks(draft.links);
  const tagError = message(errors.tags, tags);
  const hashError = message(errors.hashtags, hashtags);
  const linkError = message(errors.links, links);
  const notesError = message(errors.notes, []);
  const ids = { tags: `${idBase}-tags`, hashtags: `${idBase}-hashtags`, links: `${idBase}-links`, notes: `${idBase}-notes` };
  return (
    <fieldset className="choice-group ed-details">
      <legend>Tags, links and notes</legend>
      <div className="form-row ed-row">
        <Field id={ids.tags} label="Tags" hint="Separate tags with commas." error={tagError}>
          <input dir="auto"
            id={ids.tags}
            className="inline-input"
            value={draft.tags}
            placeholder="education, alumni"
            onChange={(e) => set('tags', e.target.value)}
            aria-invalid={tagError ? true : undefined}
            aria-describedby={described(ids.tags, tagError)}
          />
          <Tokens values={tags} />
        </Field>
        <Field id={ids.hashtags} label="Hashtags" hint="Separate with spaces or commas; the # is added for you." error={hashError}>
          <input dir="auto"
            id={ids.hashtags}
            className="inline-input"
            value={draft.hashtags}
            placeholder="#StudyInAurelia"
            onChange={(e) => set('hashtags', e.target.value)}
            aria-invalid={hashError ? true : undefined}
            aria-describedby={described(ids.hashtags, hashError)}
          />
          <Tokens values={hashtags} hash />
        </Field>
      </div>
      <Field id={ids.links} label="Links" hint="One full web address a line, such as https://example.org/page." error={linkError}>
        <textarea dir="auto"
          id={ids.links}
          className="inline-input inline-textarea ed-links"
          rows={2}
          value={draft.links}
          onChange={(e) => set('links', e.target.value)}
          aria-invalid={linkError ? true : undefined}
          aria-describedby={described(ids.links, linkError)}
        />
      </Field>
      <Field id={ids.notes} label="Notes" hint="For the team: sources, who to tag, what to check before posting." error={notesError}>
        <textarea dir="auto"
          id={ids.notes}
          className="inline-input inline-textarea"
          rows={3}
          value={draft.notes}
          onChange={(e) => set('notes', e.target.value)}
          aria-invalid={notesError ? true : undefined}
          aria-describedby={described(ids.notes, notesError)}
        />
      </Field>
    </fieldset>
  );
}
