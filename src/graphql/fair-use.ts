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
 * a load balancer spends from the same budget: one statement refills both buckets, checks them
 * and takes from both or neither, under the rows' locks and by the database's clock. A replica
 * takes a slice of each budget at a time and spends it request by request in its own memory
 * (BudgetLeases), so most requests send no statement at all. MemoryFairUseStore does the same
 * arithmetic as the database in one process (unit tests).
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

  /** Statements this store has sent to the hub database (for tests and diagnostics). */
  statements = 0;

  async take(buckets: readonly BucketCharge[], cost: number): Promise<number[]> {
    let rows;
    try {
      this.statements++;
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

  /**
   * One statement (fair_use_lease): gives back `back` of each bucket, then takes `need` from every
   * bucket or from none, and with it a slice (see BudgetLeases). Returns null when the hub
   * database cannot answer: a charge (`need` above zero somewhere) then passes uncharged, with the
   * same warning as `take`; a pure give-back is simply forgiven.
   */
  async lease(requests: readonly LeaseRequest[], ofLevel: number): Promise<LeaseAnswer | null> {
    let rows;
    try {
      this.statements++;
      rows = (
        await this.pool.query<LeaseAnswer>(
          'SELECT waits, grants FROM fair_use_lease($1::text[], $2::float8[], $3::float8[], $4::float8[], $5::float8[], $6::float8)',
          [
            requests.map((r) => r.key),
            requests.map((r) => r.perMinute),
            requests.map((r) => r.back),
            requests.map((r) => r.need),
            requests.map((r) => r.slice),
            ofLevel,
          ],
        )
      ).rows;
    } catch (error) {
      if (requests.some((r) => r.need > 0)) this.warnUncharged(error);
      return null;
    }
    this.forgetIdleBuckets();
    return { waits: rows[0].waits.map(Number), grants: rows[0].grants.map(Number) };
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
      this.statements++;
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
    this.statements++;
    this.pool
      .query(`DELETE FROM fair_use_bucket WHERE updated_at < clock_timestamp() - interval '1 minute'`)
      .catch(() => undefined);
  }
}

/** What a replica asks of one bucket in a lease statement (fair_use_lease). */
export interface LeaseRequest {
  key: string;
  perMinute: number;
  /** Unspent budget of this replica's expired leases on the bucket, given back first. */
  back: number;
  /** What the request in hand lacks beyond the replica's lease: taken whole, or the request is refused. */
  need: number;
  /** The largest slice to take (the need is taken even when it is larger). */
  slice: number;
}

/** Per bucket, in the order asked: the milliseconds until it could pay its need (all zero: granted), and what it gave. */
export interface LeaseAnswer {
  waits: number[];
  grants: number[];
}

/** The shared buckets leases are taken from (PostgresFairUseStore). */
export interface LeaseSource {
  /** Null when the buckets cannot be reached: the charge passes uncharged. */
  lease(requests: readonly LeaseRequest[], ofLevel: number): Promise<LeaseAnswer | null>;
  levels(buckets: readonly BucketCharge[]): Promise<number[]>;
  close(): Promise<void>;
}

/*
 * Budget leases. The model is Doorman's (Google's global client-side rate limiter: a client is
 * granted capacity for a limited time, a lease, enforces it itself and asks again when it runs
 * out or the lease ends), with the shared token bucket in the hub database as its server and
 * the lease a sum of query cost rather than a rate, as Envoy's rate-limit quota service hands
 * out token-bucket assignments with a time to live. There is no master to apportion capacity:
 * each statement decides under the bucket's row lock, so the slice a replica gets shrinks as
 * the budget runs out (below).
 *
 * A slice is the cost of the request in hand, or more: at most a tenth of the budget per minute
 * (six seconds of refill: a user at the default budget gets 20,000, thirteen case pages, per
 * statement; a body 400,000) and at most a quarter of what the bucket holds. The quarter keeps
 * what other replicas hold unspent small exactly when it matters: near the end of a budget
 * slices are small, and once a bucket cannot pay a slice whole the replica takes just what the
 * request lacks, so a request is refused only when the shared bucket cannot pay for it.
 *
 * A lease is spent for five seconds, less than the six seconds its largest slice takes to refill:
 * an idle replica's unspent slice is not held back from the others for longer than that. Then
 * it is given back, off the request path: by a sweep once a second (one statement for all of a
 * replica's expired leases), or with the replica's next lease statement on the bucket, or on
 * close. Giving back never lifts a bucket above its cap, so a slice held while the bucket
 * refilled is not spent twice. Letting unspent slices lapse instead would cost no statement, but
 * would drain a budget by what was never spent: someone opening a case page every ten seconds
 * would lose most of a slice each time and be refused long before their own use warranted.
 *
 * What it saves: a statement per request for whoever sends several within five seconds (a busy
 * console, a script, the benchmark, and a body's bucket shared by its users); someone whose
 * requests are further apart than that still takes a slice per request (a statement, as without
 * leases) and the sweep gives most of it back, a statement shared with every other lease that
 * expired in the same second.
 *
 * The bound: a replica holds at most one slice per bucket (a tenth of the budget per minute;
 * more from concurrent statements is given back). The bucket refills while slices are out, so in
 * any window the requests accepted across N replicas cost at most what the token bucket alone
 * would accept plus N slices: with two replicas, a user's burst may reach 1.2 minutes' budget
 * rather than 1. The other way round, a request may be refused while another replica holds up
 * to a slice of the same budget unspent, for at most the lease's five seconds.
 *
 * Both buckets are charged together or not at all: what the request takes from one replica's
 * lease is put back if the other bucket refuses it. If the hub database cannot be reached, the
 * request passes uncharged (PostgresFairUseStore warns), as without leases; requests a lease
 * still covers are charged to it as usual.
 */

/** A slice is at most this share of a bucket's budget per minute... */
export const LEASE_SLICE_OF_BUDGET = 1 / 10;
/** ...and at most this share of what the bucket holds when the slice is taken. */
export const LEASE_SLICE_OF_LEVEL = 1 / 4;
/** How long a lease is spent before what is left of it goes back to its bucket. */
export const LEASE_MS = 5_000;
/** How often a replica gives back its expired leases (one statement for all of them). */
const GIVE_BACK_EVERY_MS = 1_000;
/**
 * How many lease statements under way (one after another) a charge short on a bucket waits for
 * before sending its own: requests of one user arriving together share one statement's slice
 * rather than each taking one.
 */
const WAIT_FOR_PENDING_ROUNDS = 8;

interface Lease {
  left: number;
  until: number;
  perMinute: number;
}

/** Fair-use budgets spent from leases taken from the shared buckets (see above). */
export class BudgetLeases implements FairUseStore {
  private readonly leases = new Map<string, Lease>();
  /** Budget this replica owes back to a bucket: expired leases' remainders and late refunds. */
  private readonly owed = new Map<string, { perMinute: number; amount: number }>();
  /** Lease statements under way, by bucket: a charge short on that bucket waits for it first. */
  private readonly pending = new Map<string, Promise<unknown>>();
  private readonly timer: NodeJS.Timeout;
  private givingBack = false;
  private readonly leaseMs: number;
  private readonly now: () => number;

  constructor(
    private readonly shared: LeaseSource,
    options: { leaseMs?: number; now?: () => number } = {},
  ) {
    this.leaseMs = options.leaseMs ?? LEASE_MS;
    this.now = options.now ?? Date.now;
    this.timer = setInterval(() => void this.giveBackExpired(), Math.min(GIVE_BACK_EVERY_MS, this.leaseMs));
    this.timer.unref();
  }

  async take(buckets: readonly BucketCharge[], cost: number): Promise<number[]> {
    for (let round = 0; round < WAIT_FOR_PENDING_ROUNDS; round++) {
      const at = this.now();
      const underWay = buckets
        .filter((bucket) => this.spendable(bucket.key, at) < cost)
        .map((bucket) => this.pending.get(bucket.key))
        .filter((statement) => statement !== undefined);
      if (underWay.length === 0) break;
      await Promise.all(underWay);
    }

    const at = this.now();
    // What each bucket's lease gives this request now (put back if the request is refused).
    const fromLease: Array<{ amount: number; until: number }> = [];
    const requests: LeaseRequest[] = [];
    const asked: number[] = [];
    for (const [i, bucket] of buckets.entries()) {
      const lease = this.current(bucket.key, at);
      const left = lease?.left ?? 0;
      const amount = Math.min(left, cost);
      if (lease) lease.left -= amount;
      fromLease.push({ amount, until: lease?.until ?? 0 });
      if (amount >= cost) continue;
      requests.push({
        key: bucket.key,
        perMinute: bucket.perMinute,
        back: this.takeOwed(bucket.key),
        need: cost - amount,
        slice: bucket.perMinute * LEASE_SLICE_OF_BUDGET,
      });
      asked.push(i);
    }
    if (requests.length === 0) return buckets.map(() => 0);

    const statement = this.shared.lease(requests, LEASE_SLICE_OF_LEVEL);
    for (const request of requests) this.pending.set(request.key, statement);
    let answer: LeaseAnswer | null;
    try {
      answer = await statement;
    } finally {
      for (const request of requests) if (this.pending.get(request.key) === statement) this.pending.delete(request.key);
    }

    const waits = buckets.map(() => 0);
    if (answer && answer.waits.every((wait) => wait === 0)) {
      const until = this.now() + this.leaseMs;
      asked.forEach((i, j) => this.credit(buckets[i], answer.grants[j] - requests[j].need, until));
      return waits;
    }
    // Refused, or not charged at all (hub database unreachable): the leases keep what they gave.
    buckets.forEach((bucket, i) => this.credit(bucket, fromLease[i].amount, fromLease[i].until));
    if (answer) asked.forEach((i, j) => (waits[i] = answer.waits[j]));
    return waits;
  }

  /** The shared buckets' levels (what replicas hold in leases is not in them). */
  levels(buckets: readonly BucketCharge[]): Promise<number[]> {
    return this.shared.levels(buckets);
  }

  /** Gives every lease back and closes the shared buckets' connection. */
  async close(): Promise<void> {
    clearInterval(this.timer);
    for (const [key, lease] of this.leases) this.owe(key, lease.perMinute, lease.left);
    this.leases.clear();
    await this.giveBackOwed();
    await this.shared.close();
  }

  /** What this replica's lease on the bucket has left to spend (for tests and diagnostics). */
  held(key: string): number {
    return this.spendable(key, this.now());
  }

  private spendable(key: string, at: number): number {
    const lease = this.leases.get(key);
    return lease && lease.until > at ? lease.left : 0;
  }

  /** The bucket's lease if it is still to be spent; an expired one is owed back. */
  private current(key: string, at: number): Lease | undefined {
    const lease = this.leases.get(key);
    if (!lease || lease.until > at) return lease;
    this.leases.delete(key);
    this.owe(key, lease.perMinute, lease.left);
    return undefined;
  }

  /** Adds to the bucket's lease (never beyond one slice; the rest is owed back), or owes it all back once `until` has passed. */
  private credit(bucket: BucketCharge, amount: number, until: number): void {
    if (!(amount > 0)) return;
    const at = this.now();
    let lease = this.current(bucket.key, at);
    if (!lease) {
      if (until <= at) return this.owe(bucket.key, bucket.perMinute, amount);
      lease = { left: 0, until, perMinute: bucket.perMinute };
      this.leases.set(bucket.key, lease);
    }
    lease.until = Math.max(lease.until, until);
    const kept = Math.min(amount, Math.max(0, bucket.perMinute * LEASE_SLICE_OF_BUDGET - lease.left));
    lease.left += kept;
    this.owe(bucket.key, bucket.perMinute, amount - kept);
  }

  private owe(key: string, perMinute: number, amount: number): void {
    if (!(amount > 0)) return;
    const owed = this.owed.get(key);
    if (owed) owed.amount += amount;
    else this.owed.set(key, { perMinute, amount });
  }

  private takeOwed(key: string): number {
    const amount = this.owed.get(key)?.amount ?? 0;
    this.owed.delete(key);
    return amount;
  }

  private async giveBackExpired(): Promise<void> {
    const at = this.now();
    for (const key of [...this.leases.keys()]) this.current(key, at);
    await this.giveBackOwed();
  }

  /** One statement returning everything owed; if the hub database cannot take it, it is forgiven (the buckets refill). */
  private async giveBackOwed(): Promise<void> {
    if (this.givingBack || this.owed.size === 0) return;
    const requests = [...this.owed].map(([key, { perMinute, amount }]) => ({
      key,
      perMinute,
      back: amount,
      need: 0,
      slice: 0,
    }));
    this.owed.clear();
    this.givingBack = true;
    try {
      await this.shared.lease(requests, 0);
    } finally {
      this.givingBack = false;
    }
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
