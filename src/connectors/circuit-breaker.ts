import CircuitBreaker from 'opossum';

/** How one body answered (or did not) a read: what `extensions.sources` and /ready report. */
export type SourceStatus = 'UP' | 'DOWN' | 'TIMEOUT' | 'CIRCUIT_OPEN';

/** Defaults of a body's deadline and breaker; documented in the README's Operations section. */
export const RESILIENCE_DEFAULTS = {
  /** Added to the statement timeout when no deadline is given. */
  deadlineMarginMs: 1000,
  /** Consecutive failed reads that open the breaker. */
  failureThreshold: 5,
  /** How long an open breaker fails fast before it lets one probe read through (half-open). */
  resetTimeoutMs: 10_000,
  /**
   * Latency budget of one read: a read that succeeds but takes longer counts as a failure for
   * the breaker, so a body that answers slowly (but within its deadline) opens its breaker
   * instead of holding every request that reads it. Reads normally take a few milliseconds.
   */
  slowCallMs: 2500,
} as const;

/** One read through a breaker, as metrics and traces see it. */
export interface ReadOutcome {
  department: string;
  status: SourceStatus;
  /** Succeeded, but over the latency budget. */
  slow: boolean;
  latencyMs: number;
}

export interface SourceBreakerOptions {
  department: string;
  /** Hard limit on one read through the breaker; a read still running then fails as TIMEOUT. */
  deadlineMs: number;
  /** Consecutive failures that open the breaker (also: more than half of at least this many reads in 10 s). */
  failureThreshold?: number;
  /** Time an open breaker waits before it lets one probe through. */
  resetTimeoutMs?: number;
  /** Latency budget of one read; a slower successful read counts as a failure (default 2500 ms). */
  slowCallMs?: number;
  /** Told when the breaker opens, probes or closes (for the log). */
  onStateChange?: (state: BreakerState) => void;
}

export type BreakerState = 'CLOSED' | 'OPEN' | 'HALF_OPEN';

/**
 * A failed read of one body, classified: DOWN (refused, broken, failed), TIMEOUT (past its
 * deadline or cancelled by its statement timeout) or CIRCUIT_OPEN (not attempted: the breaker
 * is open). Carries the original error for the log only; it never reaches a client.
 */
export class SourceFailure extends Error {
  /** The original error's code (SQLSTATE, errno or opossum's), for the log and for tests. */
  readonly code?: string;

  constructor(
    readonly department: string,
    readonly status: Exclude<SourceStatus, 'UP'>,
    readonly cause: unknown,
  ) {
    super(`${department} read failed: ${status}`);
    this.name = 'SourceFailure';
    const code = (cause as { code?: unknown } | null)?.code;
    if (typeof code === 'string') this.code = code;
  }
}

/**
 * SQLSTATE classes of a statement the body answered and refused (bad data, read-only
 * session, unknown table or column, missing privilege): the body is reachable, so these do
 * not count against its breaker (they are still reported as DOWN for the read).
 */
const ANSWERED_CLASSES = new Set(['22', '25', '42']);

export function isAnsweredRefusal(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && ANSWERED_CLASSES.has(code.slice(0, 2));
}

const PG_QUERY_CANCELED = '57014';

/** Maps whatever a read threw to its status. */
export function classifyFailure(error: unknown): Exclude<SourceStatus, 'UP'> {
  if (error instanceof SourceFailure) return error.status;
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (code === 'EOPENBREAKER') return 'CIRCUIT_OPEN';
  if (code === 'ETIMEDOUT' || code === PG_QUERY_CANCELED) return 'TIMEOUT';
  // pg's own client-side limits: connectionTimeoutMillis and query_timeout.
  if (
    typeof message === 'string' &&
    /timeout exceeded when trying to connect|connection timeout|Query read timeout/i.test(message)
  )
    return 'TIMEOUT';
  return 'DOWN';
}

/**
 * One body's circuit breaker (opossum) with its deadline and latency budget. Closed: reads go
 * through, each cut off at the deadline; a read that succeeds over the latency budget
 * (`slowCallMs`) returns its rows but counts as a failure, so a body that is slow but within
 * its deadline opens its breaker too instead of slowing every request that reads it. After `failureThreshold` consecutive failures (refused, broken or timed
 * out; a statement the body answered with an error such as "no such table" does not count) (or a majority of failures
 * over a rolling 10 s window of at least that many reads) it opens: reads fail at once with
 * CIRCUIT_OPEN and never touch the network. After `resetTimeoutMs` it lets one probe read
 * through (half-open): success closes it, failure opens it again. Reads that arrive while the
 * probe is out wait for its outcome instead of being refused, so the request that finds a
 * recovered body gets all of its data.
 */
export class SourceBreaker {
  readonly department: string;
  readonly deadlineMs: number;
  private readonly breaker: CircuitBreaker<[() => Promise<unknown>], unknown>;
  private readonly failureThreshold: number;
  readonly slowCallMs: number;
  private consecutiveFailures = 0;
  private probe: Promise<unknown> | null = null;
  private readonly observers: Array<(outcome: ReadOutcome) => void> = [];

  constructor(options: SourceBreakerOptions) {
    this.department = options.department;
    this.deadlineMs = options.deadlineMs;
    this.failureThreshold = options.failureThreshold ?? RESILIENCE_DEFAULTS.failureThreshold;
    // Never above the deadline: a read past the deadline already fails as TIMEOUT.
    this.slowCallMs = Math.min(options.slowCallMs ?? RESILIENCE_DEFAULTS.slowCallMs, options.deadlineMs);
    this.breaker = new CircuitBreaker((read: () => Promise<unknown>) => read(), {
      name: options.department,
      timeout: options.deadlineMs,
      resetTimeout: options.resetTimeoutMs ?? RESILIENCE_DEFAULTS.resetTimeoutMs,
      errorThresholdPercentage: 50,
      volumeThreshold: this.failureThreshold,
      rollingCountTimeout: 10_000,
      rollingCountBuckets: 10,
      errorFilter: isAnsweredRefusal,
    });
    this.breaker.on('success', (_result: unknown, latencyMs: number) => {
      if (latencyMs > this.slowCallMs) this.countFailure();
      else this.consecutiveFailures = 0;
    });
    this.breaker.on('failure', () => this.countFailure());
    this.breaker.on('open', () => options.onStateChange?.('OPEN'));
    this.breaker.on('halfOpen', () => options.onStateChange?.('HALF_OPEN'));
    this.breaker.on('close', () => {
      this.consecutiveFailures = 0;
      options.onStateChange?.('CLOSED');
    });
  }

  private countFailure(): void {
    this.consecutiveFailures++;
    if (this.consecutiveFailures >= this.failureThreshold && this.breaker.closed) this.breaker.open();
  }

  /** Told of every read's outcome and latency (metrics); never of its data. */
  observe(observer: (outcome: ReadOutcome) => void): void {
    this.observers.push(observer);
  }

  private report(status: SourceStatus, latencyMs: number): void {
    if (this.observers.length === 0) return;
    const outcome: ReadOutcome = {
      department: this.department,
      status,
      slow: status === 'UP' && latencyMs > this.slowCallMs,
      latencyMs,
    };
    for (const observer of this.observers) observer(outcome);
  }

  get state(): BreakerState {
    if (this.breaker.opened) return 'OPEN';
    if (this.breaker.halfOpen) return 'HALF_OPEN';
    return 'CLOSED';
  }

  /** Runs `read` through the breaker; rejects with a SourceFailure. */
  async run<T>(read: () => Promise<T>): Promise<T> {
    // Half-open with the probe already out: wait for its outcome, then go through (or fail fast).
    while (this.probe && this.breaker.halfOpen && !this.breaker.pendingClose) {
      await this.probe.catch(() => undefined);
    }
    const isProbe = this.breaker.halfOpen && this.breaker.pendingClose;
    const started = Date.now();
    const call = this.breaker.fire(read) as Promise<T>;
    if (isProbe) {
      const probe = call.finally(() => {
        if (this.probe === probe) this.probe = null;
      });
      probe.catch(() => undefined);
      this.probe = probe;
    }
    try {
      const result = await call;
      const latencyMs = Date.now() - started;
      // A slow probe proves the body is still slow: the breaker opens again rather than closing.
      if (isProbe && latencyMs > this.slowCallMs && this.breaker.closed) this.breaker.open();
      this.report('UP', latencyMs);
      return result;
    } catch (error) {
      const failure = new SourceFailure(this.department, classifyFailure(error), error);
      this.report(failure.status, Date.now() - started);
      throw failure;
    }
  }

  /** Stops the breaker's timers. */
  shutdown(): void {
    this.breaker.shutdown();
  }
}
