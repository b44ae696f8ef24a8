import { Role, startTestHub, type TestHub } from '../support/test-hub';

/**
 * The petitions bureau (PETITIONS) and human resources and social security (LABOUR) are bodies
 * like any other: their records are read live under an agreement and denied without one, and
 * the demo links them to the centre's cases (a wage case whose employer both bodies know, a
 * repeated petitioner whose dispute is at the centre).
 */

interface Gql<T> {
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, any> }>;
  extensions?: {
    access?: {
      records: Array<{
        department: string;
        recordType: string | null;
        decision: string;
        fields?: Record<string, string>;
      }>;
    };
  };
}

const CONTEXT = `query($id: ID!) { jointCase(id: $id) {
  linkedRecords(first: 100) { edges { node { department recordType recordId record {
    __typename
    ... on PetitionMatter { matterNumber form headcount repeated skipLevel stage resolution backlog handlingDueOn acceptanceDueOn petitioners { name phone } }
    ... on WageArrearsComplaint { complaintNumber employerName employerCreditCode workersInvolved amountOwed status complainantName complainantPhone }
  } } } }
  withheldLinkedRecords { department count }
} }`;

describe('the PETITIONS and LABOUR bodies', () => {
  let t: TestHub;

  beforeAll(async () => {
    t = await startTestHub();
  }, 120_000);
  afterAll(() => t.close(), 120_000);

  async function ask<T>(
    department: string,
    role: Role,
    query: string,
    variables: Record<string, unknown>,
    purpose?: string,
  ): Promise<Gql<T>> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      authorization: `Bearer ${await t.token(department, role)}`,
    };
    if (purpose) headers['x-purpose'] = purpose;
    const response = await fetch(t.hub.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    return (await response.json()) as Gql<T>;
  }

  /** An open joint case linked to a record of this kind. */
  async function openCaseLinkedTo(
    department: string,
    recordType: string,
    extraSql = '',
  ): Promise<{ id: string; recordId: string; participating: string[] }> {
    const [row] = await t.databases.sql<{ id: string; record_id: string; participating_departments: string[] }>(
      'hub',
      `SELECT c.id, l.record_id, c.participating_departments FROM joint_case c JOIN joint_case_record_link l ON l.joint_case_id = c.id
        WHERE l.department = $1 AND l.record_type = $2 AND c.status NOT IN ('CLOSED', 'WITHDRAWN', 'NOT_ACCEPTED') ${extraSql}
        ORDER BY c.case_number LIMIT 1`,
      [department, recordType],
    );
    expect(row).toBeDefined();
    return { id: row.id, recordId: row.record_id, participating: row.participating_departments };
  }

  it("lets the centre read a party's petition matter under the petitions agreement, names masked, phones denied", async () => {
    const { id, recordId } = await openCaseLinkedTo('PETITIONS', 'PETITION_MATTER');
    const body = await ask<any>('GOVERNANCE_CENTRE', Role.MEDIATOR, CONTEXT, { id }, 'JOINT_MEDIATION');
    const node = body
      .data!.jointCase.linkedRecords.edges.map((e: any) => e.node)
      .find((n: any) => n.department === 'PETITIONS' && n.recordType === 'PETITION_MATTER' && n.recordId === recordId);
    expect(node.record.__typename).toBe('PetitionMatter');
    expect(node.record.matterNumber).toMatch(/^西湖信〔2026〕\d{4}号$/);
    expect(['LETTER', 'VISIT', 'ONLINE', 'PHONE']).toContain(node.record.form);
    expect(typeof node.record.repeated).toBe('boolean');
    expect(node.record.petitioners.length).toBeGreaterThan(0);
    for (const p of node.record.petitioners) {
      expect(p.name).toMatch(/\*/); // NAME mask
      expect(p.phone).toBeNull();
    }
    // The acceptance deadline is not granted: denied with the reason, like every field outside an agreement.
    expect(node.record.acceptanceDueOn).toBeNull();
    const denied = body.errors!.filter(
      (e) => e.extensions?.code === 'FORBIDDEN_BY_AGREEMENT' && e.extensions?.department === 'PETITIONS',
    );
    expect(denied.map((e) => e.extensions!.field)).toEqual(
      expect.arrayContaining(['acceptanceDueOn', 'petitioners.phone']),
    );
    const looks = body.extensions!.access!.records.filter((r) => r.department === 'PETITIONS');
    expect(looks.some((r) => r.decision === 'GRANTED' || r.decision === 'MASKED')).toBe(true);
  });

  it('keeps the 《信访工作条例》 time limits in the register: acceptance 15 days after registration, handling 60 after acceptance', async () => {
    const rows = await t.databases.sql<{ acceptance: number; handling: number | null }>(
      'PETITIONS',
      `SELECT acceptance_due_on - registered_on AS acceptance, handling_due_on - accepted_on AS handling FROM xf_matter`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.acceptance).toBe(15);
      if (row.handling !== null) expect(row.handling).toBe(60);
    }
  });

  it('lets the centre and the judicial office read wage complaints of parties, and denies a body with no agreement', async () => {
    const { id, recordId, participating } = await openCaseLinkedTo(
      'LABOUR',
      'WAGE_ARREARS_COMPLAINT',
      `AND 'COURT' = ANY(c.participating_departments) AND 'JUDICIAL_OFFICE' = ANY(c.participating_departments)`,
    );
    expect(participating).toEqual(expect.arrayContaining(['LABOUR', 'COURT', 'JUDICIAL_OFFICE']));

    const centre = await ask<any>('GOVERNANCE_CENTRE', Role.MEDIATOR, CONTEXT, { id }, 'JOINT_MEDIATION');
    const seen = centre
      .data!.jointCase.linkedRecords.edges.map((e: any) => e.node)
      .find(
        (n: any) => n.department === 'LABOUR' && n.recordType === 'WAGE_ARREARS_COMPLAINT' && n.recordId === recordId,
      );
    expect(seen.record).toMatchObject({ __typename: 'WageArrearsComplaint', complainantPhone: null });
    expect(seen.record.employerName).toMatch(/有限公司$/);
    expect(seen.record.employerCreditCode).toMatch(/^91330106\d{9}[0-9A-Z]$/);
    expect(seen.record.complainantName).toMatch(/\*/);

    const office = await ask<any>('JUDICIAL_OFFICE', Role.MEDIATOR, CONTEXT, { id }, 'JOINT_MEDIATION');
    const forOffice = office
      .data!.jointCase.linkedRecords.edges.map((e: any) => e.node)
      .find(
        (n: any) => n.department === 'LABOUR' && n.recordType === 'WAGE_ARREARS_COMPLAINT' && n.recordId === recordId,
      );
    expect(forOffice.record.complaintNumber).toBe(seen.record.complaintNumber);

    // The court takes part in the case but has no agreement with LABOUR: the link is counted, never named or read.
    const court = await ask<any>('COURT', Role.MEDIATOR, CONTEXT, { id }, 'JOINT_MEDIATION');
    expect(court.data!.jointCase.linkedRecords.edges.map((e: any) => e.node.department)).not.toContain('LABOUR');
    expect(court.data!.jointCase.withheldLinkedRecords).toContainEqual({
      department: 'LABOUR',
      count: expect.any(Number),
    });
  });

  it("answers a person's LABOUR and PETITIONS records null with FORBIDDEN_BY_AGREEMENT for a body with no agreement, and in full for the owner", async () => {
    const [{ id_card_no: worker }] = await t.databases.sql<{ id_card_no: string }>(
      'LABOUR',
      `SELECT complainant_id_no AS id_card_no FROM jc_wage_complaint ORDER BY id LIMIT 1`,
    );
    const query = `query($rid: String!) { person(residentId: $rid) { departments { department records(first: 10) { totalCount edges { node { __typename recordType } } } } } }`;
    const court = await ask<any>('COURT', Role.MEDIATOR, query, { rid: worker });
    const labourForCourt = court.data!.person.departments.find((d: any) => d.department === 'LABOUR');
    expect(labourForCourt.records).toBeNull();
    expect(
      court.errors!.some(
        (e) => e.extensions?.code === 'FORBIDDEN_BY_AGREEMENT' && e.extensions?.department === 'LABOUR',
      ),
    ).toBe(true);
    const owner = await ask<any>('LABOUR', Role.CLERK, query, { rid: worker });
    const own = owner.data!.person.departments.find((d: any) => d.department === 'LABOUR');
    expect(own.records.edges.map((e: any) => e.node.__typename)).toContain('WageArrearsComplaint');
  });

  it('names in the demo an employer known to both LABOUR and PETITIONS by its credit code, respondent of a wage case at the centre', async () => {
    const labour = await t.databases.sql<{ uscc: string }>(
      'LABOUR',
      `SELECT DISTINCT employer_uscc AS uscc FROM jc_wage_complaint`,
    );
    const petitions = await t.databases.sql<{ uscc: string }>(
      'PETITIONS',
      `SELECT DISTINCT concerns_credit_code AS uscc FROM xf_matter WHERE concerns_credit_code IS NOT NULL`,
    );
    const both = labour.filter((l) => petitions.some((p) => p.uscc === l.uscc));
    expect(both.length).toBeGreaterThan(0);
    // The centre took the company in as the respondent, by the same credit code.
    const respondents = await t.databases.sql<{ n: number }>(
      'hub',
      `SELECT count(*)::int AS n FROM joint_case_party p JOIN joint_case c ON c.id = p.joint_case_id
        WHERE c.category = 'WAGES' AND p.role = 'RESPONDENT' AND p.kind = 'LEGAL_PERSON' AND p.document_number = ANY($1)`,
      [both.map((b) => b.uscc)],
    );
    expect(respondents[0].n).toBeGreaterThan(0);
  });

  it('has a repeated, skip-level petitioner on the backlog list whose dispute is a joint case at the centre', async () => {
    const [matter] = await t.databases.sql<{ id: string }>(
      'PETITIONS',
      `SELECT id::text FROM xf_matter WHERE is_repeated AND is_skip_level AND is_backlog ORDER BY id LIMIT 1`,
    );
    expect(matter).toBeDefined();
    const links = await t.databases.sql(
      'hub',
      `SELECT 1 FROM joint_case_record_link WHERE department = 'PETITIONS' AND record_id = $1`,
      [matter.id],
    );
    expect(links.length).toBe(1);
  });
});
