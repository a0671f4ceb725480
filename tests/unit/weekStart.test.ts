// Weeks that start on Monday, Sunday or Saturday, for missions whose working week differs, with the
// default taken from the laptop's language and region.
import { describe, expect, it } from 'vitest';
import { dayOfWeek, localeWeekStart, monthWeeks, startOfWeek } from '../../src/renderer/features/calendar/days';
import { periodDays, periodTitle } from '../../src/renderer/features/calendar/useCalendarState';

describe('week start', () => {
  it('lays out a month from the chosen first day', () => {
    // 1 May 2027 is a Saturday.
    expect(monthWeeks('2027-05', 0)[0]![0]).toBe('2027-04-26');
    expect(monthWeeks('2027-05', 6)[0]![0]).toBe('2027-04-25');
    expect(monthWeeks('2027-05', 5)[0]![0]).toBe('2027-05-01');
    for (const start of [0, 5, 6] as const) {
      const weeks = monthWeeks('2027-05', start);
      expect(weeks.flat()).toContain('2027-05-31');
      expect(weeks.every((w) => dayOfWeek(w[0]!, start) === 0 && w.length === 7)).toBe(true);
    }
  });

  it('names the week by its own first day', () => {
    expect(startOfWeek('2027-05-05', 6)).toBe('2027-05-02');
    expect(periodTitle('week', '2027-05-05', 6)).toBe('Week of Sunday 2 May 2027');
    expect(periodTitle('week', '2027-05-05', 5)).toBe('Week of Saturday 1 May 2027');
    expect(periodDays('week', '2027-05-05', 5)).toEqual({ first: '2027-05-01', last: '2027-05-07' });
  });

  it('defaults from the locale: Sunday in the US and Israel, Saturday in Egypt, Monday in France', () => {
    expect(localeWeekStart('en-US')).toBe(6);
    expect(localeWeekStart('he-IL')).toBe(6);
    expect(localeWeekStart('ar-EG')).toBe(5);
    expect(localeWeekStart('fr-FR')).toBe(0);
    expect(localeWeekStart('not a locale')).toBe(0);
  });
});
