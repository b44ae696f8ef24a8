import { AgreementService } from '../../src/agreements/agreement.service';
import { createTestDatabases, Role, startTestHub, type TestDatabases, type TestHub } from '../support/test-hub';

const DRAFT = `mutation($input: DraftAgreementInput!) { draftAgreement(input: $input) { id status providerApproval { by } consumerApproval { by } } }`;
const APPROVE = `mutation($id: ID!) { approveAgreement(id: $id) { id status } }`;
const REVOKE = `mutation($id: ID!) { revokeAgreement(id: $id, reason: "终止合作") { id status statusReason } }`;
const SUSPEND = `mutation($id: ID!) { suspendAgreement(id: $id, reason: "核查中") { id status } }`;
const RESUME = `mutation($id: ID!) { resumeAgreement(id: $id) { id status } }`;
const PERSON_AT_CIVIL_AFFAIRS = `query($rid: String!) { person(residentId: $rid) { departments { department records { totalCount edges { node { recordType ... on SocialAssistanceEntitlement { programme beneficiaryName } } } } } } }`;

/** A STATISTICS-free agreement the tests own: civil affairs shares subsistence-allowance status with the court. */
function assistanceForCourt(overrides: Record<string, unknown> = {}) {
  return {
    title: '民政向法院提供低保状况',
    provider: 'CIVIL_AFFAIRS',
    consumer: 'COURT',
    purpose: 'JOINT_MEDIATION',
    scope: 'RECORDS_OF_PARTIES_TO_PARTICIPATING_CASE',
    consumerRoles: ['MEDIATOR', 'CHIEF'],
    grants: [
      { recordType: 'SOCIAL_ASSISTANCE', fields: [{ field: 'programme' }, { field: 'beneficiaryName', mask: 'NAME' }] },
    ],
    validFrom: '2026-01-01T00:00:00Z',
    validUntil: '2030-01-01T00:00:00Z',
    ...overrides,
  };
}

describe(AgreementService.name, () => {
  let databases: TestDatabases;
  let a: TestHub;
  let b: TestHub;
  let caseId: string;
  let residentId: string;

  beforeAll(async () => {
    databases = await createTestDatabases();
    // Two hub replicas over the same databases, as behind a load balancer.
    [a, b] = await Promise.all([startTestHub({ databases }), startTestHub({ databases })]);
    const [row] = await databases.sql<{ joint_case_id: string; id_card_no: string }>(
      'hub',
      `SELECT p.joint_case_id, p.resident_id AS id_card_no FROM joint_case_party p JOIN joint_case c ON c.id = p.joint_case_id
        WHERE 'COURT' = ANY(c.participating_departments) ORDER BY c.case_number, p.position`,
    );
    caseId = row.joint_case_id;
    residentId = row.id_card_no;
    // Make sure the person has a subsistence-allowance record at civil affairs.
    await databases.sql(
      'CIVIL_AFFAIRS',
      `INSERT INTO assistance_entitlement (programme, beneficiary_name, id_card_no, residence_address, household_size, monthly_amount, granted_on, entitlement_status)
      SELECT 'MINIMUM_LIVING_ALLOWANCE', '测试人', $1, '杭州市西湖区北山街道曙光社区1幢1单元101室', 2, 900, '2025-01-01', 'ACTIVE'`,
      [residentId],
    );
  });
  afterAll(async () => {
    await Promise.all([a.close(), b.close()]);
    await databases.drop();
  });

  async function gql(
    hub: TestHub,
    query: string,
    variables: Record<string, unknown>,
    department: string,
    role: Role,
    headers: Record<string, string> = {},
  ) {
    const response = await fetch(hub.hub.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await hub.token(department, role)}`,
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as {
      data?: any;
      errors?: Array<{ message: string; extensions: Record<string, unknown> }>;
    };
  }

  async function activeAgreement(): Promise<string> {
    const drafted = await gql(a, DRAFT, { input: assistanceForCourt() }, 'COURT', Role.CHIEF);
    const id = drafted.data.draftAgreement.id as string;
    await gql(a, APPROVE, { id }, 'CIVIL_AFFAIRS', Role.CHIEF);
    const approved = await gql(a, APPROVE, { id }, 'COURT', Role.CHIEF);
    expect(approved.data.approveAgreement.status).toBe('ACTIVE');
    return id;
  }

  async function courtSeesAssistance(hub: TestHub): Promise<boolean> {
    const body = await gql(hub, PERSON_AT_CIVIL_AFFAIRS, { rid: residentId }, 'COURT', Role.MEDIATOR, {
      'x-purpose': 'JOINT_MEDIATION',
      'x-joint-case-id': caseId,
    });
    const civil = body.data.person.departments.find((d: { department: string }) => d.department === 'CIVIL_AFFAIRS');
    return (
      civil.records !== null &&
      civil.records.edges.some((e: { node: { recordType: string } }) => e.node.recordType === 'SOCIAL_ASSISTANCE')
    );
  }

  describe('lifecycle', () => {
    it('becomes active only once both chiefs have approved', async () => {
      const drafted = await gql(a, DRAFT, { input: assistanceForCourt() }, 'GOVERNANCE_CENTRE', Role.ADMIN);
      expect(drafted.data.draftAgreement).toMatchObject({
        status: 'DRAFT',
        providerApproval: null,
        consumerApproval: null,
      });
      const id = drafted.data.draftAgreement.id;
      expect((await gql(a, APPROVE, { id }, 'CIVIL_AFFAIRS', Role.CHIEF)).data.approveAgreement.status).toBe('DRAFT');
      expect(await courtSeesAssistance(a)).toBe(false);
      expect((await gql(a, APPROVE, { id }, 'COURT', Role.CHIEF)).data.approveAgreement.status).toBe('ACTIVE');
      expect(await courtSeesAssistance(a)).toBe(true);
      await gql(a, REVOKE, { id }, 'COURT', Role.CHIEF);
    });

    it.each([
      ['an administrator', 'GOVERNANCE_CENTRE', Role.ADMIN],
      ['a mediator of the consumer', 'COURT', Role.MEDIATOR],
      ['a chief of a third body', 'POLICE', Role.CHIEF],
    ])('refuses approval by %s with FORBIDDEN', async (_label, department, role) => {
      const { id } = (await gql(a, DRAFT, { input: assistanceForCourt() }, 'COURT', Role.CHIEF)).data.draftAgreement;
      const body = await gql(a, APPROVE, { id }, department, role);
      expect(body.errors![0].extensions.code).toBe(department === 'POLICE' ? 'NOT_FOUND_OR_NO_ACCESS' : 'FORBIDDEN');
      await gql(a, REVOKE, { id }, 'COURT', Role.CHIEF);
    });

    it('answers an approval of an active agreement with INVALID_TRANSITION and the allowed steps', async () => {
      const id = await activeAgreement();
      const body = await gql(a, APPROVE, { id }, 'COURT', Role.CHIEF);
      expect(body.errors![0].extensions).toEqual({
        code: 'INVALID_TRANSITION',
        status: 'ACTIVE',
        allowed: ['SUSPENDED', 'REVOKED'],
      });
      await gql(a, REVOKE, { id }, 'COURT', Role.CHIEF);
    });

    it.each([
      [
        'a field the record type does not have',
        { grants: [{ recordType: 'SOCIAL_ASSISTANCE', fields: [{ field: 'bankAccount' }] }] },
        /no field "bankAccount"/,
      ],
      [
        'a record type the provider does not keep',
        { grants: [{ recordType: 'INCIDENT', fields: [{ field: 'summary' }] }] },
        /no record type "INCIDENT"/,
      ],
      ['the ADMIN role as a consumer role', { consumerRoles: ['ADMIN'] }, /never receive/],
      ['an unknown body', { provider: 'TAX_BUREAU' }, /Unknown body/],
      ['a period that ends before it starts', { validUntil: '2025-01-01T00:00:00Z' }, /after validFrom/],
    ])('refuses a draft naming %s with BAD_USER_INPUT', async (_label, overrides, reason) => {
      const body = await gql(a, DRAFT, { input: assistanceForCourt(overrides) }, 'GOVERNANCE_CENTRE', Role.ADMIN);
      expect(body.errors![0].extensions.code).toBe('BAD_USER_INPUT');
      expect(body.errors![0].message).toMatch(reason);
    });

    it('audits every change of an agreement', async () => {
      const id = await activeAgreement();
      await gql(a, SUSPEND, { id }, 'CIVIL_AFFAIRS', Role.CHIEF);
      await gql(a, RESUME, { id }, 'CIVIL_AFFAIRS', Role.CHIEF);
      await gql(a, REVOKE, { id }, 'COURT', Role.CHIEF);
      const changes = await databases.sql<{ change: string }>(
        'hub',
        `SELECT detail->>'change' AS change FROM audit_event WHERE kind = 'AGREEMENT_CHANGE' AND $1 = ANY(agreement_ids) ORDER BY occurred_at, seq`,
        [id],
      );
      expect(changes.map((c) => c.change)).toEqual([
        'DRAFTED',
        'APPROVED',
        'ACTIVATED',
        'SUSPENDED',
        'RESUMED',
        'REVOKED',
      ]);
    });
  });

  describe('revocation', () => {
    it.each([
      ['revoked', REVOKE],
      ['suspended', SUSPEND],
    ])('stops granting on the very next request on every replica once %s', async (_label, mutation) => {
      const id = await activeAgreement();
      expect(await courtSeesAssistance(a)).toBe(true);
      expect(await courtSeesAssistance(b)).toBe(true);
      const changed = await gql(a, mutation, { id }, 'CIVIL_AFFAIRS', Role.CHIEF);
      expect(changed.errors).toBeUndefined();
      expect(await courtSeesAssistance(b)).toBe(false); // the other replica, immediately
      expect(await courtSeesAssistance(a)).toBe(false);
      if (mutation === SUSPEND) await gql(a, REVOKE, { id }, 'CIVIL_AFFAIRS', Role.CHIEF);
    });
  });

  describe('scope', () => {
    it('grants the records of a party to the case, but not of a person outside it', async () => {
      const id = await activeAgreement();
      const [outsider] = await databases.sql<{ beneficiary_id_no: string }>(
        'CIVIL_AFFAIRS',
        `SELECT id_card_no AS beneficiary_id_no FROM assistance_entitlement WHERE id_card_no <> $1 LIMIT 1`,
        [residentId],
      );
      const body = await gql(a, PERSON_AT_CIVIL_AFFAIRS, { rid: outsider.beneficiary_id_no }, 'COURT', Role.MEDIATOR, {
        'x-purpose': 'JOINT_MEDIATION',
        'x-joint-case-id': caseId,
      });
      expect(
        body.data.person.departments.find((d: { department: string }) => d.department === 'CIVIL_AFFAIRS').records,
      ).toBeNull();
      expect(body.errors!.find((e) => e.extensions.department === 'CIVIL_AFFAIRS')!.message).toMatch(/not a party/);
      await gql(a, REVOKE, { id }, 'COURT', Role.CHIEF);
    });
  });
});
