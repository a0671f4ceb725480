// Field rules, written once and used by the contract (core side) and by forms (renderer side).
import { z } from 'zod';
import {
  OBJECTIVE_KINDS,
  PLATFORM_KINDS,
  PLATFORM_STATUSES,
  STRATEGY_STATUSES,
  TEXT_MAX,
  TITLE_MAX,
  YEAR_MAX,
  YEAR_MIN,
} from './domain';
import { DATE_RANGE_MESSAGE, isInstantInRange, localDateProblem } from './dates';

export const id = z
  .string({ error: 'An id is required' })
  .min(1, 'An id is required')
  .max(64, 'That id is too long')
  .regex(/^[^\s\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+$/, 'That is not an id');

// Invisible characters that can only do harm in a one-line name: control characters (NUL, escape
// sequences, C1) and the bidi embeddings, overrides and isolates (U+202A-202E, U+2066-2069) that make
// a name read differently from what it is. Kept everywhere: ZWJ/ZWNJ (Arabic, Persian, Indic scripts,
// emoji) and the LRM/RLM/ALM marks. Line breaks and tabs in a name become spaces.
const LINE_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
const LINE_JUNK = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
// Long texts keep tabs and line breaks (and bidi controls, which mixed-script prose may need).
const TEXT_JUNK = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** A one-line name, title or handle as stored: no control or bidi override characters. */
export function cleanLine(value: string): string {
  return value.replace(LINE_BREAKS, ' ').replace(LINE_JUNK, '');
}

/** A long text as stored: tabs and line breaks kept, other control characters dropped. */
export function cleanText(value: string): string {
  return value.replace(TEXT_JUNK, '');
}

const line = (what: string) => z.string({ error: `${what} must be text` }).transform(cleanLine);

export const title = (what = 'Title') =>
  line(what).pipe(
    z
      .string()
      .trim()
      .min(1, `${what} cannot be empty`)
      .max(TITLE_MAX, `${what} is too long (at most ${TITLE_MAX} characters)`),
  );

export const text = (what = 'Text') =>
  z
    .string({ error: `${what} must be text` })
    .transform(cleanText)
    .pipe(z.string().max(TEXT_MAX, `${what} is too long (at most ${TEXT_MAX} characters)`));

export const shortText = (what: string) =>
  line(what).pipe(z.string().trim().max(TITLE_MAX, `${what} is too long (at most ${TITLE_MAX} characters)`));

/** A web address a planner can open: http or https only (no javascript:, file:, data:, smb: or ms-msdt:). */
export function isWebLink(value: string): boolean {
  if (value.length > 2000 || /[\s\u0000-\u001f\u007f-\u009f]/.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0 && /^https?:\/\//i.test(value);
}
export const WEB_LINK_MESSAGE = 'Links must be full web addresses (https://…)';
export const webLink = z.string({ error: WEB_LINK_MESSAGE }).trim().refine(isWebLink, WEB_LINK_MESSAGE);

export const year = z
  .number({ error: 'Year must be a number' })
  .int('Year must be a whole number')
  .min(YEAR_MIN, `Year must be between ${YEAR_MIN} and ${YEAR_MAX}`)
  .max(YEAR_MAX, `Year must be between ${YEAR_MIN} and ${YEAR_MAX}`);

export const kpiNumber = (what: string) =>
  z.number({ error: `${what} must be a number` }).finite(`${what} must be a finite number`).nullable();

/** A calendar date, YYYY-MM-DD, in the planning years (DATE_YEAR_MIN..DATE_YEAR_MAX). */
export const localDate = z
  .string({ error: 'Dates must be written as YYYY-MM-DD' })
  .refine((value) => localDateProblem(value) === null, { error: (issue) => localDateProblem(String(issue.input)) ?? 'Not a date' });

export const isoDate = localDate.nullable();

/** An ISO date-time with its offset, in the planning years. */
export const instant = z.iso
  .datetime({ offset: true, error: 'Instants must be ISO date-times such as 2027-05-03T06:00:00Z' })
  .refine(isInstantInRange, DATE_RANGE_MESSAGE);

/** A BCP 47 language tag, loosely: "en", "ar", "zh-Hant", "pt-BR". */
export const languageTag = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Languages must be BCP 47 tags such as en, ar or zh-Hant');

export const strategyStatus = z.enum(STRATEGY_STATUSES, { error: 'Unknown strategy status' });
export const objectiveKind = z.enum(OBJECTIVE_KINDS, { error: 'Unknown objective kind' });
export const platformKind = z.enum(PLATFORM_KINDS, { error: 'Unknown platform' });
export const platformStatus = z.enum(PLATFORM_STATUSES, { error: 'Unknown platform status' });

/**
 * Parses what a person typed into a number field. Empty means "no value";
 * anything else must be a plain number (a comma is accepted as decimal mark).
 */
export function parseNumberInput(raw: string): { ok: true; value: number | null } | { ok: false } {
  const trimmed = raw.trim().replace(/\s/g, '');
  if (trimmed === '') return { ok: true, value: null };
  const normalised = /^-?\d+,\d+$/.test(trimmed) ? trimmed.replace(',', '.') : trimmed;
  if (!/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(normalised)) return { ok: false };
  const value = Number(normalised);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false };
}
