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

export const id = z.string({ error: 'An id is required' }).min(1, 'An id is required').max(64, 'That id is too long');

export const title = (what = 'Title') =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .min(1, `${what} cannot be empty`)
    .max(TITLE_MAX, `${what} is too long (at most ${TITLE_MAX} characters)`);

export const text = (what = 'Text') =>
  z.string({ error: `${what} must be text` }).max(TEXT_MAX, `${what} is too long (at most ${TEXT_MAX} characters)`);

export const shortText = (what: string) =>
  z.string({ error: `${what} must be text` }).trim().max(TITLE_MAX, `${what} is too long (at most ${TITLE_MAX} characters)`);

export const year = z
  .number({ error: 'Year must be a number' })
  .int('Year must be a whole number')
  .min(YEAR_MIN, `Year must be between ${YEAR_MIN} and ${YEAR_MAX}`)
  .max(YEAR_MAX, `Year must be between ${YEAR_MIN} and ${YEAR_MAX}`);

export const kpiNumber = (what: string) =>
  z.number({ error: `${what} must be a number` }).finite(`${what} must be a finite number`).nullable();

export const isoDate = z.iso.date({ error: 'Dates must be written as YYYY-MM-DD' }).nullable();

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
