import { type AuditResult, serverAudits } from 'graphql-http';
import { startTestHub, type TestHub } from '../support/test-hub';

/**
 * The GraphQL-over-HTTP conformance audits that the graphql-http package ships, run against a
 * real hub. Every request carries a bearer token (the hub answers nothing without one) and
 * `apollo-require-preflight` (CSRF prevention refuses simple requests, as a browser form or a
 * cross-site GET would send; a non-browser client sends the header).
 */
describe('GraphQL over HTTP (graphql-http audits)', () => {
  let t: TestHub;
  let results: AuditResult[];
  beforeAll(async () => {
    t = await startTestHub();
    const token = await t.token('COURT');
    const fetchFn = (input: string | URL, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      headers.set('authorization', `Bearer ${token}`);
      headers.set('apollo-require-preflight', 'true');
      return fetch(input, { ...init, headers });
    };
    const audits = serverAudits({ url: t.hub.url, fetchFn });
    results = [];
    for (const audit of audits) results.push(await audit.fn());
  });
  afterAll(() => t.close());

  const summary = (status: AuditResult['status']) =>
    results.filter((r) => r.status === status).map((r) => `${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`);

  it('runs every audit', () => {
    expect(results.length).toBeGreaterThan(50);
  });

  it('fails no MUST', () => {
    expect(summary('error')).toEqual([]);
  });

  it('warns on no SHOULD', () => {
    expect(summary('warn')).toEqual([]);
  });

  it('leaves only optional (MAY) audits as notices', () => {
    expect(results.filter((r) => r.status === 'notice').every((r) => r.name.startsWith('MAY'))).toBe(true);
  });
});

describe('GraphQL over HTTP: status codes and media types', () => {
  let t: TestHub;
  let token: string;
  beforeAll(async () => {
    t = await startTestHub();
    token = await t.token('COURT');
  });
  afterAll(() => t.close());

  async function post(body: string, accept: string) {
    const response = await fetch(t.hub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept, authorization: `Bearer ${token}` },
      body,
    });
    return {
      status: response.status,
      contentType: response.headers.get('content-type'),
      body: (await response.json()) as { data?: unknown; errors: Array<{ extensions: { code: string } }> },
    };
  }

  const GRAPHQL_RESPONSE = 'application/graphql-response+json';
  const cases: Array<[string, string, string]> = [
    ['a document that does not parse', JSON.stringify({ query: '{' }), 'GRAPHQL_PARSE_FAILED'],
    ['a document that does not validate', JSON.stringify({ query: '{ nope }' }), 'GRAPHQL_VALIDATION_FAILED'],
    [
      'variables that do not coerce',
      JSON.stringify({ query: 'query($n: Int!) { jointCases(first: $n) { totalCount } }', variables: { n: 'x' } }),
      'BAD_USER_INPUT',
    ],
  ];

  it.each(cases)(
    'answers %s with 400 and application/graphql-response+json when the client accepts it',
    async (_, body, code) => {
      const response = await post(body, GRAPHQL_RESPONSE);
      expect(response.status).toBe(400);
      expect(response.contentType).toBe(`${GRAPHQL_RESPONSE}; charset=utf-8`);
      expect(response.body).not.toHaveProperty('data');
      expect(response.body.errors[0].extensions.code).toBe(code);
    },
  );

  it.each(cases)(
    'answers %s with 200 and application/json to a client that accepts only that',
    async (_, body, code) => {
      const response = await post(body, 'application/json');
      expect(response.status).toBe(200);
      expect(response.contentType).toBe('application/json; charset=utf-8');
      expect(response.body.errors[0].extensions.code).toBe(code);
    },
  );

  it('answers a body that is not JSON with 400 in the media type the client accepts', async () => {
    for (const accept of [GRAPHQL_RESPONSE, 'application/json']) {
      const response = await post('{"query": ', accept);
      expect(response.status).toBe(400);
      expect(response.contentType).toBe(`${accept}; charset=utf-8`);
      expect(response.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('keeps 400 for a malformed request (no query) with application/json', async () => {
    const response = await post(JSON.stringify({ qeury: '{ me { user } }' }), 'application/json');
    expect(response.status).toBe(400);
    expect(response.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
