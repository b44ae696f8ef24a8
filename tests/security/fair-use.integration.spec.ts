import { type OptionsHub, startHubWith } from './hub-with-options';

/** Costs 1 + 100 × 1 = 101 (see query-limits.ts). */
const QUERY = '{ jointCases(first: 100) { totalCount } }';
const COST = 101;

/**
 * Budgets of 2.5 (user) and 3.5 (body) such queries a minute. They refill at 1/60 of themselves
 * a second, so the outcomes below hold while the test's requests take less than about eight seconds.
 */
const USER_BUDGET = 2.5 * COST;
const BODY_BUDGET = 3.5 * COST;

describe('fair use (query cost per user and per body per minute)', () => {
  let t: OptionsHub;
  beforeAll(async () => {
    t = await startHubWith({ fairUse: { userCostPerMinute: USER_BUDGET, bodyCostPerMinute: BODY_BUDGET } });
  });
  afterAll(() => t.close());

  async function ask(department: string, user: string) {
    t.hub.sources.statements.reset();
    const response = await t.graphql(QUERY, { token: await t.token(department, undefined, user) });
    return { ...response, statements: t.hub.sources.statements.count() };
  }

  it("refuses a user past their budget with RATE_LIMITED and Retry-After, while another body's user is served", async () => {
    expect((await ask('COURT', 'judge-a')).body.data).toEqual({ jointCases: { totalCount: expect.any(Number) } });
    expect((await ask('COURT', 'judge-a')).body.data).toBeDefined();

    const refused = await ask('COURT', 'judge-a');
    expect(refused.status).toBe(429);
    expect(refused.body.data).toBeUndefined();
    expect(refused.body.errors).toEqual([
      {
        message: expect.stringMatching(/^You have used up the fair-use budget of queries for now; retry in \d+ s$/),
        extensions: { code: 'RATE_LIMITED' },
      },
    ]);
    const retryAfter = Number(refused.headers.get('retry-after'));
    // (COST - what is left) at USER_BUDGET per minute: about 12.7 s.
    expect(retryAfter).toBeGreaterThanOrEqual(6);
    expect(retryAfter).toBeLessThanOrEqual(13);
    expect(refused.body.errors![0].message).toBe(
      `You have used up the fair-use budget of queries for now; retry in ${retryAfter} s`,
    );
    expect(refused.statements).toBe(0);

    const other = await ask('POLICE', 'officer-b');
    expect(other.status).toBe(200);
    expect(other.body.errors).toBeUndefined();
    expect(other.statements).toBeGreaterThan(0);
  });

  it("refuses every user of a body past the body's budget, naming the body", async () => {
    // judge-a has spent 2 × COST of COURT's 3.5; judge-c may spend one more, then the body is out.
    expect((await ask('COURT', 'judge-c')).status).toBe(200);
    const refused = await ask('COURT', 'judge-c');
    expect(refused.status).toBe(429);
    expect(refused.body.errors![0]).toEqual({
      message: expect.stringMatching(
        /^Your body \(COURT\) has used up the fair-use budget of queries for now; retry in \d+ s$/,
      ),
      extensions: { code: 'RATE_LIMITED' },
    });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.statements).toBe(0);
    expect((await ask('POLICE', 'officer-d')).status).toBe(200);
  });
});
