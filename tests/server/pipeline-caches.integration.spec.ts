import { Role } from '../../src/auth/actor';
import { MAX_ALIASES, MAX_DEPTH, MAX_TOKENS } from '../../src/graphql/query-limits';
import { JOINT_CASE_LIST, PERSON_ACROSS_BODIES, PERSON_AT_POLICE, SHARED_CASE_CONTEXT } from '../../bench/queries';
import { createTestDatabases, startTestHub, type TestDatabases, type TestHub } from '../support/test-hub';

/*
 * The request pipeline remembers per-document work (DOCUMENT_CACHE: parsed and validated
 * documents; QUERY_LIMIT_CACHE: the query-limit and cost checks). Two hubs over the same
 * databases, one with both caches on (the default) and one with both off (the plain Apollo
 * pipeline, every request parsed, validated and checked afresh), must give every request of
 * the corpus the same status and the same body: data, errors and their codes, extensions
 * (the access report included). The corpus runs twice, so the second pass is answered from
 * the caches.
 */

interface Caller {
  department: string;
  role?: Role;
  user?: string;
}

interface CorpusRequest {
  what: string;
  caller: Caller | null;
  headers?: Record<string, string>;
  /** The JSON body as sent (a string: sent as is, for malformed bodies). */
  body: Record<string, unknown> | string;
}

const LINKED_RECORDS_NESTED = `query Nested($outer: Int!, $inner: Int!) {
  jointCases(first: $outer) { edges { node { linkedRecords(first: $inner) { edges { node { recordId } } } } } }
}`;

const CASE_PAGE = `query CasePage($first: Int!, $after: String) {
  jointCases(first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { caseNumber title status parties { role name residentId } } }
  }
}`;

const TWO_OPERATIONS = `query Me { me { user department role } }
query Cases($first: Int!) { jointCases(first: $first) { edges { node { caseNumber } } } }`;

function corpus(ids: {
  sharedCaseId: string;
  dvCaseId: string;
  dvApplicantId: string;
  policePersonId: string;
  cursor: string;
}): CorpusRequest[] {
  const courtMediator: Caller = { department: 'COURT', role: Role.MEDIATOR, user: '陈调解员' };
  const policeMediator: Caller = { department: 'POLICE', role: Role.MEDIATOR, user: '王民警' };
  const centreClerk: Caller = { department: 'GOVERNANCE_CENTRE', role: Role.CLERK, user: '综治中心 窗口' };
  const federation: Caller = { department: 'WOMENS_FEDERATION', role: Role.MEDIATOR, user: '刘主任' };
  const op = (operationName: string | undefined, query: string, variables?: Record<string, unknown>) => ({
    ...(operationName ? { operationName } : {}),
    query,
    ...(variables ? { variables } : {}),
  });
  return [
    {
      what: 'linked records of every body: granted, masked, denied and withheld (Q1)',
      caller: courtMediator,
      headers: { 'x-purpose': 'JOINT_MEDIATION' },
      body: op('SharedCaseContext', SHARED_CASE_CONTEXT, { id: ids.sharedCaseId }),
    },
    {
      what: 'the same case without a purpose: only own records',
      caller: courtMediator,
      body: op('SharedCaseContext', SHARED_CASE_CONTEXT, { id: ids.sharedCaseId }),
    },
    {
      what: "a person's police incidents, own records (Q2)",
      caller: policeMediator,
      body: op('PersonAtPolice', PERSON_AT_POLICE, { residentId: ids.policePersonId }),
    },
    {
      what: 'a person across bodies in a domestic-violence case (Q4)',
      caller: federation,
      headers: { 'x-purpose': 'JOINT_MEDIATION', 'x-joint-case-id': ids.dvCaseId },
      body: op('PersonAcrossBodies', PERSON_ACROSS_BODIES, { residentId: ids.dvApplicantId }),
    },
    {
      what: 'the same person for a body without an agreement',
      caller: courtMediator,
      body: op('PersonAcrossBodies', PERSON_ACROSS_BODIES, { residentId: ids.dvApplicantId }),
    },
    {
      what: 'a page of 50 joint cases (Q3)',
      caller: centreClerk,
      body: op('JointCaseList', JOINT_CASE_LIST, { first: 50 }),
    },
    {
      what: 'the same document, 5 joint cases',
      caller: centreClerk,
      body: op('JointCaseList', JOINT_CASE_LIST, { first: 5 }),
    },
    {
      what: 'the second page of joint cases',
      caller: centreClerk,
      body: op('CasePage', CASE_PAGE, { first: 3, after: ids.cursor }),
    },
    {
      what: 'a page size out of range',
      caller: centreClerk,
      body: op('CasePage', CASE_PAGE, { first: 0 }),
    },
    {
      what: 'an explicit null page size',
      caller: centreClerk,
      body: op('CasePage', CASE_PAGE, { first: null }),
    },
    {
      what: 'a page size that is not a number',
      caller: centreClerk,
      body: op('CasePage', CASE_PAGE, { first: 'many' }),
    },
    {
      what: 'a missing required variable',
      caller: centreClerk,
      body: op('CasePage', CASE_PAGE, {}),
    },
    {
      what: 'nested pages within the cost limit',
      caller: centreClerk,
      body: op('Nested', LINKED_RECORDS_NESTED, { outer: 2, inner: 3 }),
    },
    {
      what: 'the same document over the cost limit',
      caller: centreClerk,
      body: op('Nested', LINKED_RECORDS_NESTED, { outer: 100, inner: 100 }),
    },
    {
      what: 'over the cost limit, asking for application/graphql-response+json',
      caller: centreClerk,
      headers: { accept: 'application/graphql-response+json' },
      body: op('Nested', LINKED_RECORDS_NESTED, { outer: 100, inner: 100 }),
    },
    {
      what: 'a page size that is not a number, asking for application/graphql-response+json',
      caller: centreClerk,
      headers: { accept: 'application/graphql-response+json' },
      body: op('CasePage', CASE_PAGE, { first: 'many' }),
    },
    {
      what: 'too many aliases',
      caller: courtMediator,
      body: op(undefined, `{ ${Array.from({ length: MAX_ALIASES + 1 }, (_, i) => `a${i}: me { user }`).join(' ')} }`),
    },
    {
      what: 'too deep',
      caller: courtMediator,
      body: op(
        undefined,
        `{ __type(name: "Query") { fields { type { ${'ofType { '.repeat(MAX_DEPTH)}name${' }'.repeat(MAX_DEPTH)} } } } }`,
      ),
    },
    {
      what: 'too many tokens',
      caller: courtMediator,
      body: op(undefined, `{ ${Array.from({ length: MAX_TOKENS }, () => '__typename').join(' ')} }`),
    },
    {
      what: 'a syntax error',
      caller: courtMediator,
      body: op(undefined, '{ me { user '),
    },
    {
      what: 'an unknown field',
      caller: courtMediator,
      body: op(undefined, '{ me { usr } }'),
    },
    {
      what: 'an unknown operation name',
      caller: courtMediator,
      body: op('Nope', TWO_OPERATIONS, { first: 2 }),
    },
    {
      what: 'two operations, no name',
      caller: courtMediator,
      body: op(undefined, TWO_OPERATIONS),
    },
    { what: 'the first of two operations', caller: centreClerk, body: op('Me', TWO_OPERATIONS) },
    {
      what: 'the second of two operations',
      caller: centreClerk,
      body: op('Cases', TWO_OPERATIONS, { first: 2 }),
    },
    {
      what: 'a joint case that is not there',
      caller: courtMediator,
      body: op('SharedCaseContext', SHARED_CASE_CONTEXT, { id: '00000000-0000-4000-8000-000000000000' }),
    },
    { what: 'no token', caller: null, body: op(undefined, '{ me { user } }') },
    { what: 'a body that is not JSON', caller: courtMediator, body: '{"query": "{ me { user } }"' },
    { what: 'no query', caller: courtMediator, body: { variables: {} } },
  ];
}

/** What may differ between two answers to the same request: request ids and times. */
function normalise(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => normalise(item));
    return key === 'errors' || key === 'records'
      ? items.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
      : items;
  }
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !/^(requestId|at|timestamp|time)$/.test(k))
        .map(([k, v]) => [k, normalise(v, k)]),
    );
  return value;
}

describe('per-document caches in the request pipeline', () => {
  let databases: TestDatabases;
  let cached: TestHub;
  let plain: TestHub;
  let requests: CorpusRequest[];

  beforeAll(async () => {
    databases = await createTestDatabases();
    [cached, plain] = await Promise.all([
      startTestHub({ databases, production: true }),
      startTestHub({ databases, production: true, pipeline: { documentCache: false, queryLimitCache: false } }),
    ]);
    const caseId = async (number: string) =>
      (await databases.sql<{ id: string }>('hub', 'SELECT id FROM joint_case WHERE case_number = $1', [number]))[0].id;
    const sharedCaseId = await caseId('(2026)西湖联调000001号');
    const dvCaseId = await caseId('(2026)西湖联调000003号');
    const [{ resident_id: dvApplicantId }] = await databases.sql<{ resident_id: string }>(
      'hub',
      `SELECT resident_id FROM joint_case_party WHERE joint_case_id = $1 AND role = 'APPLICANT' ORDER BY position LIMIT 1`,
      [dvCaseId],
    );
    const [{ id: policePersonId }] = await databases.sql<{ id: string }>(
      'POLICE',
      'SELECT id_card_no AS id FROM incident_person ORDER BY incident_report_id, id LIMIT 1',
    );
    const firstPage = await cached.graphql<{ jointCases: { pageInfo: { endCursor: string } } }>(CASE_PAGE, {
      token: await cached.token('GOVERNANCE_CENTRE', Role.CLERK),
      variables: { first: 3 },
    });
    requests = corpus({
      sharedCaseId,
      dvCaseId,
      dvApplicantId,
      policePersonId,
      cursor: firstPage.body.data!.jointCases.pageInfo.endCursor,
    });
  });

  afterAll(async () => {
    await Promise.all([cached?.close(), plain?.close()]);
    await databases?.drop();
  });

  async function send(t: TestHub, request: CorpusRequest) {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...request.headers };
    if (request.caller)
      headers.authorization = `Bearer ${await t.hub.tokens.issue({
        department: request.caller.department,
        role: request.caller.role ?? Role.MEDIATOR,
        user: request.caller.user ?? 'user',
      })}`;
    const response = await fetch(t.hub.url, {
      method: 'POST',
      headers,
      body: typeof request.body === 'string' ? request.body : JSON.stringify(request.body),
    });
    const text = await response.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
    return { status: response.status, body: normalise(body) };
  }

  it('answers every request of the corpus as the plain pipeline does, cold and from the caches', async () => {
    const statuses = new Set<number>();
    const codes = new Set<string>();
    for (const pass of ['cold', 'warm']) {
      for (const request of requests) {
        const withCaches = await send(cached, request);
        const without = await send(plain, request);
        expect({ pass, what: request.what, ...withCaches }).toEqual({ pass, what: request.what, ...without });
        statuses.add(withCaches.status);
        for (const error of (withCaches.body as { errors?: Array<{ extensions?: { code?: string } }> }).errors ?? [])
          if (error.extensions?.code) codes.add(error.extensions.code);
      }
    }
    // The corpus reaches answers, refusals and input errors, and the codes that tell them apart.
    expect([...statuses].sort()).toEqual(expect.arrayContaining([200, 400, 401]));
    expect([...codes]).toEqual(
      expect.arrayContaining([
        'FORBIDDEN_BY_AGREEMENT',
        'QUERY_TOO_COMPLEX',
        'BAD_USER_INPUT',
        'GRAPHQL_PARSE_FAILED',
        'GRAPHQL_VALIDATION_FAILED',
        'UNAUTHENTICATED',
      ]),
    );
  });

  it('still refuses a query over the limits before any SQL, with the caches on', async () => {
    const sources = cached.hub.sources.statements;
    const before = ['COURT', 'POLICE', 'hub'].map((code) => sources.count(code));
    const overCost = requests.find((r) => r.what.startsWith('over the cost limit, asking'))!;
    for (let i = 0; i < 2; i++) {
      const { status, body } = await send(cached, overCost);
      expect(status).toBe(400);
      expect((body as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe(
        'QUERY_TOO_COMPLEX',
      );
    }
    expect(['COURT', 'POLICE', 'hub'].map((code) => sources.count(code))).toEqual(before);
  });
});
