import { Role, startTestHub, type TestHub } from '../support/test-hub';

const DRAFT = `mutation($input: DraftAgreementInput!) { draftAgreement(input: $input) { id status } }`;
const APPROVE = `mutation($id: ID!) { approveAgreement(id: $id) { id status providerApproval { by } consumerApproval { by } } }`;
const AGREEMENT = `query($id: ID!) { agreement(id: $id) { status providerApproval { by } consumerApproval { by } } }`;

const TERMS = {
  title: '民政向法院提供低保状况 (two signatures)',
  provider: 'CIVIL_AFFAIRS',
  consumer: 'COURT',
  purpose: 'JOINT_MEDIATION',
  scope: 'RECORDS_OF_PARTIES_TO_PARTICIPATING_CASE',
  consumerRoles: ['MEDIATOR', 'CHIEF'],
  grants: [{ recordType: 'SOCIAL_ASSISTANCE', fields: [{ field: 'programme' }] }],
  validFrom: '2026-01-01T00:00:00Z',
  validUntil: '2030-01-01T00:00:00Z',
};

interface Body {
  data?: any;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

describe('approving an agreement', () => {
  let t: TestHub;

  beforeAll(async () => {
    t = await startTestHub();
  });
  afterAll(() => t.close());

  /** As the user `user` (the token's subject) holding `role` at `department`. */
  async function as(
    department: string,
    role: Role,
    user: string,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<Body> {
    return (await t.graphql(query, { token: await t.token(department, role, user), variables })).body;
  }

  async function draft(): Promise<string> {
    const body = await as('GOVERNANCE_CENTRE', Role.ADMIN, 'centre-admin', DRAFT, { input: TERMS });
    expect(body.errors).toBeUndefined();
    return body.data.draftAgreement.id;
  }

  async function approvals(id: string): Promise<string[]> {
    const rows = await t.databases.sql<{ change: string }>(
      'hub',
      `SELECT detail->>'change' AS change FROM audit_event WHERE kind = 'AGREEMENT_CHANGE' AND $1 = ANY(agreement_ids) ORDER BY occurred_at, seq`,
      [id],
    );
    return rows.map((r) => r.change);
  }

  it.each([
    ['the provider first', 'CIVIL_AFFAIRS', 'COURT'],
    ['the consumer first', 'COURT', 'CIVIL_AFFAIRS'],
  ])(
    'refuses with FORBIDDEN a second approval by the person who gave the first (%s), and the agreement stays a draft',
    async (_order, first, second) => {
      const id = await draft();
      const firstApproval = await as(first, Role.CHIEF, 'zhang.wei', APPROVE, { id });
      expect(firstApproval.errors).toBeUndefined();
      expect(firstApproval.data.approveAgreement.status).toBe('DRAFT');

      // The same person, with a chief's token at the other body.
      const secondApproval = await as(second, Role.CHIEF, 'zhang.wei', APPROVE, { id });
      expect(secondApproval.data ?? null).toBeNull();
      expect(secondApproval.errors![0].extensions?.code).toBe('FORBIDDEN');
      expect(secondApproval.errors![0].message).toBe(
        "The provider's and the consumer's approvals must come from two different people",
      );

      const stored = await as(second, Role.CHIEF, 'li.na', AGREEMENT, { id });
      expect(stored.data.agreement.status).toBe('DRAFT');
      const [firstSide, secondSide] =
        first === 'CIVIL_AFFAIRS' ? ['providerApproval', 'consumerApproval'] : ['consumerApproval', 'providerApproval'];
      expect(stored.data.agreement[firstSide]).toEqual({ by: 'zhang.wei' });
      expect(stored.data.agreement[secondSide]).toBeNull();
      expect(await approvals(id)).toEqual(['DRAFTED', 'APPROVED']);

      // Another person, the other body's chief, completes it.
      const other = await as(second, Role.CHIEF, 'li.na', APPROVE, { id });
      expect(other.errors).toBeUndefined();
      expect(other.data.approveAgreement.status).toBe('ACTIVE');
      expect(await approvals(id)).toEqual(['DRAFTED', 'APPROVED', 'ACTIVATED']);
      await as(
        second,
        Role.CHIEF,
        'li.na',
        `mutation($id: ID!) { revokeAgreement(id: $id, reason: "测试结束") { status } }`,
        { id },
      );
    },
  );
});
