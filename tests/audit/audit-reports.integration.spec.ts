import { AuditReportService } from '../../src/audit/audit-report.service';
import { Role, startTestHub, type TestHub } from '../support/test-hub';

const TRAIL = `query($from: DateTimeISO!, $until: DateTimeISO!, $consumer: String) {
  auditTrail(from: $from, until: $until, consumer: $consumer, first: 100) { totalCount
    edges { node { user department role purpose jointCaseId provider recordType recordId decision fields agreementIds } } } }`;
const SUBJECT = `query($rid: String!) { subjectAccessReport(residentId: $rid) { residentIdMasked entries { readBy provider recordType purpose jointCaseNumber decision } } }`;

describe(AuditReportService.name, () => {
  let t: TestHub;
  let caseId: string;
  let caseNumber: string;
  let incidentId: string;
  let residentId: string;
  const period = () => ({
    from: new Date(Date.now() - 3600_000).toISOString(),
    until: new Date(Date.now() + 3600_000).toISOString(),
  });

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
        authorization: `Bearer ${await t.token(department, role, `${department.toLowerCase()}-${role.toLowerCase()}`)}`,
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as {
      data?: any;
      errors?: Array<{ message: string; extensions: Record<string, unknown> }>;
    };
  }

  beforeAll(async () => {
    t = await startTestHub();
    const [row] = await t.databases.sql<{ id: string; case_number: string; record_id: string; resident_id: string }>(
      'hub',
      `SELECT c.id, c.case_number, l.record_id, p.resident_id FROM joint_case c
         JOIN joint_case_record_link l ON l.joint_case_id = c.id AND l.department = 'POLICE' AND l.record_type = 'INCIDENT'
         JOIN joint_case_party p ON p.joint_case_id = c.id AND p.position = 0
        WHERE 'COURT' = ANY(c.participating_departments) ORDER BY c.case_number LIMIT 1`,
    );
    ({ id: caseId, case_number: caseNumber, record_id: incidentId, resident_id: residentId } = row);
    // A court mediator reads the case's shared context, police records included.
    const read = await gql(
      `query($id: ID!) { jointCase(id: $id) { linkedRecords { edges { node { record { recordId } } } } } }`,
      { id: caseId },
      'COURT',
      Role.MEDIATOR,
      {
        'x-purpose': 'JOINT_MEDIATION',
      },
    );
    expect(read.data.jointCase).toBeTruthy();
  });
  afterAll(() => t.close());

  describe('trail', () => {
    it("shows the police auditor who read the police's records, when, for which case and under which agreement", async () => {
      const body = await gql(TRAIL, period(), 'POLICE', Role.AUDITOR);
      const entry = body.data.auditTrail.edges
        .map((e: { node: any }) => e.node)
        .find((n: any) => n.recordType === 'INCIDENT' && n.recordId === incidentId);
      const [{ id: agreementId }] = await t.databases.sql<{ id: string }>(
        'hub',
        `SELECT id FROM agreement WHERE provider = 'POLICE' AND consumer = 'COURT'`,
      );
      expect(entry).toMatchObject({
        user: 'court-mediator',
        department: 'COURT',
        role: 'MEDIATOR',
        purpose: 'JOINT_MEDIATION',
        jointCaseId: caseId,
        provider: 'POLICE',
        decision: 'GRANTED',
        agreementIds: [agreementId],
      });
      expect(entry.fields).toMatchObject({ incidentNumber: 'GRANTED', 'persons.phone': 'DENIED' });
    });

    it("does not show one body's auditor the reads of another body's records", async () => {
      const body = await gql(TRAIL, period(), 'CIVIL_AFFAIRS', Role.AUDITOR);
      for (const { node } of body.data.auditTrail.edges) expect(node.provider).toBe('CIVIL_AFFAIRS');
    });

    it('filters by the consuming body', async () => {
      const body = await gql(TRAIL, { ...period(), consumer: 'JUDICIAL_OFFICE' }, 'POLICE', Role.AUDITOR);
      expect(body.data.auditTrail.totalCount).toBe(0);
    });

    it('is refused to anyone but an auditor, and for a period over a year', async () => {
      expect((await gql(TRAIL, period(), 'POLICE', Role.CHIEF)).errors![0].extensions.code).toBe('FORBIDDEN');
      const long = await gql(
        TRAIL,
        { from: '2020-01-01T00:00:00Z', until: '2026-01-01T00:00:00Z' },
        'POLICE',
        Role.AUDITOR,
      );
      expect(long.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('subjectAccess', () => {
    it('tells a citizen which bodies looked at their records, for which case and why', async () => {
      const body = await gql(SUBJECT, { rid: residentId }, 'GOVERNANCE_CENTRE', Role.CLERK);
      expect(body.data.subjectAccessReport.residentIdMasked).toBe(
        `${residentId.slice(0, 6)}********${residentId.slice(14)}`,
      );
      expect(body.data.subjectAccessReport.entries).toContainEqual({
        readBy: 'COURT',
        provider: 'POLICE',
        recordType: 'INCIDENT',
        purpose: 'JOINT_MEDIATION',
        jointCaseNumber: caseNumber,
        decision: 'GRANTED',
      });
    });

    it('leaves out looks at a record under an investigation hold until the police lift it', async () => {
      const count = async () =>
        (
          await gql(SUBJECT, { rid: residentId }, 'GOVERNANCE_CENTRE', Role.CLERK)
        ).data.subjectAccessReport.entries.filter(
          (e: { provider: string; recordType: string }) => e.provider === 'POLICE' && e.recordType === 'INCIDENT',
        ).length;
      const before = await count();
      expect(before).toBeGreaterThan(0);
      const incidents = await t.databases.sql<{ record_id: string }>(
        'hub',
        `SELECT record_id FROM joint_case_record_link WHERE joint_case_id = $1 AND record_type = 'INCIDENT'`,
        [caseId],
      );
      for (const { record_id } of incidents) {
        const placed = await gql(
          `mutation($id: String!) { placeInvestigationHold(recordType: "INCIDENT", recordId: $id) }`,
          { id: record_id },
          'POLICE',
          Role.CHIEF,
        );
        expect(placed.data.placeInvestigationHold).toBe(true);
      }
      expect(await count()).toBe(0);
      for (const { record_id } of incidents) {
        await gql(
          `mutation($id: String!) { liftInvestigationHold(recordType: "INCIDENT", recordId: $id) }`,
          { id: record_id },
          'POLICE',
          Role.CHIEF,
        );
      }
      expect(await count()).toBe(before);
    });

    it('is issued only by the governance centre, and only the police place holds', async () => {
      expect((await gql(SUBJECT, { rid: residentId }, 'COURT', Role.CHIEF)).errors![0].extensions.code).toBe(
        'FORBIDDEN',
      );
      const hold = await gql(
        `mutation { placeInvestigationHold(recordType: "CASE_FILING", recordId: "1") }`,
        {},
        'COURT',
        Role.CHIEF,
      );
      expect(hold.errors![0].extensions.code).toBe('FORBIDDEN');
    });

    it('audits the report itself', async () => {
      await gql(SUBJECT, { rid: residentId }, 'GOVERNANCE_CENTRE', Role.AUDITOR);
      const rows = await t.databases.sql<{ n: number }>(
        'hub',
        `SELECT count(*)::int AS n FROM audit_event WHERE kind = 'EXPORT' AND actor_department = 'GOVERNANCE_CENTRE'`,
      );
      expect(rows[0].n).toBeGreaterThan(0);
    });
  });
});
