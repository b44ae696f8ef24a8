import 'reflect-metadata';
import { type GraphQLError, type GraphQLSchema, getIntrospectionQuery, getOperationAST, parse } from 'graphql';
import { DepartmentRegistry } from '../../src/connectors/department-registry';
import { registeredDepartments } from '../../src/connectors/registered-departments';
import { FairUse, MemoryFairUseStore } from '../../src/graphql/fair-use';
import {
  checkQuery,
  DEFAULT_QUERY_LIMITS,
  MAX_ALIASES,
  MAX_COST,
  MAX_DEPTH,
  MAX_DIRECTIVES,
  QUERY_TOO_COMPLEX_MESSAGES,
  queryCost,
  stripSuggestions,
} from '../../src/graphql/query-limits';
import { buildHubSchema } from '../../src/graphql/schema';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildHubSchema(new DepartmentRegistry(registeredDepartments));
});

const cost = (query: string, variables: Record<string, unknown> = {}) => queryCost(schema, parse(query), variables);

function check(query: string, variables: Record<string, unknown> = {}, limits = DEFAULT_QUERY_LIMITS) {
  const document = parse(query);
  return checkQuery(schema, document, getOperationAST(document)!, variables, limits);
}

function refusal(query: string, variables: Record<string, unknown> = {}): GraphQLError {
  try {
    check(query, variables);
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error('the query was not refused');
}

/**
 * `{ __type(name: "Query") { fields { type { ofType { ofType { ... name } } } } } }`, `depth` levels
 * deep (graphql-js's own MaxIntrospectionDepthRule limits nested `fields`, not `ofType`).
 */
function introspectionOfDepth(depth: number): string {
  let body = 'name';
  for (let level = depth - 1; level >= 4; level--) body = `ofType { ${body} }`;
  return `{ __type(name: "Query") { fields { type { ${body} } } } }`;
}

describe('queryCost', () => {
  it('multiplies the cost of a paged field by its `first`', () => {
    expect(cost('{ jointCases(first: 1) { totalCount } }')).toBe(1 + 1 * 1);
    expect(cost('{ jointCases(first: 100) { totalCount } }')).toBe(1 + 100 * 1);
    expect(cost('query($n: Int!) { jointCases(first: $n) { totalCount } }', { n: 7 })).toBe(1 + 7 * 1);
  });

  it('uses the default page size (20) when `first` is not given', () => {
    expect(cost('{ jointCases { totalCount } }')).toBe(1 + 20 * 1);
  });

  it("counts a connection's edges once (the page size was counted on the connection)", () => {
    expect(cost('{ jointCases(first: 10) { edges { node { id } } } }')).toBe(1 + 10 * (1 + (1 + 1)));
  });

  it('multiplies nested pages, as documented', () => {
    const nested = (outer: number) =>
      `{ jointCases(first: ${outer}) { edges { node { linkedRecords(first: 100) { edges { node { recordId } } } } } } }`;
    expect(cost(nested(50))).toBe(15_151);
    expect(cost(nested(100))).toBe(30_301);
    expect(cost(nested(100))).toBeGreaterThan(MAX_COST);
  });

  it('assumes ten items for a list that takes no `first`', () => {
    expect(cost('{ departments { code } }')).toBe(1 + 10 * 1);
  });

  it('charges nothing for introspection', () => {
    expect(cost(getIntrospectionQuery())).toBe(0);
  });
});

describe('checkQuery', () => {
  it("lets graphql-js's standard introspection query through (development)", () => {
    expect(check(getIntrospectionQuery()).cost).toBe(0);
  });

  it('lets the deepest and most expensive queries of the test suite through', () => {
    expect(check(introspectionOfDepth(MAX_DEPTH)).cost).toBe(0);
    const list = `{ jointCases(first: 50) { edges { node { parties { name } linkedRecords(first: 100) { edges { node { record { recordId } } } } } } } }`;
    expect(check(list).cost).toBeLessThanOrEqual(MAX_COST);
  });

  it.each([
    ['DEPTH', introspectionOfDepth(MAX_DEPTH + 1)],
    ['ALIASES', `{ ${Array.from({ length: MAX_ALIASES + 1 }, (_, i) => `a${i}: me { user }`).join(' ')} }`],
    [
      'DIRECTIVES',
      `{ me { ${Array.from({ length: MAX_DIRECTIVES + 1 }, () => 'user @include(if: true)').join(' ')} } }`,
    ],
    [
      'COST',
      `{ jointCases(first: 100) { edges { node { linkedRecords(first: 100) { edges { node { recordId } } } } } } }`,
    ],
  ] as const)('refuses a query over the %s limit with QUERY_TOO_COMPLEX and no numbers', (limit, query) => {
    const error = refusal(query);
    expect(error.extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(error.message).toBe(QUERY_TOO_COMPLEX_MESSAGES[limit]);
    expect(error.message).not.toMatch(/\d/);
  });

  it('counts the aliases of a fragment at every use', () => {
    const fragment = `fragment F on Me { ${Array.from({ length: 8 }, (_, i) => `u${i}: user`).join(' ')} }`;
    expect(refusal(`{ me { ...F } other: me { ...F } } ${fragment}`).message).toBe(QUERY_TOO_COMPLEX_MESSAGES.ALIASES);
  });

  it('refuses a fragment expanded too many times as too costly', () => {
    // Each fragment uses the one below twice: 2^n selections for a few hundred tokens.
    const levels = 16;
    const fragments = Array.from(
      { length: levels },
      (_, i) => `fragment F${i} on Me { ${i === levels - 1 ? 'user' : `...F${i + 1} ...F${i + 1}`} }`,
    );
    expect(refusal(`{ me { ...F0 } } ${fragments.join(' ')}`).message).toBe(QUERY_TOO_COMPLEX_MESSAGES.COST);
  });

  it('leaves variables that do not coerce to execution (which then runs nothing)', () => {
    expect(check('query($n: Int!) { jointCases(first: $n) { totalCount } }', { n: 'many' }).cost).toBeNull();
  });
});

describe('stripSuggestions', () => {
  it('removes every "Did you mean" hint and keeps the rest', () => {
    expect(stripSuggestions('Cannot query field "edge" on type "JointCaseConnection". Did you mean "edges"?')).toBe(
      'Cannot query field "edge" on type "JointCaseConnection".',
    );
    expect(
      stripSuggestions(
        'Variable "$s" got invalid value "ACTIV"; Value "ACTIV" does not exist in "AgreementStatus" enum. Did you mean the enum value "ACTIVE"?',
      ),
    ).toBe('Variable "$s" got invalid value "ACTIV"; Value "ACTIV" does not exist in "AgreementStatus" enum.');
    expect(stripSuggestions('Unknown argument "firts". Did you mean "first", "after", or "status"? And more.')).toBe(
      'Unknown argument "firts". And more.',
    );
  });
});

describe(FairUse.name, () => {
  const alice = { department: 'COURT', user: 'alice' };
  const bob = { department: 'COURT', user: 'bob' };
  const carol = { department: 'POLICE', user: 'carol' };

  function clock() {
    let now = 1_000_000;
    return { now: () => now, advance: (ms: number) => (now += ms) };
  }

  async function rateLimit(fn: () => Promise<void>): Promise<GraphQLError> {
    try {
      await fn();
    } catch (error) {
      return error as GraphQLError;
    }
    throw new Error('not rate limited');
  }

  it('refuses a user past their budget, with the seconds until it refills, and charges nothing', async () => {
    const time = clock();
    const fairUse = new FairUse({ userCostPerMinute: 600, bodyCostPerMinute: 6000 }, new MemoryFairUseStore(time.now));
    await fairUse.charge(alice, 400);
    const error = await rateLimit(() => fairUse.charge(alice, 300));
    expect(error.extensions.code).toBe('RATE_LIMITED');
    // 100 more are needed at 10 per second.
    expect((error.extensions.http as { headers: Map<string, string> }).headers.get('retry-after')).toBe('10');
    expect((error.extensions.http as { status: number }).status).toBe(429);
    expect(error.message).toMatch(/^You have used up the fair-use budget of queries for now; retry in 10 s$/);
    expect(await fairUse.remaining(alice)).toEqual({ user: 200, body: 5600 });
    time.advance(10_000);
    await fairUse.charge(alice, 300);
    expect((await fairUse.remaining(alice)).user).toBe(0);
  });

  it("refuses every user of a body past the body's budget, not other bodies", async () => {
    const fairUse = new FairUse(
      { userCostPerMinute: 600, bodyCostPerMinute: 1000 },
      new MemoryFairUseStore(clock().now),
    );
    await fairUse.charge(alice, 600);
    await fairUse.charge(bob, 300);
    const error = await rateLimit(() => fairUse.charge(bob, 200));
    expect(error.message).toMatch(/^Your body \(COURT\) has used up the fair-use budget/);
    await fairUse.charge(carol, 600);
  });

  it('never refuses for good a query as costly as a whole budget', async () => {
    const time = clock();
    const fairUse = new FairUse({ userCostPerMinute: 100, bodyCostPerMinute: 100 }, new MemoryFairUseStore(time.now));
    await expect(fairUse.charge(alice, 250)).resolves.toBeUndefined();
    expect((await rateLimit(() => fairUse.charge(alice, 250))).extensions.code).toBe('RATE_LIMITED');
    time.advance(60_000 * 3);
    await expect(fairUse.charge(alice, 250)).resolves.toBeUndefined();
  });
});
