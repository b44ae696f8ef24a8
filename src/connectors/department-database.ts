import { Pool, type PoolConfig, type QueryResultRow } from 'pg';
import { PLAN_ONCE } from '../common/hub-statement';
import { countStatement } from '../observability/request-observation';
import { traced } from '../observability/tracing';
import { type BreakerState, RESILIENCE_DEFAULTS, SourceBreaker } from './circuit-breaker';

const MAX_PREPARED_STATEMENTS = 500;

/** Counts statements sent to one body's database; read by tests and the benchmark. */
export class StatementCounter {
  private counts = new Map<string, number>();

  record(department: string): void {
    this.counts.set(department, (this.counts.get(department) ?? 0) + 1);
  }

  count(department?: string): number {
    if (department) return this.counts.get(department) ?? 0;
    let total = 0;
    for (const n of this.counts.values()) total += n;
    return total;
  }

  reset(): void {
    this.counts.clear();
  }
}

export interface DepartmentDatabaseOptions {
  department: string;
  url: string;
  /** Server-side limit on one statement (Postgres statement_timeout); capped at the deadline. */
  statementTimeoutMs: number;
  /**
   * Client-side limit on one read, from asking for a connection to the last row: a body that
   * accepts the connection and then never answers fails as TIMEOUT here. Default: the statement
   * timeout + 1 s.
   */
  deadlineMs?: number;
  /** Limit on opening a connection (TCP + startup + auth). Default: the deadline. */
  connectTimeoutMs?: number;
  /** Consecutive failed reads that open the body's circuit breaker (default 5). */
  breakerFailureThreshold?: number;
  /** How long an open breaker fails fast before it probes again (default 10 s). */
  breakerResetTimeoutMs?: number;
  /** Latency budget of one read; a slower read counts as a failure for the breaker (default 2.5 s). */
  slowCallMs?: number;
  maxConnections?: number;
  counter?: StatementCounter;
  /** Told of every breaker state change (the sources log them). */
  onBreakerStateChange?: (state: BreakerState) => void;
}

/**
 * A body's database as the hub sees it: its own pool, read-only sessions, a statement
 * timeout, a connection timeout, a deadline on every read and a circuit breaker, so one slow
 * or dead body can neither hold connections that belong to the others nor hold up a response
 * for longer than its deadline. Every read fails as a SourceFailure (DOWN, TIMEOUT or
 * CIRCUIT_OPEN); nothing a dead connection does can crash the process.
 */
export class DepartmentDatabase {
  readonly department: string;
  readonly deadlineMs: number;
  readonly statementTimeoutMs: number;
  readonly connectTimeoutMs: number;
  readonly breaker: SourceBreaker;
  private readonly pool: Pool;
  private readonly counter?: StatementCounter;
  private readonly statementNames = new Map<string, string>();

  constructor(options: DepartmentDatabaseOptions) {
    this.department = options.department;
    this.counter = options.counter;
    this.deadlineMs = options.deadlineMs ?? options.statementTimeoutMs + RESILIENCE_DEFAULTS.deadlineMarginMs;
    // The server cancels a slow statement before the client gives up on it, so the connection
    // survives and the failure is a clean TIMEOUT rather than a torn-down session.
    this.statementTimeoutMs = Math.min(options.statementTimeoutMs, this.deadlineMs);
    this.connectTimeoutMs = options.connectTimeoutMs ?? this.deadlineMs;
    const config: PoolConfig = {
      connectionString: options.url,
      max: options.maxConnections ?? 5,
      connectionTimeoutMillis: this.connectTimeoutMs,
      // A connection that stops answering mid-query is dropped at the deadline (pg then ends
      // the client instead of returning it to the pool).
      query_timeout: this.deadlineMs,
      idleTimeoutMillis: 30_000,
      statement_timeout: this.statementTimeoutMs,
      keepAlive: true,
      application_name: `mediation-hub:${options.department}`,
      // Defence in depth beside the read-only role: every session refuses writes. Every read is a
      // named statement, planned once per session (a record by id 0.31 → 0.21 ms, a person's
      // records 0.54 → 0.17 ms on ~120k incidents).
      options: `-c default_transaction_read_only=on ${PLAN_ONCE}`,
    };
    this.pool = new Pool(config);
    // A broken idle connection must not crash the process; the pool drops it and the next query reconnects.
    this.pool.on('error', () => undefined);
    // A checked-out client whose connection dies emits 'error' on itself, not on the pool.
    this.pool.on('connect', (client) => {
      client.on('error', () => undefined);
    });
    this.breaker = new SourceBreaker({
      department: options.department,
      deadlineMs: this.deadlineMs,
      failureThreshold: options.breakerFailureThreshold,
      resetTimeoutMs: options.breakerResetTimeoutMs,
      slowCallMs: options.slowCallMs,
      onStateChange: options.onBreakerStateChange,
    });
  }

  /**
   * One read through the breaker; rejects with a SourceFailure. The hub's statements come from
   * a small set of texts (one per projection and mix of kinds), so each runs as a named
   * prepared statement: the body parses and plans it once per connection, not once per read.
   */
  query<Row extends QueryResultRow>(text: string, values: unknown[] = []): Promise<Row[]> {
    return traced('body read', { 'hub.body': this.department }, () =>
      this.breaker.run(async () => {
        this.counter?.record(this.department);
        countStatement(this.department);
        const result = await this.pool.query<Row>({ name: this.statementName(text), text, values });
        return result.rows;
      }),
    );
  }

  /** Connections of this body's pool: open, idle, and requests waiting for one (metrics). */
  get poolUsage(): { total: number; idle: number; waiting: number } {
    return { total: this.pool.totalCount, idle: this.pool.idleCount, waiting: this.pool.waitingCount };
  }

  private statementName(text: string): string | undefined {
    let name = this.statementNames.get(text);
    // Bounded, so an unforeseen variety of texts cannot grow every connection's statement cache.
    if (!name && this.statementNames.size < MAX_PREPARED_STATEMENTS) {
      name = `hub_${this.statementNames.size + 1}`;
      this.statementNames.set(text, name);
    }
    return name;
  }

  /** Reachability through the breaker (counts like a read; fails fast while it is open). */
  async ping(): Promise<void> {
    await this.breaker.run(() => this.pool.query('SELECT 1'));
  }

  async close(): Promise<void> {
    this.breaker.shutdown();
    await this.pool.end();
  }
}
