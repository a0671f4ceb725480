// What the contract accepts from any caller: dates in the planning years, web links only, canonical
// time zones, and names free of control and bidi override characters.
import { describe, expect, it } from 'vitest';
import { buildIcs, vtimezone } from '../../src/core/calendar/ics';
import type { ContentItem } from '../../src/shared/calendar';
import { canonicalTimeZone, expandOccurrences, isLocalDate, localToInstant } from '../../src/shared/calendarTime';
import { contract } from '../../src/shared/contract';
import { DATE_YEAR_MAX, DATE_YEAR_MIN, utcMillis } from '../../src/shared/dates';
import { cleanLine, cleanText } from '../../src/shared/validation';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each call's output shape differs
const parse = (method: keyof typeof contract, input: unknown) => contract[method].input.safeParse(input) as { success: boolean; data: any; error: { issues: { message: string }[] } };
const messages = (method: keyof typeof contract, input: unknown) => {
  const result = parse(method, input);
  return result.success ? [] : result.error.issues.map((i: { message: string }) => i.message);
};
const schedule = (date: string, timeZone = 'Europe/Paris') => ({ strategyId: 's', title: 'Post', schedule: { date, time: '09:00', timeZone } });

describe('dates', () => {
  it.each(['9999-12-31', '0000-01-01', '0099-06-01', '1899-12-31', '2201-01-01'])('refuses %s as outside the planning years', (date) => {
    expect(messages('contentItem.create', schedule(date))).toEqual([`Dates must fall between the years ${DATE_YEAR_MIN} and ${DATE_YEAR_MAX}`]);
  });

  it('accepts the first and last planning days, and refuses out-of-range dates in every date field', () => {
    expect(messages('contentItem.create', schedule(`${DATE_YEAR_MIN}-01-01`))).toEqual([]);
    expect(messages('contentItem.create', schedule(`${DATE_YEAR_MAX}-12-31`))).toEqual([]);
    expect(messages('campaign.create', { strategyId: 's', name: 'C', startDate: '2027-01-01', endDate: '9999-12-31' })).toHaveLength(1);
    expect(messages('kpi.update', { id: 'k', patch: { dueDate: '0027-01-01' } })).toHaveLength(1);
    expect(messages('audience.update', { id: 'a', patch: { reviewDate: '9999-01-01' } })).toHaveLength(1);
    expect(messages('engagement.create', { audienceId: 'a', date: '0001-01-01', kind: 'meeting', summary: 'Met' })).toHaveLength(1);
    expect(messages('contentItem.update', { id: 'i', patch: { recurrence: { freq: 'weekly', until: '9999-01-01' } } })).toHaveLength(1);
    expect(messages('calendar.range', { strategyId: 's', from: '0001-01-01T00:00:00Z', to: '9999-01-01T00:00:00Z' })).toHaveLength(2);
  });

  it('never reads years 0 to 99 as 1900 to 1999', () => {
    expect(() => localToInstant('0050-03-01', '12:00', 'UTC')).toThrow(RangeError);
    expect(new Date(utcMillis(5, 0, 1)).toISOString()).toBe('0005-01-01T00:00:00.000Z');
    // 1900 was not a leap year, 0000 (1 BC) was: a 02-29 must not be judged by the wrong century.
    expect(isLocalDate('1900-02-29')).toBe(false);
    expect(isLocalDate('2000-02-29')).toBe(true);
    const monthly = { freq: 'monthly' as const, interval: 1, byDay: [], until: null, count: 3, exceptions: [] };
    expect(expandOccurrences('1900-01-31T12:00:00.000Z', 'UTC', monthly, '1900-01-01T00:00:00.000Z', '1901-01-01T00:00:00.000Z').map((o) => o.date)).toEqual([
      '1900-01-31',
      '1900-03-31',
      '1900-05-31',
    ]);
  });
});

describe('iCalendar time-zone blocks', () => {
  const item = (id: string, localDate: string, recurrence: ContentItem['recurrence'] = null): ContentItem => ({
    id,
    strategyId: 's',
    title: id,
    variants: [],
    language: '',
    audienceIds: [],
    keyMessageId: null,
    objectiveId: null,
    campaignId: null,
    assignee: '',
    tags: [],
    links: [],
    hashtags: [],
    notes: '',
    mediaIds: [],
    status: 'draft',
    approvedBy: null,
    approvedAt: null,
    reviewReason: '',
    scheduledAt: localToInstant(localDate, '09:00', 'Europe/Paris'),
    timeZone: 'Europe/Paris',
    localDate,
    localTime: '09:00',
    recurrence,
    updatedAt: '',
  });
  const observances = (ics: string) => (ics.match(/BEGIN:(STANDARD|DAYLIGHT)/g) ?? []).length;

  it('cover the years the posts fall in, not the years between them', () => {
    const near = buildIcs({ calendarName: 'c', items: [item('a', '2027-05-03')], campaigns: [], platforms: [], now: 0 });
    const far = buildIcs({ calendarName: 'c', items: [item('a', '2027-05-03'), item('b', `${DATE_YEAR_MAX}-05-03`)], campaigns: [], platforms: [], now: 0 });
    expect(observances(far)).toBeLessThanOrEqual(2 * observances(near));
    const series = { freq: 'weekly' as const, interval: 1, byDay: [], until: `${DATE_YEAR_MAX}-12-31`, count: null, exceptions: [] };
    const long = buildIcs({ calendarName: 'c', items: [item('s', `${DATE_YEAR_MIN}-01-01`, series)], campaigns: [], platforms: [], now: 0 });
    expect(observances(long)).toBeLessThan(40);
  });

  it('give each run of years the offset in force at its start', () => {
    const zone = vtimezone('Europe/Paris', [2026, 2027, 2090]);
    const first = zone.getAllSubcomponents().map((c) => [c.name, String(c.getFirstPropertyValue('dtstart'))] as const);
    expect(first[0]).toEqual(['standard', '2026-01-01T01:00:00']);
    expect(first.some(([, start]) => start.startsWith('2090-01-01'))).toBe(true);
    expect(first.some(([, start]) => start.startsWith('2050'))).toBe(false);
  });
});

describe('links', () => {
  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'smb://server/share', 'ms-msdt:/id PCWDiagnostic', 'data:text/html,<b>x</b>', 'vbscript:msgbox', 'mailto:press@example.org', 'https://', 'https://exa mple.org'])(
    'refuses %s on a post',
    (link) => {
      expect(messages('contentItem.update', { id: 'i', patch: { links: [link] } })).toEqual(['Links must be full web addresses (https://…)']);
    },
  );

  it('accepts http and https addresses', () => {
    expect(messages('contentItem.update', { id: 'i', patch: { links: ['https://example.org/a?b=c#d', 'http://example.org', 'HTTPS://EXAMPLE.ORG'] } })).toEqual([]);
  });
});

describe('time zones', () => {
  it.each([
    ['utc', 'UTC'],
    ['europe/PARIS', 'Europe/Paris'],
    ['  Africa/Nairobi ', 'Africa/Nairobi'],
    ['US/Pacific-New', 'America/Los_Angeles'],
    ['EST5EDT', 'America/New_York'],
  ])('stores %j as %j', (typed, stored) => {
    const result = parse('contentItem.create', schedule('2027-05-03', typed));
    expect(result.success && result.data.schedule?.timeZone).toBe(stored);
    expect(canonicalTimeZone(typed)).toBe(stored);
  });

  it.each(['Mars/Olympus', 'Etc/GMT+5', '', 'Europe/Paris\u0000'])('refuses %j with a clear message', (zone) => {
    expect(messages('contentItem.update', { id: 'i', patch: { timeZone: zone } })[0]).toMatch(/time zone|Unknown time zone/);
  });
});

describe('invisible characters', () => {
  it('strips control and bidi override characters from names, titles and handles', () => {
    const typed = 'Press\u0000 brief\u202E gnp.exe\u2066\u0007\u001b[31m';
    const result = parse('contentItem.create', { strategyId: 's', title: typed });
    expect(result.success && result.data.title).toBe('Press brief gnp.exe[31m');
    const handle = parse('platform.update', { id: 'p', patch: { handle: '@embassy\u202D\u0085', name: 'Line\none' } });
    expect(handle.success && handle.data.patch).toEqual({ handle: '@embassy', name: 'Line one' });
    expect(messages('strategy.create', { title: '\u0000\u202E', year: 2027 })).toEqual(['Title cannot be empty']);
  });

  it('keeps what scripts and long texts need', () => {
    const persian = 'می\u200Cخواهم'; // ZWNJ
    const family = '👩\u200D👩\u200D👧'; // ZWJ
    const marks = 'abc\u200Fdef\u200E\u061C';
    expect(cleanLine(`${persian} ${family} ${marks}`)).toBe(`${persian} ${family} ${marks}`);
    expect(cleanText('Line one\n\tLine two\r\n\u0000end\u0007')).toBe('Line one\n\tLine two\r\nend');
    const notes = parse('contentItem.update', { id: 'i', patch: { notes: 'First\nSecond\u0000' } });
    expect(notes.success && notes.data.patch.notes).toBe('First\nSecond');
  });
});
