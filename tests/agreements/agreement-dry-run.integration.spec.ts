import { AgreementDryRun } from '../../src/graphql/agreement-dry-run';
import { Mask } from '../../src/agreements/agreement.enums';
import { fieldPaths } from '../../src/connectors/record-query';
import { registeredDepartments } from '../../src/connectors/registered-departments';
import { DEMO_AGREEMENTS } from '../../src/demo/demo-agreements';
import { Role, startTestHub, type TestHub } from '../support/test-hub';

const DRAFT = `mutation($input: DraftAgreementInput!) { draftAgreement(input: $input) { id status } }`;
const DRY_RUN = `query($id: ID!, $query: String!) { agreementDryRun(id: $id, query: $query) { recordType field decision mask } }`;
const COVERAGE = `{ agreementCoverage { agreement { id title provider consumer status } fields { recordType field decision mask } } }`;

interface Exposure {
  recordType: string;
  field: string;
  decision: string;
  mask: Mask | null;
}
interface Coverage {
  agreement: { id: string; title: string; provider: string; consumer: string; status: string };
  fields: Exposure[];
}
interface Body {
  data?: any;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/** A draft the court's chief would like the police to sign: incident numbers, and persons' names masked. */
const INCIDENT_NAMES = {
  title: '派出所向人民法庭提供警情编号与当事人姓名 (draft under test)',
  provider: 'POLICE',
  consumer: 'COURT',
  purpose: 'JOINT_MEDIATION',
  scope: 'RECORDS_LINKED_TO_PARTICIPATING_CASE',
  consumerRoles: ['MEDIATOR', 'CHIEF'],
  grants: [
    {
      recordType: 'INCIDENT',
      fields: [
        { field: 'incidentNumber', mask: 'NONE' },
        { field: 'persons.name', mask: 'NAME' },
      ],
    },
  ],
  validFrom: '2026-01-01T00:00:00Z',
  validUntil: '2030-01-01T00:00:00Z',
};

const byKey = (exposures: Exposure[]) =>
  Object.fromEntries(exposures.map((e) => [`${e.recordType}:${e.field}`, { decision: e.decision, mask: e.mask }]));

/** What agreementCoverage should say for one demo agreement, from the agreement data and the connectors alone. */
function expectedCoverage(agreement: (typeof DEMO_AGREEMENTS)[number]): Exposure[] {
  const provider = registeredDepartments.find((d) => d.code === agreement.provider)!;
  return agreement.grants.flatMap((grant) => {
    const source = provider.recordTypes.find((s) => s.name === grant.recordType)!;
    return fieldPaths(source).map((field) => {
      const mask = grant.fields.find((f) => f.field === field)?.mask;
      return {
        recordType: grant.recordType,
        field,
        decision: mask === undefined ? 'DENIED' : mask === Mask.NONE ? 'GRANTED' : 'MASKED',
        mask: mask ?? null,
      };
    });
  });
}

describe(AgreementDryRun.name, () => {
  let t: TestHub;
  let draftId: string;
  let caseId: string;

  async function gql(query: string, variables: Record<string, unknown>, department: string, role: Role): Promise<Body> {
    const response = await fetch(t.hub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await t.token(department, role)}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as Body;
  }

  const selection = (id: string, fields: string) =>
    `{ jointCase(id: "${id}") { linkedRecords { edges { node { record { ... on PoliceIncident { ${fields} } } } } } } }`;

  beforeAll(async () => {
    t = await startTestHub();
    const drafted = await gql(DRAFT, { input: INCIDENT_NAMES }, 'COURT', Role.CHIEF);
    expect(drafted.errors).toBeUndefined();
    expect(drafted.data.draftAgreement.status).toBe('DRAFT');
    draftId = drafted.data.draftAgreement.id;
    const [row] = await t.databases.sql<{ joint_case_id: string }>(
      'hub',
      `SELECT joint_case_id FROM joint_case_record_link WHERE department = 'POLICE' AND record_type = 'INCIDENT' ORDER BY joint_case_id LIMIT 1`,
    );
    caseId = row.joint_case_id;
  });
  afterAll(() => t.close());

  describe('agreementDryRun', () => {
    it('lists each selected field of the provider as the draft would expose it, and nothing it does not select, reading no department data', async () => {
      t.hub.sources.statements.reset();
      const body = await gql(
        DRY_RUN,
        { id: draftId, query: selection(caseId, 'incidentNumber summary persons { name phone }') },
        'COURT',
        Role.CHIEF,
      );
      expect(body.errors).toBeUndefined();
      const exposures = body.data.agreementDryRun as Exposure[];
      expect(byKey(exposures)).toEqual({
        'INCIDENT:incidentNumber': { decision: 'GRANTED', mask: 'NONE' },
        'INCIDENT:persons.name': { decision: 'MASKED', mask: 'NAME' },
        'INCIDENT:summary': { decision: 'DENIED', mask: null },
        'INCIDENT:persons.phone': { decision: 'DENIED', mask: null },
      });
      expect(exposures).toHaveLength(4);
      expect(t.hub.sources.statements.count('POLICE')).toBe(0);
      for (const { code } of registeredDepartments) expect(t.hub.sources.statements.count(code)).toBe(0);
    });

    it('lists the fields of list items a query selects through a named fragment', async () => {
      const query = `{ jointCase(id: "${caseId}") { linkedRecords { edges { node { record { ...Incident } } } } } }
        fragment Incident on PoliceIncident { summary persons { ...Person } }
        fragment Person on PolicePerson { name phone }`;
      const body = await gql(DRY_RUN, { id: draftId, query }, 'COURT', Role.CHIEF);
      expect(body.errors).toBeUndefined();
      expect(byKey(body.data.agreementDryRun as Exposure[])).toEqual({
        'INCIDENT:summary': { decision: 'DENIED', mask: null },
        'INCIDENT:persons.name': { decision: 'MASKED', mask: 'NAME' },
        'INCIDENT:persons.phone': { decision: 'DENIED', mask: null },
      });
    });

    it('lists the fields a query selects through the person view as well as through a case', async () => {
      const query = `{ person(residentId: "11010519491231002X") { departments { records { edges { node { ... on PoliceIncident { incidentNumber persons { address } } } } } } } }`;
      const body = await gql(DRY_RUN, { id: draftId, query }, 'COURT', Role.CHIEF);
      expect(body.errors).toBeUndefined();
      expect(byKey(body.data.agreementDryRun as Exposure[])).toEqual({
        'INCIDENT:incidentNumber': { decision: 'GRANTED', mask: 'NONE' },
        'INCIDENT:persons.address': { decision: 'DENIED', mask: null },
      });
    });

    it('leaves the agreement it evaluates a draft', async () => {
      const [agreement] = await t.databases.sql<{ status: string }>(
        'hub',
        'SELECT status FROM agreement WHERE id = $1',
        [draftId],
      );
      expect(agreement.status).toBe('DRAFT');
    });

    it('lists a field once however often the query selects it', async () => {
      const query = `{ a: jointCase(id: "${caseId}") { linkedRecords { edges { node { record { ... on PoliceIncident { incidentNumber } } } } } }
        b: jointCase(id: "${caseId}") { linkedRecords { edges { node { record { ... on PoliceIncident { incidentNumber persons { name } } } } } } } }`;
      const body = await gql(DRY_RUN, { id: draftId, query }, 'COURT', Role.CHIEF);
      expect(body.errors).toBeUndefined();
      expect((body.data.agreementDryRun as Exposure[]).map((e) => e.field).sort()).toEqual([
        'incidentNumber',
        'persons.name',
      ]);
    });

    it.each([
      ['an unparsable query', '{ jointCase(id: "x") { linkedRecords { '],
      [
        'a query that selects a field the schema does not have',
        `{ jointCase(id: "x") { linkedRecords { edges { node { record { ... on PoliceIncident { bankAccount } } } } } } }`,
      ],
    ])('answers %s with BAD_USER_INPUT', async (_label, query) => {
      const body = await gql(DRY_RUN, { id: draftId, query }, 'COURT', Role.CHIEF);
      expect(body.data ?? null).toBeNull();
      expect(body.errors!.map((e) => e.extensions!.code)).toEqual(['BAD_USER_INPUT']);
      expect(body.errors![0].extensions).toMatchObject({ field: 'query' });
    });

    it('answers NOT_FOUND_OR_NO_ACCESS to a body that is not party to the draft', async () => {
      const body = await gql(
        DRY_RUN,
        { id: draftId, query: selection(caseId, 'incidentNumber') },
        'CIVIL_AFFAIRS',
        Role.CHIEF,
      );
      expect(body.errors!.map((e) => e.extensions!.code)).toEqual(['NOT_FOUND_OR_NO_ACCESS']);
    });
  });

  describe('agreementCoverage', () => {
    it('lists every active demo agreement with every field of each record kind it names, granted, masked or denied as it says, to a governance-centre administrator', async () => {
      const body = await gql(COVERAGE, {}, 'GOVERNANCE_CENTRE', Role.ADMIN);
      expect(body.errors).toBeUndefined();
      const coverage = body.data.agreementCoverage as Coverage[];
      expect(coverage.map((c) => c.agreement.title).sort()).toEqual(DEMO_AGREEMENTS.map((a) => a.title).sort());
      expect(coverage.map((c) => c.agreement.id)).not.toContain(draftId); // a draft is not active
      for (const demo of DEMO_AGREEMENTS) {
        const entry = coverage.find((c) => c.agreement.title === demo.title)!;
        expect(entry.agreement).toMatchObject({ provider: demo.provider, consumer: demo.consumer, status: 'ACTIVE' });
        const expected = expectedCoverage(demo);
        expect(expected.some((e) => e.decision === 'DENIED')).toBe(true);
        expect(byKey(entry.fields)).toEqual(byKey(expected));
        expect(entry.fields).toHaveLength(expected.length);
      }
    });

    it('shows a civil affairs mediator only the agreements civil affairs is party to', async () => {
      const body = await gql(COVERAGE, {}, 'CIVIL_AFFAIRS', Role.MEDIATOR);
      expect(body.errors).toBeUndefined();
      const titles = (body.data.agreementCoverage as Coverage[]).map((c) => c.agreement.title).sort();
      const partyTo = DEMO_AGREEMENTS.filter((a) => a.provider === 'CIVIL_AFFAIRS' || a.consumer === 'CIVIL_AFFAIRS')
        .map((a) => a.title)
        .sort();
      expect(partyTo.length).toBeGreaterThan(0);
      expect(partyTo.length).toBeLessThan(DEMO_AGREEMENTS.length);
      expect(titles).toEqual(partyTo);
    });

    it('reads no department data', async () => {
      t.hub.sources.statements.reset();
      expect((await gql(COVERAGE, {}, 'GOVERNANCE_CENTRE', Role.ADMIN)).errors).toBeUndefined();
      for (const { code } of registeredDepartments) expect(t.hub.sources.statements.count(code)).toBe(0);
    });
  });
});
