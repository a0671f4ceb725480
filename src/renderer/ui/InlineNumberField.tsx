import { parseNumberInput } from '../../shared/validation';
import { EditNotice } from './EditNotice';
import { FieldFrame } from './Field';
import { useInlineEdit, type Parsed } from './useInlineEdit';

export interface InlineNumberFieldProps {
  label: string;
  /** Told to assistive technology after the label, when the field repeats on the screen (see FieldFrame). */
  context?: string;
  /** How the value is named in messages, e.g. "Target" gives "Target must be a number". */
  subject?: string;
  value: number | null;
  onSave: (next: number | null) => Promise<number | null>;
  hideLabel?: boolean;
  /** Refuse an empty field (for values that must exist, such as a year). */
  required?: boolean;
  integer?: boolean;
  placeholder?: string;
  className?: string;
}

export function formatNumber(value: number | null): string {
  return value === null ? '' : String(value);
}

/**
 * A number typed as text, so that whatever the person typed stays in the field: text that is not
 * a number shows "<subject> must be a number", is marked invalid, and is not saved.
 */
export function InlineNumberField(props: InlineNumberFieldProps) {
  const { label, context, subject = label, value, onSave, hideLabel, required, integer, placeholder, className } = props;
  const parse = (text: string): Parsed<number | null> => {
    const parsed = parseNumberInput(text);
    if (!parsed.ok) return { ok: false, message: `${subject} must be a number` };
    if (parsed.value === null && required) return { ok: false, message: `${subject} is required` };
    if (parsed.value !== null && integer && !Number.isInteger(parsed.value)) {
      return { ok: false, message: `${subject} must be a whole number` };
    }
    return { ok: true, value: parsed.value };
  };
  const edit = useInlineEdit({ value, format: formatNumber, parse, save: onSave });
  return (
    <FieldFrame label={label} context={context} hideLabel={hideLabel} error={edit.error} status={edit.status} notice={<EditNotice edit={edit} />} className={className}>
      {({ inputId, describedBy }) => (
        <input dir="auto"
          id={inputId}
          type="text"
          inputMode="decimal"
          className="inline-input inline-number"
          placeholder={placeholder}
          aria-describedby={describedBy}
          autoComplete="off"
          {...edit.inputProps}
        />
      )}
    </FieldFrame>
  );
}
