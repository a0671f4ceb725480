import { describe, expect, it } from 'vitest';
import { ClockError, HybridClock, MAX_DRIFT_MS, formatTimestamp, parseTimestamp } from '../../src/shared/hlc';

const NODE_A = 'aaaaaaaaaaaaaaaa';
const NODE_B = 'bbbbbbbbbbbbbbbb';

describe('hybrid logical clock', () => {
  it('formats and parses stamps that sort as clocks', () => {
    const stamp = formatTimestamp({ millis: Date.UTC(2026, 10, 25, 12), counter: 10, node: NODE_A });
    expect(stamp).toBe('2026-11-25T12:00:00.000Z-000a-aaaaaaaaaaaaaaaa');
    expect(parseTimestamp(stamp)).toEqual({ millis: Date.UTC(2026, 10, 25, 12), counter: 10, node: NODE_A });
    expect(parseTimestamp('2026-11-25T12:00:00.000Z-000a-short')).toBeNull();
    expect(parseTimestamp("x'; DROP TABLE changes; --")).toBeNull();
  });

  it('issues strictly increasing stamps even when wall time stands still or goes back', () => {
    let wall = 1_000_000;
    const clock = new HybridClock(NODE_A, () => wall);
    const stamps = [clock.send(), clock.send()];
    wall -= 10_000;
    stamps.push(clock.send());
    wall += 50_000;
    stamps.push(clock.send());
    for (let i = 1; i < stamps.length; i++) expect(stamps[i]! > stamps[i - 1]!).toBe(true);
  });

  it('sends after anything it has received', () => {
    let wall = 1_000_000;
    const a = new HybridClock(NODE_A, () => wall);
    const b = new HybridClock(NODE_B, () => wall - 30_000);
    const fromA = a.send();
    b.receive(fromA);
    expect(b.send() > fromA).toBe(true);
  });

  it('resumes after the last stamp it saw, so a restart never reuses one', () => {
    const first = new HybridClock(NODE_A, () => 5_000);
    first.send();
    const last = first.send();
    const restarted = new HybridClock(NODE_A, () => 1_000, last);
    expect(restarted.send() > last).toBe(true);
  });

  it('refuses stamps from a clock too far in the future, and malformed ones', () => {
    const clock = new HybridClock(NODE_A, () => 1_000_000);
    const future = formatTimestamp({ millis: 1_000_000 + MAX_DRIFT_MS + 1_000, counter: 0, node: NODE_B });
    expect(() => clock.receive(future)).toThrow(ClockError);
    expect(() => clock.receive('not a stamp')).toThrow(ClockError);
    expect(() => new HybridClock('NOT-HEX')).toThrow(ClockError);
  });

  it('carries a full counter into the next millisecond instead of refusing local writes', () => {
    const clock = new HybridClock(NODE_A, () => 1_000);
    let previous = '';
    for (let i = 0; i < 0x10000 + 5; i++) {
      const stamp = clock.send();
      expect(stamp > previous).toBe(true);
      previous = stamp;
    }
    expect(parseTimestamp(previous)).toMatchObject({ millis: 1_001, counter: 4 });
  });

  it('keeps writing after receiving a stamp minutes ahead with its counter at the maximum, also after a restart', () => {
    const wall = Date.UTC(2027, 0, 1);
    const clock = new HybridClock(NODE_A, () => wall);
    const ahead = formatTimestamp({ millis: wall + 3 * 60_000, counter: 0xfffe, node: NODE_B });
    clock.receive(ahead);
    const stamps = [clock.send(), clock.send(), clock.send()];
    for (const stamp of stamps) expect(stamp > ahead).toBe(true);
    const restarted = new HybridClock(NODE_A, () => wall, stamps[2]);
    expect(restarted.send() > stamps[2]!).toBe(true);
  });

  it('checks a stamp without moving the clock, and names the drift in words', () => {
    const wall = Date.UTC(2027, 0, 1);
    const clock = new HybridClock(NODE_A, () => wall);
    const before = clock.latest();
    clock.check(formatTimestamp({ millis: wall + 60_000, counter: 9, node: NODE_B }));
    expect(clock.latest()).toBe(before);
    expect(() => clock.check(formatTimestamp({ millis: Date.UTC(2100, 0, 1), counter: 0, node: NODE_B }))).toThrow(/days in the future.*check the date and time/);
    expect(() => clock.check(formatTimestamp({ millis: wall + 10 * 60_000, counter: 0, node: NODE_B }))).toThrow(/10 minutes in the future/);
  });

  it('refuses to run more than the drift bound ahead of wall time', () => {
    const wall = 1_000_000;
    const edge = formatTimestamp({ millis: wall + MAX_DRIFT_MS, counter: 0xffff, node: NODE_A });
    const clock = new HybridClock(NODE_A, () => wall, edge);
    expect(() => clock.send()).toThrow(/clock is .* behind changes it already holds/);
  });
});
