// Hybrid logical clock as fixed-width strings that sort in causal order:
//   2026-11-25T12:00:00.000Z-0000-5f3a9c1e2b4d6f80
//   wall time (ISO, ms)      counter node (replica id)
// Comparing two stamps as strings compares them as clocks.

export const MAX_DRIFT_MS = 5 * 60 * 1000;
const MAX_COUNTER = 0xffff;
const NODE_PATTERN = /^[0-9a-f]{16}$/;
const STAMP_PATTERN = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9a-f]{4})-([0-9a-f]{16})$/;

export interface Timestamp {
  millis: number;
  counter: number;
  node: string;
}

export class ClockError extends Error {
  override name = 'ClockError';
}

export function formatTimestamp({ millis, counter, node }: Timestamp): string {
  return `${isoMillis(millis)}-${counter.toString(16).padStart(4, '0')}-${node}`;
}

// Formatting a date is the costliest part of a stamp, and bulk writes issue many per millisecond.
let lastMillis = Number.NaN;
let lastIso = '';
function isoMillis(millis: number): string {
  if (millis !== lastMillis) {
    lastIso = new Date(millis).toISOString();
    lastMillis = millis;
  }
  return lastIso;
}

export function parseTimestamp(stamp: string): Timestamp | null {
  const match = STAMP_PATTERN.exec(stamp);
  if (!match) return null;
  const millis = Date.parse(match[1]!);
  if (!Number.isFinite(millis)) return null;
  return { millis, counter: parseInt(match[2]!, 16), node: match[3]! };
}

export function isValidNode(node: string): boolean {
  return NODE_PATTERN.test(node);
}

/** A replica's clock. `now` is injectable so tests can control wall time. */
export class HybridClock {
  private last: Timestamp;

  constructor(
    readonly node: string,
    private readonly now: () => number = Date.now,
    lastSeen?: string,
  ) {
    if (!isValidNode(node)) throw new ClockError(`Invalid replica id "${node}"`);
    const seen = lastSeen ? parseTimestamp(lastSeen) : null;
    this.last = seen ? { ...seen, node } : { millis: 0, counter: 0, node };
  }

  /** A new stamp for a local event, later than every stamp this clock has sent or received. */
  send(): string {
    const wall = this.now();
    const millis = Math.max(this.last.millis, wall);
    this.advance(millis, millis === this.last.millis ? this.last.counter + 1 : 0, wall);
    return formatTimestamp(this.last);
  }

  /**
   * Refuses, without moving the clock, a stamp this clock could not merge: malformed, or from a clock
   * further ahead of ours than MAX_DRIFT_MS. Lets a batch be checked whole before anything is written.
   */
  check(stamp: string): Timestamp {
    const remote = parseTimestamp(stamp);
    if (!remote) throw new ClockError(`Malformed clock stamp "${stamp}"`);
    const ahead = remote.millis - this.now();
    if (ahead > MAX_DRIFT_MS) {
      throw new ClockError(
        `A change is stamped ${describeAhead(ahead)} in the future (more than ${MAX_DRIFT_MS / 60_000} minutes ahead of this laptop); check the date and time of the laptop that sent it, and of this one`,
      );
    }
    return remote;
  }

  /** Merges a stamp received from another replica so later local stamps sort after it. */
  receive(stamp: string): void {
    const remote = this.check(stamp);
    const wall = this.now();
    const millis = Math.max(this.last.millis, remote.millis, wall);
    let counter: number;
    if (millis === this.last.millis && millis === remote.millis) counter = Math.max(this.last.counter, remote.counter) + 1;
    else if (millis === this.last.millis) counter = this.last.counter + 1;
    else if (millis === remote.millis) counter = remote.counter + 1;
    else counter = 0;
    this.advance(millis, counter, wall);
  }

  /** The latest stamp this clock has issued or merged, for persisting across restarts. */
  latest(): string {
    return formatTimestamp(this.last);
  }

  /**
   * Moves the clock. A counter past its maximum (a burst of writes, or a stamp received with its counter
   * near the top) carries into the next millisecond rather than failing, so local writes keep working;
   * only a clock that would run more than MAX_DRIFT_MS ahead of wall time is refused.
   */
  private advance(millis: number, counter: number, wall: number): void {
    if (counter > MAX_COUNTER) {
      millis += 1;
      counter = 0;
    }
    if (millis - wall > MAX_DRIFT_MS) {
      throw new ClockError(
        `This laptop's clock is ${describeAhead(millis - wall)} behind changes it already holds; set its date and time correctly, then try again`,
      );
    }
    this.last = { millis, counter, node: this.node };
  }
}

function describeAhead(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 120) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 120) return `${minutes} minutes`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} hours`;
  return `${Math.round(hours / 24).toLocaleString('en')} days`;
}
