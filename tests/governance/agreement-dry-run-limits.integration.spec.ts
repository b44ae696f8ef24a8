import { QUERY_TOO_COMPLEX_MESSAGES } from '../../src/graphql/query-limits';
import { startHubWith, type OptionsHub } from '../security/hub-with-options';
import { Role, startTestHub, type TestHub } from '../support/test-hub';

const DRAFT = `mutation($input: DraftAgreementInput!) { draftAgreement(input: $input) { id } }`;
const DRY_RUN = `query($id: ID!, $query: String!) { agreementDryRun(id: $id, query: $query) { recordType field decision } }`;

const INCIDENT_NUMBERS = {
  title: '派出所向人民法庭提供警情编号 (dry-run limits)',
  provider: 'POLICE',
  consumer: 'COURT',
  purpose: 'JOINT_MEDIATION',
  scope: 'RECORDS_LINKED_TO_PARTICIPATING_CASE',
  consumerRoles: ['MEDIATOR', 'CHIEF'],
  grants: [{ recordType: 'INCIDENT', fields: [{ field: 'incidentNumber', mask: 'NONE' }] }],
  validFrom: '2026-01-01T00:00:00Z',
  validUntil: '2030-01-01T00:00:00Z',
};

interface Body {
  data?: { agreementDryRun: Array<{ recordType: string; field: string; decision: string }> } | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/** A valid document of about 770 KB: 70,000 `__typename` selections. */
const HUGE = `{ ${'__typename '.repeat(70_000)}}`;
/** 17 levels of introspection fields: deeper than any query may be. */
const DEEP = `{ __schema { types { fields { type { ${'ofType { '.repeat(12)}name${' }'.repeat(12)} } } } } }`;
/** 16 aliased fields: one more than a query may have. */
const ALIASED = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: me { user }`).join(' ')} }`;
/** 100 cases with 100 linked records each: about 30,000 by the cost estimate. */
const COSTLY = `{ jointCases(first: 100) { edges { node { linkedRecords(first: 100) { edges { node { recordId } } } } } } }`;
/** Each fragment spreads the next twice: 2^16 selections from a document of a few hundred tokens. */
const FRAGMENT_BOMB =
  `{ ...F0 } ` +
  Array.from({ length: 16 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ') +
  ` fragment F16 on Query { __typename }`;

describe('agreementDryRun under the query limits', () => {
  let t: TestHub;
  let production: OptionsHub;
  let draftId: string;
  let caseId: string;

  beforeAll(async () => {
    t = await startTestHub();
    production = await startHubWith({ production: true }, t.databases);
    const drafted = await t.graphql<{ draftAgreement: { id: string } }>(DRAFT, {
      token: await t.token('COURT', Role.CHIEF),
      variables: { input: INCIDENT_NUMBERS },
    });
    expect(drafted.body.errors).toBeUndefined();
    draftId = drafted.body.data!.draftAgreement.id;
    const [row] = await t.databases.sql<{ joint_case_id: string }>(
      'hub',
      `SELECT joint_case_id FROM joint_case_record_link WHERE department = 'POLICE' AND record_type = 'INCIDENT' ORDER BY joint_case_id LIMIT 1`,
    );
    caseId = row.joint_case_id;
  });
  afterAll(async () => {
    await production.close();
    await t.close();
  });

  async function dryRun(query: string, hub: TestHub | OptionsHub = t): Promise<Body> {
    const token = await hub.token('COURT', Role.CHIEF);
    return (await hub.graphql(DRY_RUN, { token, variables: { id: draftId, query } })).body as Body;
  }

  function expectRefused(body: Body, code: string, message?: string) {
    expect(body.data ?? null).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0].extensions).toMatchObject({ code, field: 'query' });
    if (message) expect(body.errors![0].message).toBe(message);
  }

  it('refuses a document past the token limit with QUERY_TOO_COMPLEX, without parsing all of it', async () => {
    expect(HUGE.length).toBeGreaterThan(760_000);
    // Broken at its very end: only a parser that reads all of it sees that, so a refusal for
    // size shows the parser stopped at the limit (before the fix, the whole document was parsed
    // and validated: about 300 ms of CPU here, 600 ms on the reporter's machine).
    const brokenAtTheEnd = `${HUGE} {`;
    expectRefused(await dryRun(brokenAtTheEnd), 'QUERY_TOO_COMPLEX', QUERY_TOO_COMPLEX_MESSAGES.TOKENS);
    // The message never gives the limit or the document's size.
    const body = await dryRun(HUGE);
    expectRefused(body, 'QUERY_TOO_COMPLEX', QUERY_TOO_COMPLEX_MESSAGES.TOKENS);
    expect(body.errors![0].message).not.toMatch(/\d/);
  });

  it.each([
    ['too deep', DEEP, QUERY_TOO_COMPLEX_MESSAGES.DEPTH],
    ['with too many aliases', ALIASED, QUERY_TOO_COMPLEX_MESSAGES.ALIASES],
    ['too costly', COSTLY, QUERY_TOO_COMPLEX_MESSAGES.COST],
    ['that expands fragments past the cost estimate', FRAGMENT_BOMB, QUERY_TOO_COMPLEX_MESSAGES.COST],
  ])('refuses a document %s with QUERY_TOO_COMPLEX, as a request would be', async (_label, query, message) => {
    expectRefused(await dryRun(query), 'QUERY_TOO_COMPLEX', message);
    // The same document sent as a request is refused for the same reason.
    const asRequest = await t.graphql(query, { token: await t.token('COURT', Role.CHIEF) });
    expect(asRequest.body.errors![0]).toMatchObject({ message, extensions: { code: 'QUERY_TOO_COMPLEX' } });
  });

  it('still evaluates a document within the limits, pages of linked records included', async () => {
    const query = `{ jointCases(first: 20) { edges { node { linkedRecords(first: 100) { edges { node { record { ... on PoliceIncident { incidentNumber summary } } } } } } } } }`;
    const body = await dryRun(query);
    expect(body.errors).toBeUndefined();
    expect(body.data!.agreementDryRun).toEqual(
      expect.arrayContaining([
        { recordType: 'INCIDENT', field: 'incidentNumber', decision: 'GRANTED' },
        { recordType: 'INCIDENT', field: 'summary', decision: 'DENIED' },
      ]),
    );
  });

  it('evaluates introspection fields as selecting no record', async () => {
    const body = await dryRun(`{ __schema { queryType { name } } __typename }`);
    expect(body.errors).toBeUndefined();
    expect(body.data!.agreementDryRun).toEqual([]);
  });

  it('takes variables only with defaults: without values a document cannot be measured', async () => {
    const selection = `jointCase(id: $id) { linkedRecords { edges { node { record { ... on PoliceIncident { incidentNumber } } } } } }`;
    expectRefused(
      await dryRun(`query($id: ID!) { ${selection} }`),
      'BAD_USER_INPUT',
      'A dry run takes no variables: write the values into the query, or give each variable a default',
    );
    const withDefault = await dryRun(`query($id: ID! = "${caseId}") { ${selection} }`);
    expect(withDefault.errors).toBeUndefined();
    expect(withDefault.data!.agreementDryRun).toEqual([
      { recordType: 'INCIDENT', field: 'incidentNumber', decision: 'GRANTED' },
    ]);
  });

  it('uses the limits the server was started with', async () => {
    const strict = await startHubWith({ queryLimits: { maxAliases: 2 } }, t.databases);
    try {
      const twoAliases = `{ a: me { user } b: me { user } }`;
      const threeAliases = `{ a: me { user } b: me { user } c: me { user } }`;
      expect((await dryRun(threeAliases)).errors).toBeUndefined();
      expect((await dryRun(twoAliases, strict)).errors).toBeUndefined();
      expectRefused(await dryRun(threeAliases, strict), 'QUERY_TOO_COMPLEX', QUERY_TOO_COMPLEX_MESSAGES.ALIASES);
    } finally {
      await strict.close();
    }
  });

  describe('suggestions', () => {
    const MISSPELT = `{ jointCase(id: "x") { linkedRecords { edges { node { record { ... on PoliceIncident { incidentNumbr } } } } } } }`;

    it('names no field of the schema in production', async () => {
      const body = await dryRun(MISSPELT, production);
      expectRefused(body, 'BAD_USER_INPUT');
      expect(body.errors![0].message).toBe(
        'The query is not valid: Cannot query field "incidentNumbr" on type "PoliceIncident".',
      );
      expect(JSON.stringify(body)).not.toMatch(/Did you mean|incidentNumber\b/);
    });

    it('suggests the field in development, where the schema is open anyway', async () => {
      const body = await dryRun(MISSPELT);
      expectRefused(body, 'BAD_USER_INPUT');
      expect(body.errors![0].message).toMatch(/Did you mean "incidentNumber"\?/);
    });
  });
});
