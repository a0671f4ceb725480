import { ChanceryError } from '../../shared/errors';

/** The sentence to show a person for a failed call: the core's field message when there is one. */
export function errorText(error: unknown): string {
  const e = ChanceryError.from(error);
  return e.issues[0]?.message ?? e.message;
}

/** Messages per field name (the last part of each issue's path), for forms with several fields. */
export function issuesByField(error: unknown): Record<string, string> {
  const e = ChanceryError.from(error);
  const out: Record<string, string> = {};
  for (const issue of e.issues) {
    const field = issue.path.split('.').pop() ?? '';
    out[field] ??= issue.message;
  }
  return out;
}
