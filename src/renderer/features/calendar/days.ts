// Local dates as YYYY-MM-DD strings: the days of a month grid, day arithmetic, and readable labels.
// Pure, no time zones: a local date is the same in every zone.

import { utcMillis } from '../../../shared/dates';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const WEEKDAY_SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function toUtc(date: string): Date {
  return new Date(utcMillis(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))));
}
function fromUtc(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

/** Monday = 0 … Sunday = 6. */
export function weekdayIndex(date: string): number {
  return (toUtc(date).getUTCDay() + 6) % 7;
}

/** The day a week starts on, as a weekdayIndex: Monday (0), Saturday (5) or Sunday (6). */
export type WeekStart = 0 | 5 | 6;
export const WEEK_STARTS: { value: WeekStart; label: string }[] = [
  { value: 0, label: 'Monday' },
  { value: 6, label: 'Sunday' },
  { value: 5, label: 'Saturday' },
];

/** A date's place in a week starting on `start` (0 = the week's first day). */
export function dayOfWeek(date: string, start: WeekStart): number {
  return (weekdayIndex(date) - start + 7) % 7;
}

/** The first day of the week holding `date`. */
export function startOfWeek(date: string, start: WeekStart): string {
  return addDays(date, -dayOfWeek(date, start));
}

/** The first day of the week where the laptop's language and region put it (Intl week info), else Monday. */
export function localeWeekStart(language: string): WeekStart {
  try {
    const locale = new Intl.Locale(language) as Intl.Locale & { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } };
    const firstDay = locale.getWeekInfo?.().firstDay ?? locale.weekInfo?.firstDay ?? 1;
    // Intl counts Monday = 1 … Sunday = 7.
    return firstDay === 7 ? 6 : firstDay === 6 ? 5 : 0;
  } catch {
    return 0;
  }
}

export function addMonths(month: string, n: number): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7)) - 1 + n;
  const d = new Date(utcMillis(y, m, 1));
  return fromUtc(d).slice(0, 7);
}

/** The weeks that show a month: whole weeks (from `start`) from the one holding the 1st to the one holding the last day. */
export function monthWeeks(month: string, start: WeekStart = 0): string[][] {
  const first = `${month}-01`;
  const last = addDays(`${addMonths(month, 1)}-01`, -1);
  let day = startOfWeek(first, start);
  const weeks: string[][] = [];
  while (day <= last) {
    const week: string[] = [];
    for (let i = 0; i < 7; i++) week.push(addDays(day, i));
    weeks.push(week);
    day = addDays(day, 7);
  }
  return weeks;
}

export function monthTitle(month: string): string {
  return `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/** "Tuesday 4 May 2027" */
export function dayLabel(date: string): string {
  return `${WEEKDAY_NAMES[weekdayIndex(date)]} ${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}

/** "4 May" */
export function shortDay(date: string): string {
  return `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]!.slice(0, 3)}`;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** Today's date in a zone (YYYY-MM-DD). Formatters are costly to make, so one per zone is kept. */
export function todayIn(zone: string): string {
  let format = dayFormats.get(zone);
  if (!format) dayFormats.set(zone, (format = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  return format.format(new Date());
}

/** The planner's own zone, as the system reports it. */
export function plannerZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** "Africa/Nairobi" → "Nairobi" */
export function zoneCity(zone: string): string {
  return (zone.split('/').pop() ?? zone).replaceAll('_', ' ');
}

/**
 * The audience's own clock beside a post shown in the planner's zone: null when it reads the same,
 * the time when only the time differs, and the weekday too when the audience's day is another
 * ("Sun 23:00" for a Monday-morning post in Los Angeles, seen from Europe).
 */
export function audienceClock(planner: { date: string; time: string }, local: { date: string; time: string }): string | null {
  if (local.date === planner.date) return local.time === planner.time ? null : local.time;
  return `${WEEKDAY_SHORT[weekdayIndex(local.date)]} ${local.time}`;
}
