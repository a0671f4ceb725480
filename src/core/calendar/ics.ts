// The calendar as iCalendar (RFC 5545), built with ical.js. Each post is a VEVENT at its wall-clock
// time with TZID = its IANA zone, and every zone used gets a VTIMEZONE whose observances are the
// zone's real offset changes (from the runtime's time zone data), so Outlook and other readers place
// posts exactly and keep a series at its local time across daylight-saving changes.
import { tzOffset } from '@date-fns/tz';
import ICAL from 'ical.js';
import { ITEM_STATUS_LABELS, type Campaign, type ContentItem } from '../../shared/calendar';
import { instantToLocal, localToInstant } from '../../shared/calendarTime';
import { utcMillis } from '../../shared/dates';
import type { Platform } from '../../shared/domain';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** How long a post occupies in a reader's calendar. */
const POST_MINUTES = 15;

/** ICS basic form of a local date-time: "2027-05-03" + "09:00" -> ICAL.Time 20270503T090000 (floating). */
function localTime(date: string, time: string): ICAL.Time {
  return ICAL.Time.fromDateTimeString(`${date}T${time}:00`);
}

function offsetAt(zone: string, ms: number): number {
  return tzOffset(zone, new Date(ms));
}

/** The zone's offset changes between two years (inclusive), found day by day then to the minute. */
function transitions(zone: string, firstYear: number, lastYear: number): { at: number; from: number; to: number }[] {
  const out: { at: number; from: number; to: number }[] = [];
  let t = utcMillis(firstYear, 0, 1);
  const end = utcMillis(lastYear + 1, 0, 1);
  let previous = offsetAt(zone, t);
  for (; t < end; t += DAY) {
    const next = offsetAt(zone, t + DAY);
    if (next === previous) continue;
    let lo = t;
    let hi = t + DAY;
    while (hi - lo > MINUTE) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
      if (offsetAt(zone, mid) === previous) lo = mid;
      else hi = mid;
    }
    out.push({ at: hi, from: previous, to: next });
    previous = next;
  }
  return out;
}

function utcOffset(minutes: number): ICAL.UtcOffset {
  return ICAL.UtcOffset.fromSeconds(minutes * 60);
}

function observance(kind: 'standard' | 'daylight', localStart: ICAL.Time, from: number, to: number, name: string): ICAL.Component {
  const component = new ICAL.Component(kind);
  component.addPropertyWithValue('dtstart', localStart);
  component.addPropertyWithValue('tzoffsetfrom', utcOffset(from));
  component.addPropertyWithValue('tzoffsetto', utcOffset(to));
  component.addPropertyWithValue('tzname', name);
  return component;
}

/** Runs of consecutive years: [2026, 2027, 2028, 2090] -> [[2026, 2028], [2090, 2090]]. */
export function yearRuns(years: Iterable<number>): [number, number][] {
  const runs: [number, number][] = [];
  for (const year of [...new Set(years)].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && year === last[1] + 1) last[1] = year;
    else runs.push([year, year]);
  }
  return runs;
}

/**
 * A VTIMEZONE for an IANA zone covering the given years, and only those: its cost follows how many
 * years the posts fall in, never how far apart they are. Each run of years opens with the offset in
 * force at its start, then the changes within it.
 */
export function vtimezone(zone: string, years: Iterable<number>): ICAL.Component {
  const component = new ICAL.Component('vtimezone');
  component.addPropertyWithValue('tzid', zone);
  const runs = yearRuns(years).map(([firstYear, lastYear]) => {
    const start = utcMillis(firstYear, 0, 1);
    return { start, initial: offsetAt(zone, start), changes: transitions(zone, firstYear, lastYear) };
  });
  const standardOffset = Math.min(...runs.flatMap((run) => [run.initial, ...run.changes.map((c) => c.to)]));
  const label = (offset: number) => {
    const sign = offset < 0 ? '-' : '+';
    const abs = Math.abs(offset);
    return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  };
  let previous: number | null = null;
  for (const { start, initial, changes } of runs) {
    // The offset in force at the start of the run (RFC 5545 3.6.5: DTSTART in the offset before it).
    const first = new Date(start + (previous ?? initial) * MINUTE);
    component.addSubcomponent(
      observance(initial === standardOffset ? 'standard' : 'daylight', ICAL.Time.fromDateTimeString(first.toISOString().slice(0, 19)), previous ?? initial, initial, label(initial)),
    );
    previous = initial;
    for (const change of changes) {
      // DTSTART is the local time of the change in the offset before it (RFC 5545 3.6.5).
      const local = new Date(change.at + change.from * MINUTE).toISOString().slice(0, 19);
      component.addSubcomponent(observance(change.to === standardOffset ? 'standard' : 'daylight', ICAL.Time.fromDateTimeString(local), change.from, change.to, label(change.to)));
      previous = change.to;
    }
  }
  return component;
}

/** Years of a series covered by its zone's block past its first: readers extend the last offsets beyond. */
const SERIES_YEARS_COVERED = 10;

function zonedProperty(name: string, date: string, time: string, zone: string): ICAL.Property {
  const property = new ICAL.Property(name);
  property.setParameter('tzid', zone);
  property.setValue(localTime(date, time));
  return property;
}

function addMinutes(date: string, time: string, zone: string, minutes: number): { date: string; time: string } {
  return instantToLocal(new Date(Date.parse(localToInstant(date, time, zone)) + minutes * MINUTE).toISOString(), zone);
}

function rrule(item: ContentItem): ICAL.Recur | null {
  const rule = item.recurrence;
  if (!rule || !item.localDate || !item.localTime) return null;
  const parts = [`FREQ=${rule.freq === 'weekly' ? 'WEEKLY' : 'MONTHLY'}`, `INTERVAL=${rule.interval}`];
  if (rule.freq === 'weekly' && rule.byDay.length > 0) parts.push(`BYDAY=${rule.byDay.join(',')}`);
  if (rule.freq === 'monthly') parts.push(`BYMONTHDAY=${Number(item.localDate.slice(8, 10))}`);
  if (rule.count) parts.push(`COUNT=${rule.count}`);
  if (rule.until) {
    // UNTIL is UTC when DTSTART has a TZID: the last occurrence's local time on the until date.
    const until = localToInstant(rule.until, item.localTime, item.timeZone).replace(/[-:]/g, '').replace(/\.\d{3}/, '');
    parts.push(`UNTIL=${until}`);
  }
  return ICAL.Recur.fromString(parts.join(';'));
}

export interface IcsInput {
  calendarName: string;
  items: readonly ContentItem[];
  campaigns: readonly Campaign[];
  platforms: readonly Platform[];
  now: number;
}

export function buildIcs({ calendarName, items, campaigns, platforms, now }: IcsInput): string {
  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue('prodid', '-//Chancery//Editorial calendar//EN');
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('x-wr-calname', calendarName);
  const scheduled = items.filter((i) => i.scheduledAt && i.localDate && i.localTime);

  // Per zone, the years its posts fall in (a year either side, for posts near New Year in other zones).
  const years = new Map<string, Set<number>>();
  for (const item of scheduled) {
    const first = Number(item.localDate!.slice(0, 4));
    const end = item.recurrence?.until ? Number(item.recurrence.until.slice(0, 4)) : item.recurrence ? first + 1 : first;
    const last = Math.min(end, first + SERIES_YEARS_COVERED);
    let span = years.get(item.timeZone);
    if (!span) years.set(item.timeZone, (span = new Set()));
    for (let year = first - 1; year <= last + 1; year++) span.add(year);
  }
  for (const [zone, span] of years) calendar.addSubcomponent(vtimezone(zone, span));

  const stamp = ICAL.Time.fromJSDate(new Date(now), true);
  const platformName = new Map(platforms.map((p) => [p.id, p.name]));
  for (const item of scheduled) {
    const event = new ICAL.Component('vevent');
    event.addPropertyWithValue('uid', `${item.id}@chancery`);
    event.addPropertyWithValue('dtstamp', stamp);
    event.addProperty(zonedProperty('dtstart', item.localDate!, item.localTime!, item.timeZone));
    const end = addMinutes(item.localDate!, item.localTime!, item.timeZone, POST_MINUTES);
    event.addProperty(zonedProperty('dtend', end.date, end.time, item.timeZone));
    event.addPropertyWithValue('summary', item.title);
    const texts = item.variants.map((v) => `${platformName.get(v.platformId) ?? 'Platform'}:\n${v.text}`);
    const description = [...texts, item.notes && `Notes:\n${item.notes}`, `Status: ${ITEM_STATUS_LABELS[item.status]}`].filter(Boolean).join('\n\n');
    event.addPropertyWithValue('description', description);
    const names = item.variants.map((v) => platformName.get(v.platformId)).filter((n): n is string => !!n);
    if (names.length > 0) {
      const categories = new ICAL.Property('categories');
      categories.setValues(names);
      event.addProperty(categories);
    }
    event.addPropertyWithValue('status', item.status === 'cancelled' ? 'CANCELLED' : ['approved', 'scheduled', 'published'].includes(item.status) ? 'CONFIRMED' : 'TENTATIVE');
    event.addPropertyWithValue('x-chancery-status', item.status);
    if (item.language) event.addPropertyWithValue('x-chancery-language', item.language);
    const recur = rrule(item);
    if (recur) {
      event.addPropertyWithValue('rrule', recur);
      for (const date of item.recurrence!.exceptions) event.addProperty(zonedProperty('exdate', date, item.localTime!, item.timeZone));
    }
    calendar.addSubcomponent(event);
  }

  for (const campaign of campaigns) {
    const event = new ICAL.Component('vevent');
    event.addPropertyWithValue('uid', `${campaign.id}@chancery`);
    event.addPropertyWithValue('dtstamp', stamp);
    event.addPropertyWithValue('dtstart', ICAL.Time.fromDateString(campaign.startDate));
    const end = ICAL.Time.fromDateString(campaign.endDate);
    end.adjust(1, 0, 0, 0);
    event.addPropertyWithValue('dtend', end);
    event.addPropertyWithValue('summary', `Campaign: ${campaign.name}`);
    event.addPropertyWithValue('transp', 'TRANSPARENT');
    event.addPropertyWithValue('categories', 'Campaign');
    event.addPropertyWithValue('color', campaign.colour);
    calendar.addSubcomponent(event);
  }
  return calendar.toString().replace(/\r?\n/g, '\r\n') + '\r\n';
}
