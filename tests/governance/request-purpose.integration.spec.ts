import { Role, startTestHub, type TestHub } from '../support/test-hub';

/** The court reads a case it takes part in, with the records other bodies linked to it: every look is audited with the request's purpose. */
const CASE_WITH_RECORDS = `query($id: ID!) { jointCase(id: $id) { caseNumber linkedRecords { edges { node { department recordType record { recordId } } } } } }`;

/** Names that `name in Purpose` finds on the enum object's prototype chain, and other non-purposes. */
const NOT_PURPOSES = [
  'toString',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  'valueOf',
  'joint_mediation',
  'MEDIATION',
];

describe('the purpose a request names (x-purpose)', () => {
  let t: TestHub;
  let caseId: string;
  let token: string;

  beforeAll(async () => {
    t = await startTestHub();
    // A case the court takes part in, with records of another body linked to it.
    const [row] = await t.databases.sql<{ id: string }>(
      'hub',
      `SELECT c.id FROM joint_case c
        WHERE 'COURT' = ANY(c.participating_departments)
          AND EXISTS (SELECT 1 FROM joint_case_record_link l WHERE l.joint_case_id = c.id AND l.department <> 'COURT')
        ORDER BY c.case_number LIMIT 1`,
    );
    caseId = row.id;
    token = await t.token('COURT', Role.MEDIATOR);
  });
  afterAll(() => t.close());

  async function read(purpose: string) {
    const response = await fetch(t.hub.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        'x-purpose': purpose,
        'x-joint-case-id': caseId,
      },
      body: JSON.stringify({ query: CASE_WITH_RECORDS, variables: { id: caseId } }),
    });
    return {
      status: response.status,
      body: (await response.json()) as {
        data?: unknown;
        errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
      },
    };
  }

  it('accepts each purpose of the enum and audits the looks under it', async () => {
    const { status, body } = await read('JOINT_MEDIATION');
    expect(status).toBe(200);
    // Some linked kinds are refused by agreement (errors on those records); the case itself is answered.
    expect(body.data).toMatchObject({ jointCase: { caseNumber: expect.any(String) } });
    const [audited] = await t.databases.sql<{ n: number }>(
      'hub',
      `SELECT count(*)::int AS n FROM audit_entry WHERE kind = 'RECORD_READ' AND purpose = 'JOINT_MEDIATION' AND joint_case_id = $1`,
      [caseId],
    );
    expect(audited.n).toBeGreaterThan(0);
  });

  it.each(NOT_PURPOSES)(
    'refuses x-purpose %j with BAD_USER_INPUT (400), reads nothing and audits nothing under it',
    async (purpose) => {
      t.hub.sources.statements.reset();
      const { status, body } = await read(purpose);
      expect(status).toBe(400);
      expect(body.data ?? null).toBeNull();
      expect(body.errors).toHaveLength(1);
      expect(body.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors![0].message).toBe('x-purpose must be one of JOINT_MEDIATION, RISK_SCREENING, STATISTICS');
      for (const department of t.hub.registry.codes) expect(t.hub.sources.statements.count(department)).toBe(0);
      const stored = await t.databases.sql('hub', 'SELECT 1 FROM audit_entry WHERE purpose = $1', [purpose]);
      expect(stored).toEqual([]);
    },
  );
});
