import { EditNotice } from './EditNotice';
import { FieldFrame } from './Field';
import { useInlineEdit } from './useInlineEdit';

export interface InlineTextFieldProps {
  label: string;
  /** Told to assistive technology after the label, when the field repeats on the screen (see FieldFrame). */
  context?: string;
  value: string;
  /** Saves the text and resolves with the text the core stored. */
  onSave: (next: string) => Promise<string>;
  hideLabel?: boolean;
  multiline?: boolean;
  /** One line of text that wraps onto more lines when long (Enter still saves). */
  wrap?: boolean;
  placeholder?: string;
  hint?: string;
  /** Visual weight: `title` for a screen's main name, `heading` for an item's name. */
  appearance?: 'normal' | 'title' | 'heading';
  className?: string;
  /** Keeps unsaved text across a reload or crash under this key (see useInlineEdit). */
  draftKey?: string;
}

const identity = (text: string) => text;
const accept = (text: string) => ({ ok: true as const, value: text });

/**
 * Text that saves on blur or Enter (Ctrl+Enter in long text); Escape puts the saved text back.
 * Length and emptiness are judged by the core, whose message is shown beside the field.
 */
export function InlineTextField(props: InlineTextFieldProps) {
  const { label, context, value, onSave, hideLabel, multiline, wrap, placeholder, hint, appearance = 'normal', className, draftKey } = props;
  const edit = useInlineEdit({ value, format: identity, parse: accept, save: onSave, multiline, draftKey });
  const { onChange, ...inputProps } = edit.inputProps;
  return (
    <FieldFrame label={label} context={context} hideLabel={hideLabel} hint={hint} error={edit.error} status={edit.status} notice={<EditNotice edit={edit} />} className={className}>
      {({ inputId, describedBy }) =>
        wrap && !multiline ? (
          <textarea dir="auto"
            id={inputId}
            className={`inline-input inline-wrap appearance-${appearance}`}
            placeholder={placeholder}
            aria-describedby={describedBy}
            rows={1}
            spellCheck
            {...inputProps}
            // A title has no line breaks: pasted ones become spaces.
            onChange={(event) => {
              event.target.value = event.target.value.replace(/\r?\n/g, ' ');
              onChange(event);
            }}
          />
        ) : multiline ? (
          <textarea dir="auto"
            id={inputId}
            className={`inline-input inline-textarea appearance-${appearance}`}
            placeholder={placeholder}
            aria-describedby={describedBy}
            rows={3}
            {...inputProps}
            onChange={onChange}
          />
        ) : (
          <input dir="auto"
            id={inputId}
            type="text"
            className={`inline-input appearance-${appearance}`}
            placeholder={placeholder}
            aria-describedby={describedBy}
            autoComplete="off"
            {...inputProps}
            onChange={onChange}
          />
        )
      }
    </FieldFrame>
  );
}
