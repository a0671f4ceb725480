import { languageTag } from '../../../shared/validation';
import { FieldFrame } from '../../ui/Field';
import { useInlineEdit, type Parsed } from '../../ui/useInlineEdit';

function formatLanguages(tags: string[]): string {
  return tags.join(', ');
}

/** Comma-separated BCP 47 tags; a tag that is not one is named in the message and nothing is saved. */
export function parseLanguages(text: string): Parsed<string[]> {
  const tags = text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  for (const tag of tags) {
    if (!languageTag.safeParse(tag).success) {
      return { ok: false, message: `“${tag}” is not a language tag. Use BCP 47 tags such as en, ar or zh-Hant, separated by commas.` };
    }
  }
  return { ok: true, value: [...new Set(tags)] };
}

export function LanguagesField({
  label,
  context,
  value,
  onSave,
}: {
  label: string;
  context?: string;
  value: string[];
  onSave: (next: string[]) => Promise<string[]>;
}) {
  const edit = useInlineEdit({ value, format: formatLanguages, parse: parseLanguages, save: onSave });
  return (
    <FieldFrame label={label} context={context} hint="BCP 47 tags separated by commas, e.g. en, fr, ar" error={edit.error} status={edit.status}>
      {({ inputId, describedBy }) => (
        <input dir="auto"
          id={inputId}
          type="text"
          className="inline-input"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={describedBy}
          {...edit.inputProps}
        />
      )}
    </FieldFrame>
  );
}
