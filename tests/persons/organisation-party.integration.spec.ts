import { PersonService } from '../../src/persons/person.service';
import { creditCodeCheckCharacter } from '../../src/common/credit-code';
import { residentIdCheckCharacter } from '../../src/common/resident-id';
import { Role, startTestHub, type TestHub } from '../support/test-hub';

const EMPLOYER = '91330106470000789' + creditCodeCheckCharacter('91330106470000789');
const WORKER = '33010619900303123' + residentIdCheckCharacter('33010619900303123');
const PARTY = `query($number: String!) { partyByDocument(documentType: UNIFIED_SOCIAL_CREDIT_CODE, number: $number) { residentIdMasked
  departments { department records(first: 20) { totalCount edges { node { recordType recordId ... on CourtCaseFiling { caseNumber causeOfAction } } } } } } }`;

/**
 * An organisation is found at the bodies by (document type, number) the way a person is: a
 * company's court filings by its 统一社会信用代码, read under the same agreements.
 */
describe(`${PersonService.name} (organisations)`, () => {
  let t: TestHub;
  let caseId: string;
  let filingId: string;

  async function gql(
    query: string,
    variables: Record<string, unknown>,
    department: string,
    role: Role,
    headers: Record<string, string> = {},
  ) {
    const response = await fetch(t.hub.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await t.token(department, role)}`,
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as {
      data?: any;
      errors?: Array<{ message: string; extensions: Record<string, any> }>;
    };
  }

  beforeAll(async () => {
    t = await startTestHub();
    // A wage dispute at the centre: a worker against the company.
    const opened = await gql(
      `mutation($input: OpenJointCaseInput!) { openJointCase(input: $input) { id } }`,
      {
        input: {
          title: '拖欠工资纠纷',
          category: 'WAGES',
          description: '公司拖欠三个月工资。',
          sourceChannel: 'DEPARTMENT_TRANSFER',
          peopleInvolved: 12,
          occurredAt: '2026-10-01T10:00:00Z',
          parties: [
            { role: 'APPLICANT', name: '孙强', residentId: WORKER, electedRepresentative: true },
            {
              role: 'RESPONDENT',
              name: '杭州西湖装饰工程有限公司',
              kind: 'LEGAL_PERSON',
              documentType: 'UNIFIED_SOCIAL_CREDIT_CODE',
              documentNumber: EMPLOYER,
              legalRepresentative: '周总',
            },
          ],
        },
      },
      'GOVERNANCE_CENTRE',
      Role.CLERK,
    );
    caseId = opened.data.openJointCase.id;
    await gql(
      `mutation($id: ID!) { assessJointCase(id: $id) { __typename } }`,
      { id: caseId },
      'GOVERNANCE_CENTRE',
      Role.CLERK,
    );
    await gql(
      `mutation($id: ID!) { assignJointCase(id: $id, input: { leadDepartment: "JUDICIAL_OFFICE", participatingDepartments: ["COURT"], handler: "王调解员" }) { __typename } }`,
      { id: caseId },
      'GOVERNANCE_CENTRE',
      Role.CHIEF,
    );
    // The court's own system holds a filing against the company, by its credit code in the party's 证件号码.
    const [filing] = await t.databases.sql<{ id: string }>(
      'COURT',
      `INSERT INTO case_filing (case_no, case_type, cause_of_action, procedure_stage, filed_on)
      VALUES ('（2026）浙0106民初4321号', 'CIVIL_FIRST_INSTANCE', '劳动争议', 'FILED', '2026-10-20') RETURNING id::text`,
    );
    filingId = filing.id;
    await t.databases.sql(
      'COURT',
      `INSERT INTO case_party (case_filing_id, litigant_role, party_name, id_card_no) VALUES ($1, 'DEFENDANT', '杭州西湖装饰工程有限公司', $2)`,
      [filingId, EMPLOYER],
    );
  }, 120_000);
  afterAll(() => t.close());

  const inCase = () => ({ 'x-purpose': 'JOINT_MEDIATION', 'x-joint-case-id': caseId });
  const courtOf = (body: { data?: any }) =>
    body.data.partyByDocument.departments.find((d: { department: string }) => d.department === 'COURT');

  it("denies the judicial office the company's court records while no agreement grants them, and records the denial", async () => {
    const body = await gql(PARTY, { number: EMPLOYER }, 'JUDICIAL_OFFICE', Role.MEDIATOR, inCase());
    expect(body.data.partyByDocument.residentIdMasked).toBe(`${EMPLOYER.slice(0, 6)}********${EMPLOYER.slice(14)}`);
    expect(courtOf(body).records).toBeNull();
    expect(body.errors!.find((e) => e.extensions.department === 'COURT')!.extensions.code).toBe(
      'FORBIDDEN_BY_AGREEMENT',
    );
  });

  it('finds the company at the court by its credit code under an agreement for the parties of a shared case', async () => {
    const drafted = await gql(
      `mutation($input: DraftAgreementInput!) { draftAgreement(input: $input) { id } }`,
      {
        input: {
          title: '法院向司法所提供共同案件当事人的立案信息',
          provider: 'COURT',
          consumer: 'JUDICIAL_OFFICE',
          purpose: 'JOINT_MEDIATION',
          scope: 'RECORDS_OF_PARTIES_TO_PARTICIPATING_CASE',
          consumerRoles: ['MEDIATOR', 'CHIEF'],
          grants: [{ recordType: 'CASE_FILING', fields: [{ field: 'caseNumber' }, { field: 'causeOfAction' }] }],
          validFrom: '2026-01-01T00:00:00Z',
          validUntil: '2030-01-01T00:00:00Z',
        },
      },
      'JUDICIAL_OFFICE',
      Role.CHIEF,
    );
    expect(drafted.errors).toBeUndefined();
    const id = drafted.data.draftAgreement.id;
    await gql(`mutation($id: ID!) { approveAgreement(id: $id) { status } }`, { id }, 'COURT', Role.CHIEF);
    const approved = await gql(
      `mutation($id: ID!) { approveAgreement(id: $id) { status } }`,
      { id },
      'JUDICIAL_OFFICE',
      Role.CHIEF,
    );
    expect(approved.data.approveAgreement.status).toBe('ACTIVE');

    const body = await gql(PARTY, { number: EMPLOYER }, 'JUDICIAL_OFFICE', Role.MEDIATOR, inCase());
    const court = courtOf(body);
    expect(court.records.edges.map((e: any) => e.node)).toContainEqual({
      recordType: 'CASE_FILING',
      recordId: filingId,
      caseNumber: '（2026）浙0106民初4321号',
      causeOfAction: '劳动争议',
    });
    // Outside the case the same agreement does not reach the company's records.
    const outside = await gql(PARTY, { number: EMPLOYER }, 'JUDICIAL_OFFICE', Role.MEDIATOR);
    expect(courtOf(outside).records).toBeNull();
  });

  it('refuses a credit code with a wrong check character with BAD_USER_INPUT', async () => {
    const wrong = EMPLOYER.slice(0, 17) + (EMPLOYER[17] === '0' ? '1' : '0');
    const body = await gql(PARTY, { number: wrong }, 'JUDICIAL_OFFICE', Role.MEDIATOR);
    expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'number' });
  });
});
