import type { GraphQLError } from 'graphql';
import { createLogger } from '../../src/common/logger';
import { BudgetLeases, FairUse, LEASE_SLICE_OF_BUDGET, PostgresFairUseStore } from '../../src/graphql/fair-use';
import { freePort } from '../support/free-port';
import { createTestDatabases, type TestDatabases } from '../support/test-hub';

const COST = 100;

async function outcome(charge: Promise<void>): Promise<'SERVED' | GraphQLError> {
  try {
    await charge;
    return 'SERVED';
  } catch (error) {
    return error as GraphQLError;
  }
}

/** What `ms` milliseconds refill of a budget of `perMinute` a minute. */
function refill(perMinute: number, ms: number): number {
  return (perMinute * ms) / 60_000;
}

/**
 * Fair-use budgets spent from leases (BudgetLeases): replicas of the hub, each a FairUse over its
 * own leases and its own connection to one hub database, as replicas behind a load balancer are.
 */
describe(BudgetLeases.name, () => {
  let dbs: TestDatabases;
  const closing: Array<{ close(): Promise<void> }> = [];
  beforeAll(async () => {
    dbs = await createTestDatabases();
  });
  afterAll(async () => {
    await Promise.all(closing.map((store) => store.close()));
    await dbs.drop();
  });

  function replica(
    limits: ConstructorParameters<typeof FairUse>[0],
    options: { leaseMs?: number; hubUrl?: string; log?: ReturnType<typeof createLogger> } = {},
  ) {
    const buckets = new PostgresFairUseStore(options.hubUrl ?? dbs.targets.hubUrl, options.log);
    const leases = new BudgetLeases(buckets, { leaseMs: options.leaseMs });
    closing.push(leases);
    return { fairUse: new FairUse(limits, leases), leases, buckets };
  }

  /** Each test spends the budgets of users and a body of its own. */
  let people = 0;
  function someone() {
    people++;
    return { department: `BODY${people}`, user: `user-${people}` };
  }

  it('lets two replicas racing one user spend no more than the budget, its refill and one slice per replica', async () => {
    const userCostPerMinute = 10_000; // 100 requests' worth; a slice is 1,000
    const limits = { userCostPerMinute, bodyCostPerMinute: 100 * userCostPerMinute };
    const [a, b] = [replica(limits), replica(limits)];
    const alice = someone();
    const began = Date.now();
    // 300 requests, ten at a time on each replica, the way a busy client hits both.
    const outcomes: Array<'SERVED' | GraphQLError> = [];
    for (let round = 0; round < 15; round++) {
      outcomes.push(
        ...(await Promise.all(
          Array.from({ length: 20 }, (_, i) => outcome((i % 2 ? a : b).fairUse.charge(alice, COST))),
        )),
      );
    }
    const elapsed = Date.now() - began;
    const accepted = outcomes.filter((o) => o === 'SERVED').length * COST;
    const slice = userCostPerMinute * LEASE_SLICE_OF_BUDGET;
    expect(accepted).toBeLessThanOrEqual(userCostPerMinute + refill(userCostPerMinute, elapsed) + 2 * slice);
    // Little is held back: at most a slice on the replica that did not refuse.
    expect(accepted).toBeGreaterThanOrEqual(userCostPerMinute - slice);
    const refusals = outcomes.filter((o): o is GraphQLError => o !== 'SERVED');
    expect(refusals.length).toBeGreaterThan(0);
    for (const refusal of refusals) {
      expect(refusal.extensions.code).toBe('RATE_LIMITED');
      expect(refusal.message).toMatch(/^You have used up the fair-use budget of queries for now; retry in \d+ s$/);
    }
  });

  it('refuses on replica B a user whose budget was spent on replica A, B serving at most the slice it held', async () => {
    const userCostPerMinute = 6_000; // a slice is 600: six requests
    const limits = { userCostPerMinute, bodyCostPerMinute: 100 * userCostPerMinute };
    // B's leases last a minute here, however slow the machine: what B holds is not given back meanwhile.
    const [a, b] = [replica(limits), replica(limits, { leaseMs: 60_000 })];
    const bob = someone();
    const carol = someone();

    // Carol never used B: once A has spent her budget, B refuses her at once.
    let servedOnA = 0;
    while ((await outcome(a.fairUse.charge(carol, COST))) === 'SERVED') servedOnA++;
    expect(servedOnA).toBeGreaterThanOrEqual(userCostPerMinute / COST);
    const refused = await outcome(b.fairUse.charge(carol, COST));
    expect(refused).not.toBe('SERVED');
    const error = refused as GraphQLError;
    expect(error.extensions.code).toBe('RATE_LIMITED');
    expect((error.extensions.http as { status: number }).status).toBe(429);
    expect(
      Number((error.extensions.http as { headers: Map<string, string> }).headers.get('retry-after')),
    ).toBeGreaterThanOrEqual(1);

    // Bob was served once on B, which took a slice: B serves him what is left of it, then refuses.
    await b.fairUse.charge(bob, COST);
    const heldOnB = b.leases.held(`user/${bob.department}/${bob.user}`);
    expect(heldOnB).toBe(userCostPerMinute * LEASE_SLICE_OF_BUDGET - COST);
    while ((await outcome(a.fairUse.charge(bob, COST))) === 'SERVED');
    let servedOnB = 0;
    while ((await outcome(b.fairUse.charge(bob, COST))) === 'SERVED') servedOnB++;
    // What B held, and what the bucket refilled meanwhile (a request's worth each 1 s).
    expect(servedOnB * COST).toBeGreaterThanOrEqual(heldOnB);
    expect(servedOnB * COST).toBeLessThanOrEqual(heldOnB + COST);
  });

  it('charges a hundred requests with a handful of statements, where charging each took a hundred', async () => {
    const limits = {}; // the defaults: a user's slice is 20,000, a body's 400,000
    const leased = replica(limits);
    const perRequest = new PostgresFairUseStore(dbs.targets.hubUrl);
    closing.push(perRequest);
    const exact = new FairUse(limits, perRequest);
    const [dave, erin, judy] = [someone(), someone(), someone()];
    const casePage = 1_530;
    const caseList = 7_651;

    const began = Date.now();
    for (let i = 0; i < 100; i++) await leased.fairUse.charge(dave, casePage); // one after another
    await Promise.all(Array.from({ length: 20 }, () => leased.fairUse.charge(erin, caseList))); // all at once
    for (let i = 0; i < 100; i++) await exact.charge(judy, casePage);
    const elapsed = Date.now() - began;

    expect(perRequest.statements).toBe(100);
    // 100 case pages are 153,000: thirteen pages to a slice of 20,000 (smaller once the bucket is
    // below 80,000), about 8 statements; the 20 case lists sent at once wait for the statement under
    // way and share its slice, 2 or 3 lists to a statement.
    expect(leased.buckets.statements).toBeLessThanOrEqual(20);
    // And every request was charged in full: what the bucket lacks is the cost, less what the lease holds.
    for (const [actor, spent] of [
      [dave, 100 * casePage],
      [erin, 20 * caseList],
    ] as const) {
      const level = (await leased.fairUse.remaining(actor)).user;
      const held = leased.leases.held(`user/${actor.department}/${actor.user}`);
      expect(level + held).toBeGreaterThanOrEqual(200_000 - spent - 1e-6);
      expect(level + held).toBeLessThanOrEqual(200_000 - spent + refill(200_000, elapsed) + 1e-6);
    }
  });

  it("takes both buckets or neither: a body's refusal leaves the user's lease and bucket as they were", async () => {
    const limits = { userCostPerMinute: 10_000, bodyCostPerMinute: 250 };
    const { fairUse, leases } = replica(limits);
    const frank = someone();
    const userKey = `user/${frank.department}/${frank.user}`;
    await fairUse.charge(frank, COST); // the user's slice is 1,000, the body's just the cost
    await fairUse.charge(frank, COST); // from the user's lease; the body's bucket pays again
    expect(leases.held(userKey)).toBe(800);
    const before = await fairUse.remaining(frank);

    const refused = await outcome(fairUse.charge(frank, COST));
    expect((refused as GraphQLError).message).toMatch(
      new RegExp(
        `^Your body \\(${frank.department}\\) has used up the fair-use budget of queries for now; retry in \\d+ s$`,
      ),
    );
    expect(leases.held(userKey)).toBe(800);
    const after = await fairUse.remaining(frank);
    expect(after.user).toBeGreaterThanOrEqual(before.user);
    expect(after.user).toBeLessThan(before.user + COST);
  });

  it('gives an idle lease back to the shared bucket once it expires', async () => {
    const limits = { userCostPerMinute: 60_000, bodyCostPerMinute: 600_000 };
    const { fairUse, leases } = replica(limits, { leaseMs: 300 });
    const grace = someone();
    await fairUse.charge(grace, COST);
    const userKey = `user/${grace.department}/${grace.user}`;
    expect(leases.held(userKey)).toBe(6_000 - COST);
    expect((await fairUse.remaining(grace)).user).toBeLessThan(60_000 - 6_000 + 1_000);

    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(leases.held(userKey)).toBe(0);
    const left = await fairUse.remaining(grace);
    // Back to full but for the one request (the refill meanwhile is capped at the budget).
    expect(left.user).toBeGreaterThanOrEqual(60_000 - COST);
    expect(left.body).toBeGreaterThanOrEqual(600_000 - COST);
  });

  it('lets requests through uncharged, with one warning, when the hub database cannot be reached', async () => {
    const url = new URL(dbs.targets.hubUrl);
    url.port = String(await freePort()); // nothing listens there
    const warnings: Array<{ uncharged?: number; msg?: string }> = [];
    const log = createLogger('warn', { write: (line: string) => void warnings.push(JSON.parse(line)) });
    // A budget the first charge would spend whole: were it charged, the second would be refused.
    const { fairUse } = replica({ userCostPerMinute: 100, bodyCostPerMinute: 100 }, { hubUrl: url.toString(), log });
    const heidi = someone();
    const began = Date.now();
    await expect(fairUse.charge(heidi, 100)).resolves.toBeUndefined();
    await expect(fairUse.charge(heidi, 100)).resolves.toBeUndefined();
    expect(Date.now() - began).toBeLessThan(2 * 2_500);
    expect(warnings).toEqual([
      expect.objectContaining({
        uncharged: 1,
        msg: 'fair-use budgets unavailable (hub database); requests pass uncharged',
      }),
    ]);
  });
});
