// The audience's clock beside a chip names the audience's day when it is not the planner's.
import { describe, expect, it } from 'vitest';
import { audienceClock } from '../../src/renderer/features/calendar/days';
import { instantToLocal } from '../../src/shared/calendarTime';

describe('audience clock on a chip', () => {
  it('says nothing when the audience reads the same clock', () => {
    expect(audienceClock({ date: '2027-03-01', time: '09:00' }, { date: '2027-03-01', time: '09:00' })).toBeNull();
  });

  it('gives the time alone on the same day', () => {
    expect(audienceClock({ date: '2027-03-01', time: '09:00' }, { date: '2027-03-01', time: '11:00' })).toBe('11:00');
  });

  it('names the weekday when the audience is still on the day before', () => {
    // Monday 08:00 in Brussels is Sunday 23:00 in Los Angeles.
    const at = '2027-03-01T07:00:00.000Z';
    const brussels = instantToLocal(at, 'Europe/Brussels');
    const losAngeles = instantToLocal(at, 'America/Los_Angeles');
    expect(audienceClock(brussels, losAngeles)).toBe('Sun 23:00');
  });

  it('names the weekday when the clocks agree but the days do not (Kiritimati and Honolulu)', () => {
    const at = '2027-03-01T20:00:00.000Z';
    expect(audienceClock(instantToLocal(at, 'Pacific/Honolulu'), instantToLocal(at, 'Pacific/Kiritimati'))).toBe('Tue 10:00');
  });
});
