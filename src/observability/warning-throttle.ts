/**
 * At most one warning per key (a body) per interval. During a body's outage every request
 * that reads it fails the same way; the log gets the first failure and then, once per
 * interval, one line carrying how many like it were left out.
 */
export class WarningThrottle {
  private readonly last = new Map<string, { at: number; suppressed: number }>();

  constructor(
    readonly intervalMs = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether to log now, and how many were left out since the last line; counts it otherwise. */
  admit(key: string): { log: boolean; suppressed: number } {
    const at = this.now();
    const entry = this.last.get(key);
    if (entry && at - entry.at < this.intervalMs) {
      entry.suppressed++;
      return { log: false, suppressed: entry.suppressed };
    }
    const suppressed = entry?.suppressed ?? 0;
    this.last.set(key, { at, suppressed: 0 });
    return { log: true, suppressed };
  }
}

const throttles = new WeakMap<object, WarningThrottle>();

/** The throttle shared by everything that belongs to `owner` (one hub's department sources). */
export function warningThrottleOf(owner: object): WarningThrottle {
  let throttle = throttles.get(owner);
  if (!throttle) {
    throttle = new WarningThrottle();
    throttles.set(owner, throttle);
  }
  return throttle;
}
