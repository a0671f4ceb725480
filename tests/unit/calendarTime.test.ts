import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POST_TIME,
  expandOccurrences,
  formatRule,
  instantToLocal,
  isValidTimeZone,
  localToInstant,
  moveToDate,
  offsetMinutes,
  parseRule,
  timeOnNewDay,
  unknownZoneMessage,
} from '../../src/shared/calendarTime';
import { tzOffset } from '@date-fns/tz';
import type { Recurrence } from '../../src/shared/calendar';

describe('time zones', () => {
  it('keeps 09:00 in Nairobi at 09:00 local while Europe changes its clocks', () => {
    const before = localToInstant('2027-03-27', '09:00', 'Africa/Nairobi');
    const after = localToInstant('2027-03-29', '09:00', 'Africa/Nairobi');
    expect(before).toBe('2027-03-27T06:00:00.000Z');
    expect(after).toBe('2027-03-29T06:00:00.000Z');
    // The planner in Paris sees 07:00 before the change and 08:00 after; Nairobi stays at 09:00.
    expect(instantToLocal(before, 'Europe/Paris').time).toBe('07:00');
    expect(instantToLocal(after, 'Europe/Paris').time).toBe('08:00');
    expect(instantToLocal(after, 'Africa/Nairobi')).toEqual({ date: '2027-03-29', time: '09:00' });
  });

  it('moves an item to another day keeping its local time in its own zone, across a DST change', () => {
    const friday = localToInstant('2027-03-12', '09:00', 'America/New_York'); // EST, UTC-5
    const moved = moveToDate(friday, 'America/New_York', '2027-03-15'); // EDT, UTC-4
    expect(friday).toBe('2027-03-12T14:00:00.000Z');
    expect(moved).toBe('2027-03-15T13:00:00.000Z');
    expect(instantToLocal(moved, 'America/New_York')).toEqual({ date: '2027-03-15', time: '09:00' });
  });

  it('resolves a time skipped by the clocks going forward to the same reading after the jump', () => {
    const local = instantToLocal(localToInstant('2027-03-28', '02:30', 'Europe/Paris'), 'Europe/Paris');
    expect(local).toEqual({ date: '2027-03-28', time: '03:30' });
  });

  it('refuses unknown zones with a clear message', () => {
    expect(isValidTimeZone('Africa/Nairobi')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(() => localToInstant('2027-01-01', '09:00', 'Mars/Olympus')).toThrow(unknownZoneMessage('Mars/Olympus'));
    expect(unknownZoneMessage('Mars/Olympus')).toBe('Unknown time zone "Mars/Olympus": use an IANA name such as Africa/Nairobi or Europe/Paris');
  });
});

describe('recurrence', () => {
  const weekly: Recurrence = { freq: 'weekly', interval: 1, byDay: ['MO', 'TH'], until: null, count: null, exceptions: [] };

  it('stores a rule as RRULE-like text and reads it back; malformed text reads as no series', () => {
    const text = formatRule({ ...weekly, until: '2027-06-30' });
    expect(text).toBe('FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,TH;UNTIL=2027-06-30');
    expect(parseRule(text, ['2027-05-06'])).toEqual({ ...weekly, until: '2027-06-30', exceptions: ['2027-05-06'] });
    expect(parseRule('FREQ=DAILY')).toBeNull();
    expect(parseRule('FREQ=WEEKLY;COUNT=-1')).toBeNull();
  });

  it('expands a weekly series at the same local time across DST, skipping exceptions', () => {
    const start = localToInstant('2027-03-22', '09:00', 'Europe/London'); // Monday, GMT
    const rule = { ...weekly, exceptions: ['2027-03-25'] };
    const got = expandOccurrences(start, 'Europe/London', rule, '2027-03-20T00:00:00.000Z', '2027-04-06T00:00:00.000Z');
    expect(got.map((o) => `${o.date} ${o.time} ${o.at}`)).toEqual([
      '2027-03-22 09:00 2027-03-22T09:00:00.000Z',
      // 25 March skipped; the clocks go forward on 28 March (BST, UTC+1).
      '2027-03-29 09:00 2027-03-29T08:00:00.000Z',
      '2027-04-01 09:00 2027-04-01T08:00:00.000Z',
      '2027-04-05 09:00 2027-04-05T08:00:00.000Z',
    ]);
  });

  it('expands every other week, stops at a count or until date, and finds only the range asked for', () => {
    const start = localToInstant('2027-01-04', '10:00', 'Asia/Tokyo');
    const fortnightly: Recurrence = { freq: 'weekly', interval: 2, byDay: [], until: null, count: 3, exceptions: [] };
    const all = expandOccurrences(start, 'Asia/Tokyo', fortnightly, '2026-01-01T00:00:00.000Z', '2028-01-01T00:00:00.000Z');
    expect(all.map((o) => o.date)).toEqual(['2027-01-04', '2027-01-18', '2027-02-01']);
    const until = expandOccurrences(start, 'Asia/Tokyo', { ...fortnightly, count: null, until: '2027-01-31' }, '2027-01-10T00:00:00.000Z', '2028-01-01T00:00:00.000Z');
    expect(until.map((o) => o.date)).toEqual(['2027-01-18']);
  });

  it('expands a monthly digest on its day of the month, skipping months without that day', () => {
    const start = localToInstant('2027-01-31', '18:00', 'America/New_York');
    const monthly: Recurrence = { freq: 'monthly', interval: 1, byDay: [], until: '2027-06-30', count: null, exceptions: [] };
    const got = expandOccurrences(start, 'America/New_York', monthly, '2027-01-01T00:00:00.000Z', '2027-12-31T00:00:00.000Z');
    expect(got.map((o) => `${o.date} ${o.at}`)).toEqual([
      '2027-01-31 2027-01-31T23:00:00.000Z',
      '2027-03-31 2027-03-31T22:00:00.000Z', // EDT from 14 March
      '2027-05-31 2027-05-31T22:00:00.000Z',
    ]);
  });
});

describe('offsets kept per day', () => {
  // Zones with clock changes at odd hours, by half an hour, south of the equator, and a day skipped.
  const zones = ['Europe/Paris', 'America/New_York', 'Australia/Lord_Howe', 'America/Santiago', 'Asia/Kathmandu', 'Pacific/Apia', 'America/St_Johns'];

  it('agree with the time zone database every quarter hour, across clock changes, in any order', () => {
    const QUARTER = 15 * 60 * 1000;
    for (const zone of zones) {
      const start = Date.parse(zone === 'Pacific/Apia' ? '2011-12-20T00:00:00Z' : '2027-01-01T00:00:00Z');
      const instants = Array.from({ length: 366 * 96 }, (_, i) => start + i * QUARTER);
      // Backwards too, so a day is first met at its end as often as at its start.
      for (const t of [...instants, ...instants.reverse()]) {
        if (offsetMinutes(zone, t) !== tzOffset(zone, new Date(t))) throw new Error(`${zone} at ${new Date(t).toISOString()}: ${offsetMinutes(zone, t)} ≠ ${tzOffset(zone, new Date(t))}`);
      }
    }
  });

  it('give local times either side of a change in the same day', () => {
    // Lord Howe Island goes back half an hour at 02:00 local on the first Sunday of April.
    expect(instantToLocal('2027-04-03T14:59:00.000Z', 'Australia/Lord_Howe')).toEqual({ date: '2027-04-04', time: '01:59' });
    expect(instantToLocal('2027-04-03T15:01:00.000Z', 'Australia/Lord_Howe')).toEqual({ date: '2027-04-04', time: '01:31' });
    expect(instantToLocal('2027-04-03T12:00:00.000Z', 'Australia/Lord_Howe')).toEqual({ date: '2027-04-03', time: '23:00' });
  });
});

describe('the time a post keeps on a new day', () => {
  it('takes the named time, else its own local time in its zone, else the usual hour', () => {
    expect(timeOnNewDay('14:30', '2027-03-01T06:00:00.000Z', 'Africa/Nairobi')).toBe('14:30');
    expect(timeOnNewDay(undefined, '2027-03-01T06:00:00.000Z', 'Africa/Nairobi')).toBe('09:00');
    expect(timeOnNewDay(null, '2027-07-01T16:00:00.000Z', 'America/New_York')).toBe('12:00');
    expect(timeOnNewDay(undefined, null, 'Europe/Paris')).toBe(DEFAULT_POST_TIME);
  });
});
