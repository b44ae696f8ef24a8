import { generateKeyPair } from 'jose';
import type { HubOptions } from '../../src/server/hub';
import { type OptionsHub, startHubWith } from './hub-with-options';
import { createTestDatabases, TEST_AUDIENCE, TEST_ISSUER, type TestDatabases } from '../support/test-hub';

/** Costs 1 + 100 × 1 = 101 (see query-limits.ts). */
const QUERY = '{ jointCases(first: 100) { totalCount } }';
const REQUESTS = 40;

/**
 * Two hubs on one hub database, counting the fair-use statements as Postgres itself counts them
 * (calls of fair_use_lease and fair_use_take in pg_stat_user_functions), not as the hub says.
 */
describe('fair-use leases on two hubs sharing one hub database', () => {
  let dbs: TestDatabases;
  /** Replicas verify the same tokens. */
  let jwt: HubOptions['jwt'];
  beforeAll(async () => {
    dbs = await createTestDatabases();
    const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    jwt = { issuer: TEST_ISSUER, audience: TEST_AUDIENCE, verificationKey: publicKey, signingKey: privateKey };
    // New sessions count their calls of PL/pgSQL functions (the hubs' pools connect after this).
    const [{ db }] = await dbs.sql<{ db: string }>('hub', 'SELECT current_database() AS db');
    await dbs.sql('hub', `ALTER DATABASE "${db}" SET track_functions = 'pl'`);
  });
  afterAll(() => dbs.drop());

  async function fairUseCalls(): Promise<number> {
    const [{ calls }] = await dbs.sql<{ calls: string }>(
      'hub',
      `SELECT coalesce(sum(calls), 0) AS calls FROM pg_stat_user_functions WHERE funcname IN ('fair_use_lease', 'fair_use_take')`,
    );
    return Number(calls);
  }

  /** `REQUESTS` requests of one user, alternating between the hubs; their statuses. */
  async function spend(hubs: OptionsHub[], user: string): Promise<number[]> {
    const token = await hubs[0].token('COURT', undefined, user);
    const statuses: number[] = [];
    for (let i = 0; i < REQUESTS; i++) statuses.push((await hubs[i % hubs.length].graphql(QUERY, { token })).status);
    return statuses;
  }

  it(`charges ${REQUESTS} requests through two hubs with a few statements, and ${REQUESTS} without leases`, async () => {
    const before = await fairUseCalls();
    const hubs = await Promise.all([startHubWith({ jwt }, dbs), startHubWith({ jwt }, dbs)]);
    let statuses: number[];
    try {
      statuses = await spend(hubs, 'leasing-judge');
    } finally {
      // Closing ends the hubs' sessions, which hands their counts to the statistics.
      await Promise.all(hubs.map((hub) => hub.close()));
    }
    const leased = (await fairUseCalls()) - before;
    expect(statuses).toEqual(Array(REQUESTS).fill(200));
    // One slice per hub and bucket covers all 40 (4,040 of a user's slice of 20,000); each hub
    // may give its unspent slices back once (a sweep and the close).
    expect(leased).toBeGreaterThanOrEqual(2);
    expect(leased).toBeLessThanOrEqual(6);

    const exact = await startHubWith({ jwt, fairUse: { leases: false } }, dbs);
    try {
      statuses = await spend([exact], 'charging-judge');
    } finally {
      await exact.close();
    }
    expect(statuses).toEqual(Array(REQUESTS).fill(200));
    expect((await fairUseCalls()) - before - leased).toBe(REQUESTS);
  });
});
