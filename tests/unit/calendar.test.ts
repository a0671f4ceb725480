import { describe, expect, it } from 'vitest';
import { calendarItemOf, checkTransition, observanceDates, type CalendarEntry, type ContentItem } from '../../src/shared/calendar';
import { calendarWarnings, itemWarnings } from '../../src/shared/calendarWarnings';

describe('status workflow', () => {
  const facts = { hasSchedule: true };
  it('allows the ordinary path and refuses jumps', () => {
    expect(checkTransition('idea', 'draft', facts)).toMatchObject({ ok: true });
    expect(checkTransition('draft', 'in_review', facts)).toMatchObject({ ok: true });
    expect(checkTransition('in_review', 'approved', { ...facts, approver: 'Head of mission' })).toMatchObject({ ok: true, keepsApproval: true });
    expect(checkTransition('approved', 'scheduled', facts)).toMatchObject({ ok: true, overridden: false });
    expect(checkTransition('scheduled', 'published', facts)).toMatchObject({ ok: true });
    expect(checkTransition('idea', 'published', facts)).toEqual({ ok: false, message: 'An item cannot go from idea to published' });
    expect(checkTransition('published', 'draft', facts)).toMatchObject({ ok: false });
    expect(checkTransition('cancelled', 'draft', facts)).toMatchObject({ ok: true, keepsApproval: false });
  });

  it('needs an approver, and refuses approving a text over the platform limit', () => {
    expect(checkTransition('in_review', 'approved', facts)).toEqual({ ok: false, message: 'Say who approves this item' });
    expect(checkTransition('in_review', 'approved', { ...facts, approver: 'A. Lind', overLimit: ['X (301 of 280)'] })).toEqual({
      ok: false,
      message: 'The text for X (301 of 280) is over the platform’s limit; shorten it before approving',
    });
  });

  it('schedules an unapproved item only with an explicit override, and only with a date', () => {
    expect(checkTransition('draft', 'scheduled', facts)).toMatchObject({ ok: false, message: expect.stringContaining('override') });
    expect(checkTransition('draft', 'scheduled', { ...facts, override: true })).toEqual({ ok: true, overridden: true, keepsApproval: true });
    expect(checkTransition('approved', 'scheduled', { hasSchedule: false })).toMatchObject({ ok: false, message: expect.stringContaining('date and time') });
  });
});

describe('observances', () => {
  it('lists the days falling in a range, across a new year, skipping 29 February in common years', () => {
    const days = [
      { id: 'hr', name: 'Human Rights Day', monthDay: '12-10', source: 'international' as const, note: '', strategyId: null },
      { id: 'w', name: "International Women's Day", monthDay: '03-08', source: 'international' as const, note: '', strategyId: null },
      { id: 'leap', name: 'Leap day', monthDay: '02-29', source: 'national' as const, note: '', strategyId: 's' },
    ];
    expect(observanceDates(days, '2027-12-01', '2028-03-31').map((d) => `${d.date} ${d.observance.id}`)).toEqual(['2027-12-10 hr', '2028-02-29 leap', '2028-03-08 w']);
    expect(observanceDates(days, '2027-01-01', '2027-03-31').map((d) => d.date)).toEqual(['2027-03-08']);
  });
});

function item(id: string, more: Partial<ContentItem> = {}): ContentItem {
  return {
    id,
    strategyId: 's',
    title: id,
    variants: [{ platformId: 'x1', text: 'hello' }],
    language: 'en',
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
    status: 'approved',
    approvedBy: 'A',
    approvedAt: '2027-01-01T00:00:00.000Z',
    reviewReason: '',
    scheduledAt: '2027-05-03T06:00:00.000Z',
    timeZone: 'Africa/Nairobi',
    localDate: '2027-05-03',
    localTime: '09:00',
    recurrence: null,
    updatedAt: '',
    ...more,
  };
}
const entryOf = (i: ContentItem): CalendarEntry => ({ itemId: i.id, at: i.scheduledAt!, localDate: i.localDate!, localTime: i.localTime!, recurring: false });

describe('warnings', () => {
  const base = {
    platforms: [{ id: 'x1', kind: 'x' as const, name: 'X', handle: '' }],
    campaigns: [{ id: 'c', strategyId: 's', name: 'Press freedom week', colour: '#000000', startDate: '2027-05-01', endDate: '2027-05-07', objectiveId: null }],
    priorityAudiences: [] as { id: string; name: string }[],
    months: [] as string[],
    now: '2027-05-03T00:00:00.000Z',
  };
  const lean = (i: ContentItem) => calendarItemOf(i, new Map([['x1', 'x' as const]]));

  it('flags too many posts on one platform in a day, with the threshold per platform', () => {
    const items = ['a', 'b', 'c'].map((id) => item(id));
    const warnings = calendarWarnings({ ...base, items: items.map(lean), entries: items.map(entryOf), thresholds: { x: 2 } });
    expect(warnings).toEqual([expect.objectContaining({ kind: 'platform_load', itemIds: ['a', 'b', 'c'], date: '2027-05-03', platformId: 'x1', message: '3 posts on X on 3 May 2027 (more than 2 a day)' })]);
    expect(calendarWarnings({ ...base, items: items.map(lean), entries: items.map(entryOf) })).toEqual([]);
  });

  it('flags approved items whose date passed, items in review within 24 hours, and posts outside their campaign', () => {
    const passed = item('passed', { scheduledAt: '2027-05-02T06:00:00.000Z', localDate: '2027-05-02' });
    const review = item('review', { status: 'in_review', approvedBy: null, approvedAt: null });
    const outside = item('outside', { campaignId: 'c', scheduledAt: '2027-05-10T06:00:00.000Z', localDate: '2027-05-10', status: 'scheduled' });
    const items = [passed, review, outside];
    const kinds = calendarWarnings({ ...base, items: items.map(lean), entries: items.map(entryOf) }).map((w) => `${w.kind} ${w.itemIds.join()}`);
    expect(kinds.sort()).toEqual(['approved_not_scheduled passed', 'outside_campaign outside', 'review_soon review']);
    expect(itemWarnings(review, []).map((w) => w.kind)).toEqual(['unapproved']);
  });

  it('flags a high-priority audience with no post in a month', () => {
    const reached = item('a', { audienceIds: ['students'] });
    const warnings = calendarWarnings({
      ...base,
      items: [lean(reached)],
      entries: [entryOf(reached)],
      priorityAudiences: [
        { id: 'students', name: 'Students' },
        { id: 'press', name: 'Press corps' },
      ],
      months: ['2027-05', '2027-06'],
    });
    expect(warnings.map((w) => `${w.date} ${w.audienceId}`)).toEqual(['2027-05 press', '2027-06 students', '2027-06 press']);
  });
});
