// Time for the calendar. An item is an instant (UTC) plus the IANA zone it is planned in, so "09:00 in
// Africa/Nairobi" is 09:00 there whatever daylight saving does elsewhere. Moving an item to another day
// keeps its local time in its own zone; a series repeats at the same local time across DST changes.
import { TZDate, tzOffset } from '@date-fns/tz';
import { addDays, addMonths, addWeeks, differenceInCalendarDays, format, getDaysInMonth } from 'date-fns';
import { WEEKDAYS, type Recurrence, type Weekday } from './calendar';
import { isLocalDate, localNoon } from './dates';

export { isLocalDate } from './dates';

const zoneCache = new Map<string, boolean>();

/** Whether the runtime knows this IANA zone ("Africa/Nairobi", "UTC"). */
export function isValidTimeZone(zone: string): boolean {
  const known = zoneCache.get(zone);
  if (known !== undefined) return known;
  let ok = false;
  if (zone.length > 0 && zone.length <= 64) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      ok = true;
    } catch {
      ok = false;
    }
  }
  zoneCache.set(zone, ok);
  return ok;
}

let knownZones: Map<string, string> | null = null;
/** The runtime's own zone names, by their lower-case spelling. */
function zoneNames(): Map<string, string> {
  if (!knownZones) {
    const names = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    knownZones = new Map([...names, 'UTC'].map((name) => [name.toLowerCase(), name]));
  }
  return knownZones;
}

/**
 * The name a zone is stored and exported under: "europe/PARIS" -> "Europe/Paris", "utc" -> "UTC",
 * and an old alias ("US/Pacific-New", "EST5EDT") -> the zone it stands for ("America/Los_Angeles",
 * "America/New_York"); null for a zone the runtime does not know or only knows as a raw offset
 * ("Etc/GMT+5", whose sign reads backwards). Calendar readers match TZIDs by exact spelling.
 */
export function canonicalTimeZone(zone: string): string | null {
  const typed = zone.trim();
  if (!isValidTimeZone(typed)) return null;
  const names = zoneNames();
  const spelled = names.get(typed.toLowerCase());
  if (spelled) return spelled;
  const resolved = new Intl.DateTimeFormat('en', { timeZone: typed }).resolvedOptions().timeZone;
  return names.get(resolved.toLowerCase()) ?? null;
}

/**
 * Whether a stored zone name (typed here or on another laptop, whose runtime may call a zone by a
 * newer or older name, "Asia/Kolkata" or "Asia/Calcutta") is one this runtime accepts in its usual spelling.
 */
export function isStoredTimeZone(zone: string): boolean {
  const canonical = canonicalTimeZone(zone);
  if (canonical === null) return false;
  return zone === canonical || /^[A-Z][A-Za-z_-]*(\/[A-Z][A-Za-z0-9_-]*)+$/.test(zone);
}

export function unknownZoneMessage(zone: string): string {
  return `Unknown time zone "${zone.slice(0, 64)}": use an IANA name such as Africa/Nairobi or Europe/Paris`;
}

export class TimeZoneError extends Error {}

function assertZone(zone: string): void {
  if (!isValidTimeZone(zone)) throw new TimeZoneError(unknownZoneMessage(zone));
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2027-05-12" → "12 May 2027", as a planner reads a day. By hand: every save words its warnings, and Intl is slow. */
export function dayName(date: string): string {
  return `${Number(date.slice(8, 10))} ${MONTH_NAMES[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}

/** "2027-05" → "May 2027". */
export function monthName(month: string): string {
  return `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isLocalTime(value: string): boolean {
  return TIME_RE.test(value);
}

/**
 * The UTC instant (ISO) of a wall-clock time in a zone. A time that does not exist (the hour skipped
 * when clocks go forward) resolves to the same clock reading after the jump, as calendars do.
 */
export function localToInstant(date: string, time: string, zone: string): string {
  assertZone(zone);
  const d = DATE_RE.exec(date);
  const t = TIME_RE.exec(time);
  if (!d || !t || !isLocalDate(date)) throw new RangeError(`Not a date and time: ${date} ${time}`);
  // isLocalDate keeps years in DATE_YEAR_MIN..MAX: TZDate, like Date, would read 0-99 as 1900-1999.
  const local = new TZDate(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]), 0, zone);
  return new Date(local.getTime()).toISOString();
}

/** The local date and time of an instant in a zone. */
export function instantToLocal(instant: string, zone: string): { date: string; time: string } {
  assertZone(zone);
  // The zone's offset at that instant, applied in UTC arithmetic: the same answer as formatting a
  // TZDate, several times faster (a month view converts thousands of instants).
  const ms = Date.parse(instant);
  const iso = new Date(ms + offsetAt(zone, ms) * 60_000).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/** The offset of a zone at an instant, in minutes east of UTC. */
export function offsetMinutes(zone: string, instant: string | number): number {
  assertZone(zone);
  return offsetAt(zone, new Date(instant).getTime());
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Per zone, the offset of each UTC day that has no clock change in it. */
const steadyDays = new Map<string, Map<number, number>>();

/**
 * tzOffset asks Intl, which costs microseconds a call, and a busy month converts thousands of
 * instants. A day whose offset is the same at its first and last millisecond has no clock change
 * (zones change at most once a day), so its offset is kept; days with a change are always asked.
 */
function offsetAt(zone: string, ms: number): number {
  let days = steadyDays.get(zone);
  if (!days) steadyDays.set(zone, (days = new Map()));
  const day = Math.floor(ms / DAY_MS);
  const kept = days.get(day);
  if (kept !== undefined) return kept;
  const offset = tzOffset(zone, new Date(ms));
  if (Number.isNaN(offset)) return offset;
  if (tzOffset(zone, new Date(day * DAY_MS)) === offset && tzOffset(zone, new Date((day + 1) * DAY_MS - 1)) === offset) {
    if (days.size >= 4000) days.clear(); // about ten years of days a zone; plenty for any view
    days.set(day, offset);
  }
  return offset;
}

/** The time a post takes on a day when nothing gives it one: the hour most missions post first. */
export const DEFAULT_POST_TIME = '09:00';

/**
 * The local time a post has on the day it is moved or copied to: the time the move names, else the
 * post's own local time in its own zone (09:00 in Nairobi stays 09:00 there), else DEFAULT_POST_TIME
 * for a post coming from the backlog.
 */
export function timeOnNewDay(named: string | null | undefined, scheduledAt: string | null, zone: string): string {
  return named ?? (scheduledAt ? instantToLocal(scheduledAt, zone).time : DEFAULT_POST_TIME);
}

/** Moves an item to another local date in its own zone, keeping its local time. */
export function moveToDate(instant: string, zone: string, date: string): string {
  return localToInstant(date, instantToLocal(instant, zone).time, zone);
}

/** The planner's view of an instant ("14:00 in Europe/Paris") beside the audience's own local time. */
export function describeInZones(instant: string, itemZone: string, plannerZone: string): { planner: { date: string; time: string }; local: { date: string; time: string } } {
  return { planner: instantToLocal(instant, plannerZone), local: instantToLocal(instant, itemZone) };
}

// Recurrence ---------------------------------------------------------------------------------------

/** The stored rule text: "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;UNTIL=2027-06-30" (UNTIL is a local date). */
export function formatRule(rule: Omit<Recurrence, 'exceptions'>): string {
  const parts = [`FREQ=${rule.freq.toUpperCase()}`, `INTERVAL=${rule.interval}`];
  if (rule.freq === 'weekly' && rule.byDay.length > 0) parts.push(`BYDAY=${rule.byDay.join(',')}`);
  if (rule.until) parts.push(`UNTIL=${rule.until}`);
  if (rule.count) parts.push(`COUNT=${rule.count}`);
  return parts.join(';');
}

/** Reads a stored rule; anything malformed (e.g. from another replica) reads as null: no series. */
export function parseRule(text: string | null, exceptions: string[] = []): Recurrence | null {
  if (!text) return null;
  const fields = new Map(text.split(';').map((p) => p.split('=') as [string, string | undefined]));
  const freq = fields.get('FREQ');
  if (freq !== 'WEEKLY' && freq !== 'MONTHLY') return null;
  const interval = Number(fields.get('INTERVAL') ?? '1');
  if (!Number.isInteger(interval) || interval < 1 || interval > 52) return null;
  const byDay = (fields.get('BYDAY') ?? '').split(',').filter((d): d is Weekday => (WEEKDAYS as readonly string[]).includes(d));
  const until = fields.get('UNTIL') ?? null;
  const countText = fields.get('COUNT');
  const count = countText ? Number(countText) : null;
  if (until !== null && !isLocalDate(until)) return null;
  if (count !== null && (!Number.isInteger(count) || count < 1)) return null;
  return { freq: freq === 'WEEKLY' ? 'weekly' : 'monthly', interval, byDay: freq === 'WEEKLY' ? byDay : [], until, count, exceptions };
}

/** Safety stop for open-ended series: at most this many occurrences are generated per expansion. */
export const MAX_OCCURRENCES = 2000;

function weekdayOf(date: Date): Weekday {
  return WEEKDAYS[(date.getDay() + 6) % 7]!;
}

function parseLocalDate(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return localNoon(y, m - 1, d);
}

/** The local dates of a series, in order, from its first date (the item's own), honouring count and until but not exceptions. */
function* seriesDates(startDate: string, rule: Recurrence): Generator<string> {
  const start = parseLocalDate(startDate);
  let produced = 0;
  const done = (date: string) => (rule.until !== null && date > rule.until) || (rule.count !== null && produced >= rule.count);
  if (rule.freq === 'weekly') {
    const days = rule.byDay.length > 0 ? rule.byDay : [weekdayOf(start)];
    const monday = addDays(start, -((start.getDay() + 6) % 7));
    for (let week = 0; produced < MAX_OCCURRENCES * 4; week += rule.interval) {
      const weekStart = addWeeks(monday, week);
      for (let i = 0; i < 7; i++) {
        const day = addDays(weekStart, i);
        if (!days.includes(weekdayOf(day)) || differenceInCalendarDays(day, start) < 0) continue;
        const date = format(day, 'yyyy-MM-dd');
        if (done(date)) return;
        produced++;
        yield date;
      }
    }
  } else {
    const dayOfMonth = start.getDate();
    for (let step = 0; produced < MAX_OCCURRENCES * 4; step += rule.interval) {
      const month = addMonths(localNoon(start.getFullYear(), start.getMonth(), 1), step);
      // As RRULE: a month without that day (31 in April) has no occurrence.
      if (dayOfMonth > getDaysInMonth(month)) continue;
      const date = format(localNoon(month.getFullYear(), month.getMonth(), dayOfMonth), 'yyyy-MM-dd');
      if (done(date)) return;
      produced++;
      yield date;
    }
  }
}

/**
 * The occurrences of an item in [fromInstant, toInstant): each at the item's local time in its zone on
 * its local date, so a 09:00 series stays at 09:00 local across daylight-saving changes.
 * Without a rule, the item's own instant (if it falls in the range).
 */
export function expandOccurrences(
  scheduledAt: string,
  zone: string,
  rule: Recurrence | null,
  fromInstant: string,
  toInstant: string,
): { at: string; date: string; time: string }[] {
  const local = instantToLocal(scheduledAt, zone);
  if (!rule) return scheduledAt >= fromInstant && scheduledAt < toInstant ? [{ at: scheduledAt, ...local }] : [];
  const out: { at: string; date: string; time: string }[] = [];
  const exceptions = new Set(rule.exceptions);
  // Local dates can be a day either side of the UTC range.
  const lastDate = format(addDays(new Date(Date.parse(toInstant)), 2), 'yyyy-MM-dd');
  for (const date of seriesDates(local.date, rule)) {
    if (date > lastDate || out.length >= MAX_OCCURRENCES) break;
    if (exceptions.has(date)) continue;
    const at = localToInstant(date, local.time, zone);
    if (at >= fromInstant && at < toInstant) out.push({ at, date, time: local.time });
  }
  return out;
}

/** The last local date of a series, or null when it is open-ended. */
export function seriesEnd(startDate: string, rule: Recurrence): string | null {
  if (rule.until) return rule.until;
  if (rule.count === null) return null;
  let last: string | null = null;
  for (const date of seriesDates(startDate, rule)) last = date;
  return last;
}
