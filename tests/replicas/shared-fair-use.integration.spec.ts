import type { GraphQLError } from 'graphql';
import { createLogger } from '../../src/common/logger';
import { FairUse, PostgresFairUseStore } from '../../src/graphql/fair-use';
import { freePort } from '../support/free-port';
import { createTestDatabases, type TestDatabases } from '../support/test-hub';

const alice = { department: 'COURT', user: 'alice' };

async function outcome(charge: Promise<void>): Promise<string> {
  try {
    await charge;
    return 'SERVED';
  } catch (error) {
    return String((error as GraphQLError).extensions?.code);
  }
}

/** The budget store every replica shares: one statement decides a charge, whatever the concurrency. */
describe(PostgresFairUseStore.name, () => {
  let dbs: TestDatabases;
  const stores: PostgresFairUseStore[] = [];
  beforeAll(async () => {
    dbs = await createTestDatabases();
  });
  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()));
    await dbs.drop();
  });

  function replica(limits: ConstructorParameters<typeof FairUse>[0]): FairUse {
    const store = new PostgresFairUseStore(dbs.targets.hubUrl);
    stores.push(store);
    return new FairUse(limits, store);
  }

  it('lets 40 charges raced through two replicas spend one budget once, and a refusal costs nothing', async () => {
    // The user's budget is 10 charges' worth; it refills 1000 a minute, so about 2 more per
    // second of racing. The body's (60 charges) refills at 100 a second.
    const limits = { userCostPerMinute: 1000, bodyCostPerMinute: 6000 };
    const [a, b] = [replica(limits), replica(limits)];
    const began = Date.now();
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, (_, i) => outcome((i % 2 ? a : b).charge(alice, 100))),
    );
    const seconds = (Date.now() - began) / 1000;
    const refill = Math.ceil((seconds / 60) * 10);
    const served = outcomes.filter((o) => o === 'SERVED').length;
    expect(served).toBeGreaterThanOrEqual(10);
    expect(served).toBeLessThanOrEqual(10 + refill);
    expect(outcomes.filter((o) => o !== 'SERVED')).toEqual(Array(40 - served).fill('RATE_LIMITED'));
    // The 30 refusals took nothing: what is left is the refill since, never below zero.
    const left = await b.remaining(alice);
    expect(left.user).toBeGreaterThanOrEqual(0);
    expect(left.user).toBeLessThan(100 + 100);
    expect(left.body).toBeGreaterThanOrEqual(6000 - served * 100);
    expect(left.body).toBeLessThanOrEqual(6000 - served * 100 + Math.ceil(100 * ((Date.now() - began) / 1000)));
  });

  it('lets a request through uncharged, within its deadline and with one warning, when the hub database cannot be reached', async () => {
    const url = new URL(dbs.targets.hubUrl);
    url.port = String(await freePort()); // nothing listens there
    const warnings: Array<{ uncharged?: number; msg?: string }> = [];
    const log = createLogger('warn', { write: (line: string) => void warnings.push(JSON.parse(line)) });
    const store = new PostgresFairUseStore(url.toString(), log);
    stores.push(store);
    // A budget the first charge would spend whole: were it charged, the second would be refused.
    const fairUse = new FairUse({ userCostPerMinute: 100, bodyCostPerMinute: 100 }, store);
    const began = Date.now();
    await expect(fairUse.charge(alice, 100)).resolves.toBeUndefined();
    await expect(fairUse.charge(alice, 100)).resolves.toBeUndefined();
    expect(Date.now() - began).toBeLessThan(2 * 2_500);
    expect(warnings).toEqual([
      expect.objectContaining({
        uncharged: 1,
        msg: 'fair-use budgets unavailable (hub database); requests pass uncharged',
      }),
    ]);
  });
});
