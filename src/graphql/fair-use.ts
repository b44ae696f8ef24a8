import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Actor } from '../auth/actor';
import { ErrorCode } from '../common/error-code';

/*
 * Fair use: each user, and each body as a whole, may spend a budget of query cost per minute
 * (cost as estimated by query-limits.ts, charged before the query runs). Budgets are token
 * buckets: full at the start, refilled continuously at budget/minute, never above one minute's
 * budget. A request its user's or its body's bucket cannot pay for is refused with RATE_LIMITED,
 * HTTP 429 and a Retry-After header (seconds until both buckets can pay), and costs nothing.
 *
 * The buckets live in memory, per hub process: with several hub processes behind a load
 * balancer each process grants the full budget, so the effective limit is budget × processes.
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
/** Full buckets are forgotten (a full bucket is the same as none) once there are this many... */
const SWEEP_ABOVE = 1_000;
/** ...at most this often. */
const SWEEP_EVERY_MS = 10_000;

interface Bucket {
  level: number;
  at: number;
}

export type FairUseScope = 'USER' | 'BODY';

export class FairUse {
  readonly limits: Readonly<FairUseLimits>;
  private readonly buckets = new Map<string, Bucket>();
  private lastSweep = -Infinity;

  constructor(
    limits: Partial<FairUseLimits> = {},
    private readonly now: () => number = Date.now,
  ) {
    this.limits = { ...DEFAULT_FAIR_USE_LIMITS, ...limits };
    for (const [name, value] of Object.entries(this.limits)) {
      if (!(value > 0)) throw new Error(`fair use: ${name} must be positive`);
    }
  }

  /** Takes `cost` from the actor's and their body's budgets, or throws RATE_LIMITED and takes nothing. */
  charge(actor: Pick<Actor, 'user' | 'department'>, cost: number): void {
    const at = this.now();
    const user = this.bucket(`user\u0000${actor.department}\u0000${actor.user}`, this.limits.userCostPerMinute, at);
    const body = this.bucket(`body\u0000${actor.department}`, this.limits.bodyCostPerMinute, at);
    const waitUser = waitMs(user, cost, this.limits.userCostPerMinute);
    const waitBody = waitMs(body, cost, this.limits.bodyCostPerMinute);
    if (waitUser > 0 || waitBody > 0) {
      throw rateLimited(waitBody > waitUser ? 'BODY' : 'USER', actor.department, Math.max(waitUser, waitBody));
    }
    user.level -= cost;
    body.level -= cost;
  }

  /** The budget left now (for tests and diagnostics). */
  remaining(actor: Pick<Actor, 'user' | 'department'>): { user: number; body: number } {
    const at = this.now();
    return {
      user: this.bucket(`user\u0000${actor.department}\u0000${actor.user}`, this.limits.userCostPerMinute, at).level,
      body: this.bucket(`body\u0000${actor.department}`, this.limits.bodyCostPerMinute, at).level,
    };
  }

  private bucket(key: string, perMinute: number, at: number): Bucket {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size >= SWEEP_ABOVE && at - this.lastSweep >= SWEEP_EVERY_MS) this.sweep(at);
      bucket = { level: perMinute, at };
      this.buckets.set(key, bucket);
      return bucket;
    }
    bucket.level = Math.min(perMinute, bucket.level + ((at - bucket.at) * perMinute) / MINUTE_MS);
    bucket.at = at;
    return bucket;
  }

  private sweep(at: number): void {
    this.lastSweep = at;
    for (const [key, bucket] of this.buckets) {
      const perMinute = key.startsWith('user') ? this.limits.userCostPerMinute : this.limits.bodyCostPerMinute;
      if (bucket.level + ((at - bucket.at) * perMinute) / MINUTE_MS >= perMinute) this.buckets.delete(key);
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
