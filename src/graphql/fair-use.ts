import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { Pool } from 'pg';
import type { Actor } from '../auth/actor';
import { ErrorCode } from '../common/error-code';
import type { Logger } from '../common/logger';

/*
 * Fair use: each user, and each body as a whole, may spend a budget of query cost per minute
 * (cost as estimated by query-limits.ts, charged before the query runs). Budgets are token
 * buckets: full at the start, refilled continuously at budget/minute, never above one minute's
 * budget. A request its user's or its body's bucket cannot pay for is refused with RATE_LIMITED,
 * HTTP 429 and a Retry-After header (seconds until both buckets can pay), and costs nothing.
 *
 * The hub keeps the buckets in its own database (PostgresFairUseStore), so every replica behind
 * a load balancer spends from the same budget: one statement per request refills both buckets,
 * checks them and takes the cost from both or neither, under the rows' locks and by the
 * database's clock. MemoryFairUseStore does the same arithmetic in one process (unit tests).
 */

/*
 * Defaults measured on the README's example queries (tests/config/fair-use-defaults.spec.ts):
 * the case list with every linked record costs 7,651, one case page (a case's shared context)
 * 1,530, a person across bodies 1,033. A centre of fifty people each opening the case list ten
 * times a minute spends 3.8 million a minute, so a body's budget is 4,000,000; one person may
 * open it 26 times a minute (or 130 case pages), more than anyone clicks and far less than a
 * script in a loop.
 */
/** Query cost one user (department + user id) may spend per minute. */
export const USER_COST_PER_MINUTE = 200_000;
/** Query cost all users of one body together may spend per minute. */
export const BODY_COST_PER_MINUTE = 4_000_000;

export interface FairUseLimits {
  userCostPerMinute: number;
  bodyCostPerMinute: number;
}

export const DEFAULT_FAIR_USE_LIMITS: Readonly<FairUseLimits> = Object.freeze({
  userCostPerMinute: USER_COST_PER_MINUTE,
  bodyCostPerMinute: BODY_COST_PER_MINUTE,
});

const MINUTE_MS = 60_000;

/** One bucket a charge draws on: its key and its budget per minute. */
export interface BucketCharge {
  key: string;
  perMinute: number;
}

/**
 * Where the buckets live. `take` returns, for each bucket in order, the milliseconds until it
 * could pay `cost`; all zero means the cost was taken from every bucket, otherwise from none.
 */
export interface FairUseStore {
  take(buckets: readonly BucketCharge[], cost: number): Promise<number[]>;
  /** The level of each bucket now (for tests and diagnostics). */
  levels(buckets: readonly BucketCharge[]): Promise<number[]>;
}

export type FairUseScope = 'USER' | 'BODY';

export class FairUse {
  readonly limits: Readonly<FairUseLimits>;

  constructor(
    limits: Partial<FairUseLimits> = {},
    private readonly store: FairUseStore = new MemoryFairUseStore(),
  ) {
    this.limits = { ...DEFAULT_FAIR_USE_LIMITS, ...limits };
    for (const [name, value] of Object.entries(this.limits)) {
      if (!(value > 0)) throw new Error(`fair use: ${name} must be positive`);
    }
  }

  /** Takes `cost` from the actor's and their body's budgets, or throws RATE_LIMITED and takes nothing. */
  async charge(actor: Pick<Actor, 'user' | 'department'>, cost: number): Promise<void> {
    const [waitUser, waitBody] = await this.store.take(this.buckets(actor), cost);
    if (waitUser > 0 || waitBody > 0) {
      throw rateLimited(waitBody > waitUser ? 'BODY' : 'USER', actor.department, Math.max(waitUser, waitBody));
    }
  }

  /** The budget left now (for tests and diagnostics). */
  async remaining(actor: Pick<Actor, 'user' | 'department'>): Promise<{ user: number; body: number }> {
    const [user, body] = await this.store.levels(this.buckets(actor));
    return { user, body };
  }

  /** Department codes hold no '/', so a key names exactly one user of one body. */
  private buckets(actor: Pick<Actor, 'user' | 'department'>): BucketCharge[] {
    return [
      { key: `user/${actor.department}/${actor.user}`, perMinute: this.limits.userCostPerMinute },
      { key: `body/${actor.department}`, perMinute: this.limits.bodyCostPerMinute },
    ];
  }
}

/** How often a replica removes buckets idle for over a minute (they are full, the same as none). */
const FORGET_IDLE_EVERY_MS = 60_000;
/** A budget check waits at most this long for the hub database; past it the request goes uncharged (and meets the hub database's own deadline on its own). */
const STORE_DEADLINE_MS = 1_000;
/** While the budgets cannot be charged, one warning per this interval. */
const WARN_EVERY_MS = 10_000;

/**
 * The buckets in the hub database (table fair_use_bucket, function fair_use_take: migration
 * SharedFairUseBudgets), shared by every replica. Its own small pool, like the audit writer's:
 * a budget check never waits behind a request's own statements, and is not counted as one.
 *
 * If the hub database cannot answer within the deadline, the request is let through
 * uncharged: whatever in it needs the hub database (its audit records included, so any read
 * of a body's records) fails on its own with HUB_UNAVAILABLE, and what needs no database
 * (`me`) keeps working, as it does without the budgets. One warning per interval says so.
 */
export class PostgresFairUseStore implements FairUseStore {
  private readonly pool: Pool;
  private lastForget = Date.now();
  private lastWarning = -Infinity;
  private unchargedSinceWarning = 0;

  constructor(
    hubUrl: string,
    private readonly log?: Logger,
  ) {
    this.pool = new Pool({
      connectionString: hubUrl,
      max: 4,
      application_name: 'mediation-hub:fair-use',
      connectionTimeoutMillis: STORE_DEADLINE_MS,
      statement_timeout: STORE_DEADLINE_MS,
      lock_timeout: STORE_DEADLINE_MS,
      // A partition delivers no cancel: the client stops waiting on its own.
      query_timeout: STORE_DEADLINE_MS + 250,
      keepAlive: true,
      // Nothing here is worth waiting for the disk: a budget charge lost in a crash is forgiven.
      options: '-c synchronous_commit=off',
    });
    // An idle connection the server dropped is replaced on next use; the pool must not crash the process.
    this.pool.on('error', () => undefined);
  }

  async take(buckets: readonly BucketCharge[], cost: number): Promise<number[]> {
    let rows;
    try {
      rows = (
        await this.pool.query<{ waits: number[] }>(
          'SELECT fair_use_take($1::text[], $2::float8[], $3::float8) AS waits',
          [buckets.map((b) => b.key), buckets.map((b) => b.perMinute), cost],
        )
      ).rows;
    } catch (error) {
      this.warnUncharged(error);
      return buckets.map(() => 0);
    }
    this.forgetIdleBuckets();
    return rows[0].waits.map(Number);
  }

  async levels(buckets: readonly BucketCharge[]): Promise<number[]> {
    const rows = await this.run(
      `SELECT w.key, least(w.per_minute, b.level + greatest(0, extract(epoch FROM clock_timestamp() - b.updated_at)) * w.per_minute / 60) AS level
         FROM unnest($1::text[], $2::float8[]) AS w(key, per_minute)
         LEFT JOIN fair_use_bucket b ON b.key = w.key`,
      [buckets.map((b) => b.key), buckets.map((b) => b.perMinute)],
    );
    return buckets.map((bucket) => {
      const level = rows.find((row) => row.key === bucket.key)?.level;
      return level === null || level === undefined ? bucket.perMinute : Number(level);
    });
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  private async run(sql: string, parameters: unknown[]): Promise<Array<Record<string, unknown>>> {
    try {
      return (await this.pool.query<Record<string, unknown>>(sql, parameters)).rows;
    } catch {
      throw new GraphQLError('The hub database cannot be reached; retry later', {
        extensions: { code: ErrorCode.HUB_UNAVAILABLE, http: { status: 503 } },
      });
    }
  }

  /** At most one warning per interval while the budgets cannot be charged, with how many went uncharged. */
  private warnUncharged(error: unknown): void {
    this.unchargedSinceWarning++;
    const now = Date.now();
    if (now - this.lastWarning < WARN_EVERY_MS) return;
    this.log?.warn(
      { err: error, uncharged: this.unchargedSinceWarning },
      'fair-use budgets unavailable (hub database); requests pass uncharged',
    );
    this.lastWarning = now;
    this.unchargedSinceWarning = 0;
  }

  /** Keeps the table to the buckets in use; any replica may do it, each at most once a minute. */
  private forgetIdleBuckets(): void {
    const now = Date.now();
    if (now - this.lastForget < FORGET_IDLE_EVERY_MS) return;
    this.lastForget = now;
    this.pool
      .query(`DELETE FROM fair_use_bucket WHERE updated_at < clock_timestamp() - interval '1 minute'`)
      .catch(() => undefined);
  }
}

interface Bucket {
  level: number;
  at: number;
  perMinute: number;
}

/** Full buckets are forgotten (a full bucket is the same as none) once there are this many... */
const SWEEP_ABOVE = 1_000;
/** ...at most this often. */
const SWEEP_EVERY_MS = 10_000;

/** The buckets in this process's memory: one process's budgets only (unit tests, tools). */
export class MemoryFairUseStore implements FairUseStore {
  private readonly buckets = new Map<string, Bucket>();
  private lastSweep = -Infinity;

  constructor(private readonly now: () => number = Date.now) {}

  async take(charges: readonly BucketCharge[], cost: number): Promise<number[]> {
    const at = this.now();
    const buckets = charges.map((charge) => this.bucket(charge, at));
    const waits = buckets.map((bucket, i) => waitMs(bucket, cost, charges[i].perMinute));
    if (waits.every((wait) => wait === 0)) for (const bucket of buckets) bucket.level -= cost;
    return waits;
  }

  async levels(charges: readonly BucketCharge[]): Promise<number[]> {
    const at = this.now();
    return charges.map((charge) => this.bucket(charge, at).level);
  }

  private bucket({ key, perMinute }: BucketCharge, at: number): Bucket {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size >= SWEEP_ABOVE && at - this.lastSweep >= SWEEP_EVERY_MS) this.sweep(at);
      bucket = { level: perMinute, at, perMinute };
      this.buckets.set(key, bucket);
      return bucket;
    }
    bucket.level = Math.min(perMinute, bucket.level + ((at - bucket.at) * perMinute) / MINUTE_MS);
    bucket.at = at;
    return bucket;
  }

  private sweep(at: number): void {
    this.lastSweep = at;
    for (const [key, { level, at: since, perMinute }] of this.buckets) {
      if (level + ((at - since) * perMinute) / MINUTE_MS >= perMinute) this.buckets.delete(key);
    }
  }
}

/** How long until the bucket can pay `cost` (a cost above a whole budget waits for a full bucket). */
function waitMs(bucket: Bucket, cost: number, perMinute: number): number {
  const needed = Math.min(cost, perMinute);
  return bucket.level >= needed ? 0 : ((needed - bucket.level) * MINUTE_MS) / perMinute;
}

export function rateLimited(scope: FairUseScope, department: string, waitMilliseconds: number): GraphQLError {
  const seconds = Math.max(1, Math.ceil(waitMilliseconds / 1000));
  const who = scope === 'USER' ? 'You have' : `Your body (${department}) has`;
  return new GraphQLError(`${who} used up the fair-use budget of queries for now; retry in ${seconds} s`, {
    extensions: {
      code: ErrorCode.RATE_LIMITED,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(seconds)]]) },
    },
  });
}
