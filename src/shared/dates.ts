// Calendar dates as text (YYYY-MM-DD), checked without JavaScript's Date constructors: `new Date(y, …)`
// and `Date.UTC(y, …)` read years 0 to 99 as 1900 to 1999, so every date built from parts goes
// through utcMillis, which sets the full year explicitly.

/**
 * The years a plan, a contact or a deadline may fall in. Beyond them a date is a typing slip (0202,
 * 9999), and refusing it keeps every rule that walks days or years (time-zone blocks, observances,
 * series) cheap.
 */
export const DATE_YEAR_MIN = 1900;
export const DATE_YEAR_MAX = 2200;
export const DATE_RANGE_MESSAGE = `Dates must fall between the years ${DATE_YEAR_MIN} and ${DATE_YEAR_MAX}`;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isYearInRange(year: number): boolean {
  return Number.isInteger(year) && year >= DATE_YEAR_MIN && year <= DATE_YEAR_MAX;
}

/** A real calendar date written YYYY-MM-DD, in the planning years. */
export function isLocalDate(value: string): boolean {
  const m = typeof value === 'string' ? DATE_RE.exec(value) : null;
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isYearInRange(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Why a YYYY-MM-DD text is not a usable date, or null when it is one. */
export function localDateProblem(value: string): string | null {
  if (isLocalDate(value)) return null;
  const m = DATE_RE.exec(value);
  if (!m) return 'Dates must be written as YYYY-MM-DD';
  if (!isYearInRange(Number(m[1]))) return DATE_RANGE_MESSAGE;
  return `${value} is not a day of the calendar`;
}

/** An ISO instant ("2027-05-03T06:00:00Z" or with an offset) in the planning years. */
export function isInstantInRange(value: string): boolean {
  const ms = Date.parse(value);
  if (!Number.isFinite(ms)) return false;
  return isYearInRange(new Date(ms).getUTCFullYear());
}

/** Milliseconds of a UTC date and time given by parts, with no two-digit-year trap (month is 0-based and may overflow). */
export function utcMillis(year: number, month: number, day = 1, hours = 0, minutes = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  date.setUTCHours(hours, minutes, 0, 0);
  return date.getTime();
}

/** A local date at noon as a JS Date in the runtime's zone (for date-fns arithmetic), with no two-digit-year trap. */
export function localNoon(year: number, month: number, day: number): Date {
  const date = new Date(2000, 0, 1, 12);
  date.setFullYear(year, month, day);
  return date;
}
