import { Role } from '../../src/auth/actor';
import { MAX_ALIASES, MAX_DEPTH, MAX_TOKENS } from '../../src/graphql/query-limits';
import { JOINT_CASE_LIST, PERSON_ACROSS_BODIES, PERSON_AT_POLICE, SHARED_CASE_CONTEXT } from '../../bench/queries';
import type { TestDatabases, TestHub } from './test-hub';

/*
 * A corpus of requests as clients send them — the benchmark's queries, the README's, pages,
 * bad input of every kind, refusals — for tests that compare two ways of answering them (with
 * and without the pipeline's caches, the fast path, reading ahead): every answer must be the same.
 */

/** The demo data the corpus asks about. */
export interface CorpusIds {
  sharedCaseId: string;
  dvCaseId: string;
  dvApplicantId: string;
  policePersonId: string;
  /** The end cursor of the first page of 3 joint cases (the centre's). */
  cursor: string;
}

/** Finds the corpus's cases, persons and cursor in the demo data (`t` answers the first page). */
export async function corpusIds(databases: TestDatabases, t: TestHub): Promise<CorpusIds> {
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
  const firstPage = await t.graphql<{ jointCases: { pageInfo: { endCursor: string } } }>(CASE_PAGE, {
    token: await t.token('GOVERNANCE_CENTRE', Role.CLERK),
    variables: { first: 3 },
  });
  return {
    sharedCaseId,
    dvCaseId,
    dvApplicantId,
    policePersonId,
    cursor: firstPage.body.data!.jointCases.pageInfo.endCursor,
  };
}

export interface Caller {
  department: string;
  role?: Role;
  user?: string;
}

export interface CorpusRequest {
  what: string;
  caller: Caller | null;
  headers?: Record<string, string>;
  /** The JSON body as sent (a string: sent as is, for malformed bodies). */
  body: Record<string, unknown> | string;
}

export const LINKED_RECORDS_NESTED = `query Nested($outer: Int!, $inner: Int!) {
  jointCases(first: $outer) { edges { node { linkedRecords(first: $inner) { edges { node { recordId } } } } } }
}`;

export const CASE_PAGE = `query CasePage($first: Int!, $after: String) {
  jointCases(first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { caseNumber title status parties { role name residentId } } }
  }
}`;

export const README_CASE_LIST = `{
  jointCases(first: 5) { edges { node {
    id caseNumber title category leadDepartment participatingDepartments
    parties { role name }
    linkedRecords(first: 50) { edges { node { department recordType recordId
      record { __typename
        ... on CourtCaseFiling { caseNumber causeOfAction stage parties { role name } }
        ... on PoliceIncident { incidentNumber calledAt category summary }
        ... on PeopleMediationCase { caseNumber outcome agreementNumber }
      } } } }
  } } }
}`;

export const README_PERSON = `query ($id: String!) {
  person(residentId: $id) { residentIdMasked departments { department displayName
    records(first: 20) { totalCount edges { node { __typename recordType recordId } } } } }
}`;

export const CASE_ACCESS = `query CaseAccess($id: ID!) {
  jointCase(id: $id) { caseNumber linkedRecords(first: 50) { edges { node {
    department recordType recordId
    access { field decision mask reason }
    record { ... on PoliceIncident { incidentNumber calledAt summary persons { role name residentId phone address } } }
  } } } }
}`;

const TWO_OPERATIONS = `query Me { me { user department role } }
query Cases($first: Int!) { jointCases(first: $first) { edges { node { caseNumber } } } }`;

export function corpus(ids: CorpusIds): CorpusRequest[] {
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
    {
      what: 'the README case list with linked records, masked and denied per agreement',
      caller: policeMediator,
      headers: { 'x-purpose': 'JOINT_MEDIATION' },
      body: op(undefined, README_CASE_LIST),
    },
    {
      what: "the README person query: a person's records at every body",
      caller: courtMediator,
      headers: { 'x-purpose': 'JOINT_MEDIATION' },
      body: op(undefined, README_PERSON, { id: ids.policePersonId }),
    },
    {
      what: 'a case with the access decision of every field',
      caller: courtMediator,
      headers: { 'x-purpose': 'JOINT_MEDIATION' },
      body: op('CaseAccess', CASE_ACCESS, { id: ids.sharedCaseId }),
    },
    {
      what: 'a case with the access decision of every field, asking for application/graphql-response+json',
      caller: courtMediator,
      headers: { 'x-purpose': 'JOINT_MEDIATION', accept: 'application/graphql-response+json' },
      body: op('CaseAccess', CASE_ACCESS, { id: ids.sharedCaseId }),
    },
    {
      what: 'the same, asking for both media types',
      caller: courtMediator,
      headers: { 'x-purpose': 'JOINT_MEDIATION', accept: 'application/json;q=0.9, application/graphql-response+json' },
      body: op('CaseAccess', CASE_ACCESS, { id: ids.sharedCaseId }),
    },
    {
      what: 'an unusual Accept header (Apollo negotiates it)',
      caller: courtMediator,
      headers: { accept: 'application/json; charset=utf-8' },
      body: op(undefined, '{ me { user department role } }'),
    },
    {
      what: 'an Accept header Apollo refuses',
      caller: courtMediator,
      headers: { accept: 'text/html' },
      body: op(undefined, '{ me { user department role } }'),
    },
    {
      what: 'a purpose that is not one',
      caller: courtMediator,
      headers: { 'x-purpose': 'CURIOSITY' },
      body: op('SharedCaseContext', SHARED_CASE_CONTEXT, { id: ids.sharedCaseId }),
    },
    {
      what: 'a token that does not verify',
      caller: courtMediator,
      headers: { authorization: 'Bearer not-a-token' },
      body: op(undefined, '{ me { user department role } }'),
    },
    {
      what: 'variables of the wrong type in a known document',
      caller: policeMediator,
      body: op('PersonAtPolice', PERSON_AT_POLICE, { residentId: 42 }),
    },
    {
      what: 'a mutation the caller may not make',
      caller: policeMediator,
      body: op(
        undefined,
        `mutation { liftProtection(residentId: "${ids.policePersonId}", kind: DOMESTIC_VIOLENCE_VICTIM) }`,
      ),
    },
    {
      what: 'extensions beside the query',
      caller: courtMediator,
      body: { query: '{ me { user department role } }', extensions: { note: 1 } },
    },
    { what: 'no token', caller: null, body: op(undefined, '{ me { user } }') },
    { what: 'a body that is not JSON', caller: courtMediator, body: '{"query": "{ me { user } }"' },
    { what: 'no query', caller: courtMediator, body: { variables: {} } },
  ];
}

/** What may differ between two answers to the same request: request ids and times. */
export function normalise(value: unknown, key = ''): unknown {
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

/** The request made by callers of their own (named after `label`), who spend their own fair-use budgets. */
export function ownUsers(request: CorpusRequest, label: string): CorpusRequest {
  if (!request.caller) return request;
  return { ...request, caller: { ...request.caller, user: `${request.caller.user ?? 'user'} (${label})` } };
}

/** POSTs a corpus request as its caller (a token issued by the hub), with any extra headers. */
export async function post(t: TestHub, request: CorpusRequest, extra: Record<string, string> = {}): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...extra };
  if (request.caller)
    headers.authorization = `Bearer ${await t.hub.tokens.issue({
      department: request.caller.department,
      role: request.caller.role ?? Role.MEDIATOR,
      user: request.caller.user ?? 'user',
    })}`;
  Object.assign(headers, request.headers);
  return fetch(t.hub.url, {
    method: 'POST',
    headers,
    body: typeof request.body === 'string' ? request.body : JSON.stringify(request.body),
  });
}
