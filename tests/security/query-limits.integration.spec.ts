import { MAX_ALIASES, MAX_DEPTH, MAX_DIRECTIVES, MAX_TOKENS } from '../../src/graphql/query-limits';
import { startTestHub, type TestHub } from '../support/test-hub';

/**
 * `{ __type(name: "Query") { fields { type { ofType { ofType { ... name } } } } } }`, `depth` levels
 * deep (graphql-js's own MaxIntrospectionDepthRule limits nested `fields`, not `ofType`).
 */
function introspectionOfDepth(depth: number): string {
  let body = 'name';
  for (let level = depth - 1; level >= 4; level--) body = `ofType { ${body} }`;
  return `{ __type(name: "Query") { fields { type { ${body} } } } }`;
}

const HOSTILE: Array<[string, string]> = [
  ['too deep', introspectionOfDepth(MAX_DEPTH + 1)],
  [
    'too many aliases',
    `{ ${Array.from({ length: MAX_ALIASES + 1 }, (_, i) => `a${i}: jointCases(first: 1) { totalCount }`).join(' ')} }`,
  ],
  ['too many tokens', `{ jointCases(first: 1) { ${'totalCount '.repeat(MAX_TOKENS)} } }`],
  [
    'too many directives',
    `{ jointCases(first: 1) { ${'totalCount @include(if: true) '.repeat(MAX_DIRECTIVES + 1)} } }`,
  ],
  [
    'too costly (nested pages multiply)',
    `{ jointCases(first: 100) { edges { node { linkedRecords(first: 100) { edges { node { recordId record { recordId } } } } } } } }`,
  ],
  [
    'too costly (fragments expanded many times)',
    `{ jointCases(first: 1) { ...F0 } } ${Array.from({ length: 16 }, (_, i) => `fragment F${i} on JointCaseConnection { ${i === 15 ? 'totalCount' : `...F${i + 1} ...F${i + 1}`} }`).join(' ')}`,
  ],
];

describe('hostile queries', () => {
  let t: TestHub;
  let token: string;
  beforeAll(async () => {
    t = await startTestHub();
    token = await t.token('COURT');
  });
  afterAll(() => t.close());

  async function post(query: string, accept = 'application/graphql-response+json') {
    const response = await fetch(t.hub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept, authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    });
    return {
      status: response.status,
      contentType: response.headers.get('content-type'),
      body: (await response.json()) as {
        data?: unknown;
        errors?: Array<{ message: string; extensions: { code: string } }>;
      },
    };
  }

  it('runs statements for a query within the limits (the counter works)', async () => {
    t.hub.sources.statements.reset();
    const { status, body } = await post(
      `{ jointCases(first: 50) { edges { node { linkedRecords(first: 100) { edges { node { recordId } } } } } } }`,
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(t.hub.sources.statements.count()).toBeGreaterThan(0);
  });

  it.each(HOSTILE)('refuses a query %s with QUERY_TOO_COMPLEX before any SQL runs', async (_, query) => {
    t.hub.sources.statements.reset();
    const { status, contentType, body } = await post(query);
    expect(t.hub.sources.statements.count()).toBe(0);
    expect(status).toBe(400);
    expect(contentType).toMatch(/^application\/graphql-response\+json/);
    expect(body).not.toHaveProperty('data');
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    // The message says which limit, never the limit or the measured value.
    expect(body.errors![0].message).toMatch(/^The query (is too|uses too many|asks for too much)/);
    expect(body.errors![0].message).not.toMatch(/\d/);
  });

  it('names the limit in plain words', async () => {
    const messages = [];
    for (const [, query] of HOSTILE.slice(0, 5)) messages.push((await post(query)).body.errors![0].message);
    expect(messages).toEqual([
      'The query is too deep: ask for fewer levels of nested fields',
      'The query uses too many aliases: send fewer aliased fields per request',
      'The query is too large: split it into smaller queries',
      'The query uses too many directives',
      'The query asks for too much at once: ask for smaller pages (first) or fewer nested lists',
    ]);
  });

  it('answers a refusal with 200 to a client that accepts only application/json (GraphQL over HTTP)', async () => {
    t.hub.sources.statements.reset();
    const { status, contentType, body } = await post(HOSTILE[4][1], 'application/json');
    expect(status).toBe(200);
    expect(contentType).toMatch(/^application\/json/);
    expect(body.errors![0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(t.hub.sources.statements.count()).toBe(0);
  });

  it('multiplies by the `first` given in a variable', async () => {
    const query = `query($n: Int!) { jointCases(first: $n) { edges { node { linkedRecords(first: 100) { edges { node { recordId } } } } } } }`;
    const ask = async (n: number) => {
      t.hub.sources.statements.reset();
      const response = await t.graphql(query, { token, variables: { n } });
      return {
        codes: (response.body.errors ?? []).map((e) => e.extensions?.code),
        statements: t.hub.sources.statements.count(),
      };
    };
    expect(await ask(100)).toEqual({ codes: ['QUERY_TOO_COMPLEX'], statements: 0 });
    const allowed = await ask(10);
    expect(allowed.codes).toEqual([]);
    expect(allowed.statements).toBeGreaterThan(0);
  });
});
