import { EditNotice } from '../../../ui/EditNotice';
import { FieldFrame } from '../../../ui/Field';
import { useInlineEdit, type Parsed } from '../../../ui/useInlineEdit';
import { splitList } from '../model';

const join = (items: string[]) => items.join(', ');
const parse = (text: string): Parsed<string[]> => ({ ok: true, value: splitList(text) });

/** A short list typed as comma-separated text (regions, tags); saved on leaving the field or Enter. */
export function ListField({
  label,
  value,
  hint,
  placeholder,
  onSave,
}: {
  label: string;
  value: string[];
  hint?: string;
  placeholder?: string;
  onSave: (next: string[]) => Promise<string[]>;
}) {
  const edit = useInlineEdit({ value, format: join, parse, save: onSave });
  return (
    <FieldFrame label={label} hint={hint} error={edit.error} status={edit.status} notice={<EditNotice edit={edit} />}>
      {({ inputId, describedBy }) => (
        <input dir="auto"
          id={inputId}
          type="text"
          className="inline-input"
          autoComplete="off"
          placeholder={placeholder}
          aria-describedby={describedBy}
          {...edit.inputProps}
        />
      )}
    </FieldFrame>
  );
}
