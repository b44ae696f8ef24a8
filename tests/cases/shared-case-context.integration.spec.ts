import { JointCaseService } from '../../src/cases/joint-case.service';
import { startTestHub, type TestHub } from '../support/test-hub';

const SHARED_CONTEXT = `
  query SharedContext($id: ID!) {
    jointCase(id: $id) {
      caseNumber
      participatingDepartments
      parties { role name residentId }
      linkedRecords(first: 100) {
        totalCount
        edges { node { department recordType recordId
          record {
            __typename department recordType recordId
            ... on CourtCaseFiling { caseNumber causeOfAction parties { name residentId phone address } }
            ... on PoliceIncident { incidentNumber summary }
          } } }
      }
      withheldLinkedRecords { department count }
    }
  }`;

interface SharedContext {
  jointCase: {
    caseNumber: string;
    participatingDepartments: string[];
    parties: Array<{ role: string; name: string; residentId: string }>;
    linkedRecords: {
      totalCount: number;
      edges: Array<{
        node: { department: string; recordType: string; recordId: string; record: Record<string, unknown> | null };
      }>;
    };
    withheldLinkedRecords: Array<{ department: string; count: number }>;
  };
}

describe(JointCaseService.name, () => {
  let t: TestHub;
  let caseId: string;

  beforeAll(async () => {
    t = await startTestHub();
    // The showcase family dispute: known to the court, the police, the women's federation and civil affairs.
    const [row] = await t.databases.sql<{ id: string }>(
      'hub',
      `SELECT c.id FROM joint_case c
        WHERE 'COURT' = ANY(c.participating_departments) AND 'POLICE' = ANY(c.participating_departments)
        ORDER BY c.case_number LIMIT 1`,
    );
    caseId = row.id;
  });

  afterAll(() => t.close());

  describe('shared case context', () => {
    it("gives a court mediator who states no purpose the court's linked records in full and counts every other body's, naming none", async () => {
      const { status, body } = await t.graphql<SharedContext>(SHARED_CONTEXT, {
        token: await t.token('COURT'),
        variables: { id: caseId },
      });
      expect(status).toBe(200);
      const links = body.data!.jointCase.linkedRecords.edges.map((e) => e.node);
      const court = links.filter((l) => l.department === 'COURT');
      expect(court.length).toBeGreaterThan(0);
      // Without a purpose no agreement applies: the other bodies' links are counted by body, never named.
      expect(links.filter((l) => l.department !== 'COURT')).toEqual([]);
      const [{ n }] = await t.databases.sql<{ n: number }>(
        'hub',
        `SELECT count(*)::int AS n FROM joint_case_record_link WHERE joint_case_id = $1 AND department <> 'COURT'`,
        [caseId],
      );
      expect(n).toBeGreaterThan(0);
      expect(body.data!.jointCase.withheldLinkedRecords.reduce((sum, w) => sum + w.count, 0)).toBe(n);
      expect(body.data!.jointCase.withheldLinkedRecords.map((w) => w.department)).not.toContain('COURT');

      const filing = court.find((l) => l.recordType === 'CASE_FILING')!.record!;
      expect(filing.__typename).toBe('CourtCaseFiling');
      expect(filing.caseNumber).toMatch(/^\(2026\)浙0106民.+\d+号$/);
      const [party] = filing.parties as Array<Record<string, string>>;
      expect(party.residentId).toMatch(/^\d{17}[\dX]$/); // in full: the owner sees its own records unmasked
      expect(party.phone).toMatch(/^1\d{10}$/);
      expect((body.errors ?? []).filter((e) => e.path?.includes('linkedRecords'))).toEqual([]);
    });

    it('sends no statement to the database of a body whose records are denied', async () => {
      const token = await t.token('COURT');
      t.hub.sources.statements.reset();
      await t.graphql(SHARED_CONTEXT, { token, variables: { id: caseId } });
      expect(t.hub.sources.statements.count('COURT')).toBeGreaterThan(0);
      for (const code of ['POLICE', 'WOMENS_FEDERATION', 'CIVIL_AFFAIRS', 'JUDICIAL_OFFICE', 'SECURITY_COMMITTEE']) {
        expect(t.hub.sources.statements.count(code)).toBe(0);
      }
    });

    it('lets the police read their own incident in the same case', async () => {
      const { body } = await t.graphql<SharedContext>(SHARED_CONTEXT, {
        token: await t.token('POLICE'),
        variables: { id: caseId },
      });
      const incident = body.data!.jointCase.linkedRecords.edges.find((e) => e.node.recordType === 'INCIDENT')!.node
        .record!;
      expect(incident.__typename).toBe('PoliceIncident');
      expect(incident.incidentNumber).toEqual(expect.any(String));
    });
  });

  describe('visibility', () => {
    it('answers NOT_FOUND_OR_NO_ACCESS to a body that takes no part in the case', async () => {
      const [outside] = await t.databases.sql<{ code: string }>(
        'hub',
        `SELECT code FROM unnest(ARRAY['COURT','POLICE','JUDICIAL_OFFICE','WOMENS_FEDERATION','CIVIL_AFFAIRS','SECURITY_COMMITTEE']) AS code
          WHERE code NOT IN (SELECT unnest(participating_departments) FROM joint_case WHERE id = $1) LIMIT 1`,
        [caseId],
      );
      const { body } = await t.graphql(SHARED_CONTEXT, {
        token: await t.token(outside.code),
        variables: { id: caseId },
      });
      expect(body.data).toBeNull();
      expect(body.errors![0].extensions!.code).toBe('NOT_FOUND_OR_NO_ACCESS');
    });

    it('gives the same answer for an id that does not exist and for one that is not an id', async () => {
      const token = await t.token('COURT');
      const missing = await t.graphql(SHARED_CONTEXT, {
        token,
        variables: { id: '00000000-0000-4000-8000-000000000000' },
      });
      const malformed = await t.graphql(SHARED_CONTEXT, { token, variables: { id: "1' OR '1'='1" } });
      expect(missing.body.errors![0].extensions!.code).toBe('NOT_FOUND_OR_NO_ACCESS');
      expect(malformed.body.errors![0]).toEqual({ ...missing.body.errors![0] });
    });

    it('lets the governance centre see every case, and a body only the cases it takes part in', async () => {
      const query = `{ jointCases(first: 100) { totalCount edges { node { participatingDepartments leadDepartment } } } }`;
      const [{ total }] = await t.databases.sql<{ total: number }>(
        'hub',
        'SELECT count(*)::int AS total FROM joint_case',
      );
      const centre = await t.graphql<{ jointCases: { totalCount: number } }>(query, {
        token: await t.token('GOVERNANCE_CENTRE'),
      });
      expect(centre.body.data!.jointCases.totalCount).toBe(total);
      const court = await t.graphql<{
        jointCases: { totalCount: number; edges: Array<{ node: { participatingDepartments: string[] } }> };
      }>(query, {
        token: await t.token('COURT'),
      });
      expect(court.body.data!.jointCases.totalCount).toBeLessThan(total);
      for (const { node } of court.body.data!.jointCases.edges)
        expect(node.participatingDepartments).toContain('COURT');
    });
  });

  describe('pagination', () => {
    it('walks every visible case exactly once, page by page, newest first', async () => {
      const token = await t.token('GOVERNANCE_CENTRE');
      const seen: string[] = [];
      const createdAt: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: {
          body: {
            data?: {
              jointCases: {
                edges: Array<{ node: { caseNumber: string; createdAt: string } }>;
                pageInfo: { hasNextPage: boolean; endCursor: string };
              };
            } | null;
          };
        } = await t.graphql(
          `query($after: String) { jointCases(first: 7, after: $after) { edges { node { caseNumber createdAt } } pageInfo { hasNextPage endCursor } } }`,
          {
            token,
            variables: { after },
          },
        );
        const connection = page.body.data!.jointCases;
        seen.push(...connection.edges.map((e) => e.node.caseNumber));
        createdAt.push(...connection.edges.map((e) => e.node.createdAt));
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      const [{ total }] = await t.databases.sql<{ total: number }>(
        'hub',
        'SELECT count(*)::int AS total FROM joint_case',
      );
      expect(new Set(seen).size).toBe(total);
      expect(createdAt).toEqual([...createdAt].sort().reverse());
    });

    it('refuses a page size above the maximum with BAD_USER_INPUT', async () => {
      const { body } = await t.graphql(`{ jointCases(first: 1000) { totalCount } }`, { token: await t.token('COURT') });
      expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    });
  });
});
