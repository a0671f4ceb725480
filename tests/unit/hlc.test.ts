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

  it('refuses to overflow its counter within one millisecond', () => {
    const clock = new HybridClock(NODE_A, () => 1_000);
    expect(() => {
      for (let i = 0; i < 0x10000 + 1; i++) clock.send();
    }).toThrow(/Too many changes/);
  });
});
