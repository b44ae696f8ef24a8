import 'reflect-metadata';
import { GraphQLError, type GraphQLSchema, getOperationAST, parse } from 'graphql';
import { DepartmentRegistry } from '../../src/connectors/department-registry';
import { registeredDepartments } from '../../src/connectors/registered-departments';
import {
  checkQuery,
  MAX_ALIASES,
  QUERY_CHECK_CACHE_BYTES,
  QUERY_CHECK_CACHE_COSTS,
  QueryCheckCache,
  QUERY_TOO_COMPLEX_MESSAGES,
} from '../../src/graphql/query-limits';
import { buildHubSchema } from '../../src/graphql/schema';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildHubSchema(new DepartmentRegistry(registeredDepartments));
});

/** checkQuery's answer (the cost) or its refusal, as a client would see it. */
function outcome(run: () => { cost: number | null }): unknown {
  try {
    return { cost: run().cost };
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return { error: error.toJSON() };
  }
}

const plain = (query: string, variables: Record<string, unknown>, operationName?: string) => {
  const document = parse(query);
  return outcome(() => checkQuery(schema, document, getOperationAST(document, operationName)!, variables));
};

const cached = (cache: QueryCheckCache, query: string, variables: Record<string, unknown>, operationName?: string) => {
  const document = parse(query);
  return outcome(() => cache.check(schema, query, document, getOperationAST(document, operationName)!, variables));
};

const PAGE = 'query Page($n: Int, $after: String) { jointCases(first: $n, after: $after) { totalCount } }';
const NESTED =
  'query Nested($outer: Int!, $inner: Int!) { jointCases(first: $outer) { edges { node { linkedRecords(first: $inner) { edges { node { recordId } } } } } } }';
const SKIPPED =
  'query Skip($all: Boolean!) { jointCases(first: 100) { edges { node { linkedRecords(first: 100) @include(if: $all) { edges { node { recordId } } } } } } }';
const TWO_OPERATIONS = `query Small { jointCases(first: 1) { totalCount } }
  query Large { jointCases(first: 100) { edges { node { linkedRecords(first: 100) { edges { node { recordId } } } } } } }`;
const ALIASES = `{ ${Array.from({ length: MAX_ALIASES + 1 }, (_, i) => `a${i}: me { user }`).join(' ')} }`;

/** Every case in order, twice: the second pass is answered from the cache. */
const CASES: Array<[string, string, Record<string, unknown>, string?]> = [
  ['a page size read from a variable', PAGE, { n: 5 }],
  ['the same document with another page size', PAGE, { n: 50 }],
  ['the same page size, another cursor', PAGE, { n: 5, after: 'abc' }],
  ['the page size left to its default', PAGE, {}],
  ['an explicit null for a non-null argument with a default', PAGE, { n: null }],
  ['variables that do not coerce', PAGE, { n: 'many' }],
  ['nested pages within the limit', NESTED, { outer: 50, inner: 100 }],
  ['nested pages over the cost limit', NESTED, { outer: 100, inner: 100 }],
  ['a missing required variable', NESTED, { outer: 1 }],
  ['an expensive part left out by @include', SKIPPED, { all: false }],
  ['the expensive part included', SKIPPED, { all: true }],
  ['the small operation of two', TWO_OPERATIONS, {}, 'Small'],
  ['the large operation of two', TWO_OPERATIONS, {}, 'Large'],
  ['too many aliases', ALIASES, {}],
];

describe(QueryCheckCache.name, () => {
  it('answers every case exactly as checkQuery does, on the first request and from the cache', () => {
    const cache = new QueryCheckCache();
    for (const pass of [1, 2]) {
      for (const [what, query, variables, operationName] of CASES) {
        expect({ what, pass, outcome: cached(cache, query, variables, operationName) }).toEqual({
          what,
          pass,
          outcome: plain(query, variables, operationName),
        });
      }
    }
    // The cases cover costs, refusals and input errors.
    const kinds = CASES.map(([, q, v, o]) => JSON.stringify(plain(q, v, o)));
    expect(kinds.some((k) => k.includes('QUERY_TOO_COMPLEX') && k.includes(QUERY_TOO_COMPLEX_MESSAGES.COST))).toBe(
      true,
    );
    expect(kinds.some((k) => k.includes(QUERY_TOO_COMPLEX_MESSAGES.ALIASES))).toBe(true);
    expect(kinds.some((k) => k.includes('BAD_USER_INPUT'))).toBe(true);
    expect(kinds).toContain(JSON.stringify({ cost: null }));
  });

  it('builds a new error for every refusal (plugins may change the one they get)', () => {
    const cache = new QueryCheckCache();
    const refuse = () => {
      const document = parse(ALIASES);
      try {
        cache.check(schema, ALIASES, document, getOperationAST(document)!, {});
      } catch (error) {
        return error as GraphQLError;
      }
      throw new Error('not refused');
    };
    const first = refuse();
    first.message = 'changed';
    (first.extensions as Record<string, unknown>).code = 'CHANGED';
    const second = refuse();
    expect(second).not.toBe(first);
    expect(second.message).toBe(QUERY_TOO_COMPLEX_MESSAGES.ALIASES);
    expect(second.extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('stays bounded in documents and in cost outcomes per document', () => {
    const cache = new QueryCheckCache(undefined, undefined, 3);
    for (let i = 0; i < 10; i++) cached(cache, `query Q${i} { jointCases(first: ${i + 1}) { totalCount } }`, {});
    expect(cache.size).toBe(3);
    for (let n = 1; n <= QUERY_CHECK_CACHE_COSTS + 20; n++) {
      expect(cached(cache, PAGE, { n })).toEqual({ cost: 1 + n });
    }
  });

  it('stays bounded in memory: large documents push older ones out', () => {
    const cache = new QueryCheckCache();
    // Whitespace is not a token: a document of 1 MB of text passes the token limit.
    const padding = ' '.repeat(2 ** 20);
    for (let i = 0; i < 10; i++) cached(cache, `query Big${i} { me { user } }${padding}`, {});
    expect(cache.size * 2 * 2 ** 20).toBeLessThanOrEqual(QUERY_CHECK_CACHE_BYTES);
    expect(cache.size).toBeGreaterThan(0);
  });
});
