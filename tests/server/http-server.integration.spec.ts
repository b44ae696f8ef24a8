import { createHttpServer } from '../../src/server/http-server';
import { startTestHub, type TestHub } from '../support/test-hub';

describe(createHttpServer.name, () => {
  let t: TestHub;
  let base: string;
  beforeAll(async () => {
    t = await startTestHub();
    base = t.hub.url.replace(/\/graphql$/, '');
  });
  afterAll(() => t.close());

  describe('/health', () => {
    it('answers 200 while the process is up', async () => {
      const response = await fetch(`${base}/health`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'UP' });
    });
  });

  describe('/ready', () => {
    it("answers 200 with every body's status when the hub database is reachable", async () => {
      const response = await fetch(`${base}/ready`);
      expect(response.status).toBe(200);
      const body = (await response.json()) as { hub: string; departments: Record<string, string> };
      expect(body.hub).toBe('UP');
      expect(Object.keys(body.departments).sort()).toEqual(t.hub.registry.codes.sort());
      expect(Object.values(body.departments).every((s) => s === 'UP')).toBe(true);
    });
  });

  describe('errors', () => {
    it('answers malformed JSON with 400 and a stable code', async () => {
      const response = await fetch(t.hub.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query": ',
      });
      expect(response.status).toBe(400);
      expect(
        ((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code,
      ).toBe('BAD_USER_INPUT');
    });

    it('answers an unknown field with GRAPHQL_VALIDATION_FAILED', async () => {
      const { body } = await t.graphql('{ jointCases { nope } }', { token: await t.token('COURT') });
      expect(body.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('answers an unexpected failure with INTERNAL_SERVER_ERROR and no SQL, stack or host in the response', async () => {
      // Break the hub's own table under the running hub: the query fails inside TypeORM with SQL in the error.
      await t.databases.sql('hub', 'ALTER TABLE joint_case RENAME COLUMN title TO title_broken');
      try {
        const { body } = await t.graphql('{ jointCases(first: 1) { edges { node { title } } } }', {
          token: await t.token('GOVERNANCE_CENTRE'),
        });
        expect(body.errors![0]).toEqual({
          message: 'Internal server error',
          path: ['jointCases'],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        });
        const text = JSON.stringify(body);
        expect(text).not.toMatch(/SELECT|title_broken|127\.0\.0\.1|localhost|\.ts:|at /);
      } finally {
        await t.databases.sql('hub', 'ALTER TABLE joint_case RENAME COLUMN title_broken TO title');
      }
    });

    it("answers a body's failed read with SOURCE_UNAVAILABLE naming only the body, and the rest of the response complete", async () => {
      await t.databases.sql('COURT', 'ALTER TABLE case_filing RENAME TO case_filing_moved');
      try {
        const [row] = await t.databases.sql<{ id: string }>(
          'hub',
          `SELECT id FROM joint_case WHERE 'COURT' = ANY(participating_departments) ORDER BY case_number LIMIT 1`,
        );
        const { body } = await t.graphql<{
          jointCase: {
            caseNumber: string;
            linkedRecords: { edges: Array<{ node: { recordType: string; record: unknown } }> };
          };
        }>(
          `query($id: ID!) { jointCase(id: $id) { caseNumber linkedRecords { edges { node { recordType record { recordId } } } } } }`,
          { token: await t.token('COURT'), variables: { id: row.id } },
        );
        expect(body.data!.jointCase.caseNumber).toEqual(expect.any(String));
        const unavailable = body.errors!.filter((e) => e.extensions!.code === 'SOURCE_UNAVAILABLE');
        expect(unavailable.length).toBeGreaterThan(0);
        for (const error of unavailable) {
          expect(error.extensions).toEqual({ code: 'SOURCE_UNAVAILABLE', department: 'COURT' });
          expect(error.message).not.toMatch(/case_filing|relation|SELECT/);
        }
      } finally {
        await t.databases.sql('COURT', 'ALTER TABLE case_filing_moved RENAME TO case_filing');
      }
    });
  });
});
