// The post editor's pure rules: the series said back in a sentence, the working copy turned into the
// contract's fields, and the core's messages sorted by the field they concern.
import { describe, expect, it } from 'vitest';
import { ChanceryError } from '../../src/shared/errors';
import { draftOf, fieldErrors, recurrenceDraftOf, recurrenceOf, recurrenceProblem, splitHashtags, splitLinks, splitTags } from '../../src/renderer/features/calendar/itemDraft';
import { describeRecurrence } from '../../src/renderer/features/calendar/recurrenceText';

const weekly = { freq: 'weekly' as const, interval: 1, byDay: ['MO' as const, 'TH' as const], until: null, count: null, exceptions: [] };

describe('the series in a sentence', () => {
  it('names weekdays, the end and the skipped dates', () => {
    expect(describeRecurrence({ ...weekly, until: '2027-06-30', exceptions: ['2027-05-10', '2027-05-20'] }, '2027-05-03')).toBe(
      'Every week on Mon and Thu, until 30 Jun 2027, skipping 2 dates',
    );
    expect(describeRecurrence({ ...weekly, interval: 2, byDay: [], count: 6 }, '2027-05-05')).toBe('Every 2 weeks on Wed, 6 times');
    expect(describeRecurrence({ ...weekly, byDay: ['FR', 'MO', 'WE'], exceptions: ['2027-05-10'] }, '2027-05-03')).toBe('Every week on Mon, Wed and Fri, skipping 1 date');
  });

  it('says monthly series by the day of the month, and a post that does not repeat', () => {
    expect(describeRecurrence({ ...weekly, freq: 'monthly', byDay: [] }, '2027-05-01')).toBe('Every month on the 1st');
    expect(describeRecurrence({ ...weekly, freq: 'monthly', interval: 3, byDay: [], count: 1 }, '2027-05-12')).toBe('Every 3 months on the 12th, once');
    expect(describeRecurrence(null, '2027-05-12')).toBe('Does not repeat');
  });
});

describe('the working copy', () => {
  it('splits lists as typed and keeps a series round-trip', () => {
    expect(splitTags(' education, alumni,, outreach ')).toEqual(['education', 'alumni', 'outreach']);
    expect(splitHashtags('#StudyInAurelia AlumniStories,  #Press')).toEqual(['#StudyInAurelia', 'AlumniStories', '#Press']);
    expect(splitLinks('https://a.example\n\n  https://b.example  ')).toEqual(['https://a.example', 'https://b.example']);
    const rule = { ...weekly, until: '2027-05-31', exceptions: ['2027-05-17'] };
    expect(recurrenceOf(recurrenceDraftOf(rule))).toEqual(rule);
    expect(recurrenceOf(recurrenceDraftOf(null))).toBeNull();
    expect(draftOf(null, '2027-05-10', 'Europe/Amsterdam')).toMatchObject({ date: '2027-05-10', time: '09:00', tags: '', recurrence: { repeat: 'none' } });
  });

  it('asks for what the core cannot judge: a start date, whole numbers, an end date after the start', () => {
    const draft = { ...recurrenceDraftOf(weekly) };
    expect(recurrenceProblem(draft, '')).toMatch(/choose a date first/);
    expect(recurrenceProblem({ ...draft, interval: 'two' }, '2027-05-10')).toMatch(/whole number of weeks/);
    expect(recurrenceProblem({ ...draft, end: 'until', until: '' }, '2027-05-10')).toMatch(/Choose the date the series ends/);
    expect(recurrenceProblem({ ...draft, end: 'until', until: '2027-05-01' }, '2027-05-10')).toMatch(/ends before its first post/);
    expect(recurrenceProblem({ ...draft, end: 'count', count: '' }, '2027-05-10')).toMatch(/how many times/);
    expect(recurrenceProblem(draft, '2027-05-10')).toBeNull();
  });

  it('sorts the core’s messages by field, with the entry of a list', () => {
    const error = new ChanceryError('invalid_input', 'Links must be full web addresses (https://…)', [
      { path: 'links.1', message: 'Links must be full web addresses (https://…)' },
      { path: 'recurrence.until', message: 'A series ends on a date or after a number of times, not both' },
    ]);
    expect(fieldErrors(error)).toEqual({
      links: { message: 'Links must be full web addresses (https://…)', index: 1 },
      recurrence: { message: 'A series ends on a date or after a number of times, not both', index: null },
    });
  });
});
