import { residentIdCheckCharacter } from '../../src/common/resident-id';
import { Role, startTestHub, type TestHub } from '../support/test-hub';

/**
 * Writes keep the audit promise: a write and every audit record it causes (the reads it made,
 * the change itself) commit together or not at all, and a creating write retried with the same
 * Idempotency-Key acts once.
 */

const DAY = 86_400_000;
let sequence = 300;
function residentId(): string {
  const birth = new Date(Date.now() - (45 * 365 + 10) * DAY).toISOString().slice(0, 10).replace(/-/g, '');
  const first17 = `330110${birth}${String(sequence++).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}

const OPEN = `mutation($input: OpenJointCaseInput!) { openJointCase(input: $input) { id riskLevel } }`;

describe('audited writes', () => {
  let t: TestHub;
  const party = residentId();

  beforeAll(async () => {
    t = await startTestHub();
    // The judicial office knows the party from a failed mediation: intake reads it for risk screening.
    const [{ id }] = await t.databases.sql<{ id: string }>(
      'JUDICIAL_OFFICE',
      `INSERT INTO mediation_case (case_no, accepted_on, dispute_category, committee_name, mediator_name, mediation_outcome)
       VALUES ($1, $2, 'NEIGHBOUR', '西湖区北山街道人民调解委员会', '王调解员', 'FAILED') RETURNING id::text`,
      [`XHTJ-AUDIT-${Date.now()}`, new Date(Date.now() - 90 * DAY).toISOString().slice(0, 10)],
    );
    await t.databases.sql(
      'JUDICIAL_OFFICE',
      `INSERT INTO mediation_party (mediation_case_id, party_role, party_name, id_card_no) VALUES ($1, 'APPLICANT', '吴一凡', $2)`,
      [id, party],
    );
  });
  afterAll(() => t.close());

  const occurredAt = new Date(Date.now() - DAY).toISOString();
  function intake(title: string) {
    return {
      title,
      category: 'NEIGHBOUR',
      description: '邻里纠纷',
      sourceChannel: 'WALK_IN',
      peopleInvolved: 2,
      occurredAt,
      parties: [{ role: 'APPLICANT', name: '吴一凡', residentId: party }],
    };
  }

  async function open(input: Record<string, unknown>, key?: string) {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      authorization: `Bearer ${await t.token('GOVERNANCE_CENTRE', Role.CLERK)}`,
    };
    if (key) headers['idempotency-key'] = key;
    const response = await fetch(t.hub.url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: OPEN, variables: { input } }),
    });
    return {
      status: response.status,
      body: (await response.json()) as {
        data?: { openJointCase: { id: string; riskLevel: string } } | null;
        errors?: Array<{ extensions?: { code?: string } }>;
      },
    };
  }

  const casesTitled = async (title: string) =>
    (await t.databases.sql<{ id: string }>('hub', 'SELECT id FROM joint_case WHERE title = $1', [title])).map(
      (r) => r.id,
    );

  it('keeps no case, no stored reason and no unaudited read when the audit cannot be written, and one case on the retry', async () => {
    const title = `审计不可用时受理 ${Date.now()}`;
    await t.databases.sql('hub', 'REVOKE INSERT ON audit_event FROM hub_app');
    try {
      for (let i = 0; i < 3; i++) {
        const { status, body } = await open(intake(title), 'intake-while-audit-down');
        expect(body.data ?? null).toBeNull();
        expect(body.errors![0].extensions!.code).toBe('AUDIT_UNAVAILABLE');
        expect(status).toBe(503);
      }
      expect(await casesTitled(title)).toEqual([]);
    } finally {
      await t.databases.sql('hub', 'GRANT INSERT ON audit_event TO hub_app');
    }
    const retried = await open(intake(title), 'intake-while-audit-down');
    expect(retried.body.errors).toBeUndefined();
    expect(retried.body.data!.openJointCase.riskLevel).toBe('YELLOW');
    expect(await casesTitled(title)).toEqual([retried.body.data!.openJointCase.id]);
    // The risk-screening read of the judicial office is audited with the case.
    const [{ n }] = await t.databases.sql<{ n: number }>(
      'hub',
      `SELECT count(*)::int AS n FROM audit_entry WHERE joint_case_id = $1 AND provider = 'JUDICIAL_OFFICE' AND purpose = 'RISK_SCREENING'`,
      [retried.body.data!.openJointCase.id],
    );
    expect(n).toBeGreaterThan(0);
  });

  it('keeps an agreement change and a protection mark only with their audit records', async () => {
    const [agreement] = await t.databases.sql<{ id: string; provider: string }>(
      'hub',
      `SELECT id, provider FROM agreement WHERE status = 'ACTIVE' ORDER BY title LIMIT 1`,
    );
    const someone = residentId();
    await t.databases.sql('hub', 'REVOKE INSERT ON audit_event FROM hub_app');
    try {
      const suspended = await t.graphql(
        `mutation($id: ID!) { suspendAgreement(id: $id, reason: "核查中") { status } }`,
        {
          token: await t.token(agreement.provider, Role.CHIEF),
          variables: { id: agreement.id },
        },
      );
      expect(suspended.body.errors![0].extensions!.code).toBe('AUDIT_UNAVAILABLE');
      const marked = await t.graphql(
        `mutation($id: String!) { markProtectedPerson(residentId: $id, kind: DOMESTIC_VIOLENCE_VICTIM) }`,
        {
          token: await t.token('POLICE', Role.MEDIATOR),
          variables: { id: someone },
        },
      );
      expect(marked.body.errors![0].extensions!.code).toBe('AUDIT_UNAVAILABLE');
    } finally {
      await t.databases.sql('hub', 'GRANT INSERT ON audit_event TO hub_app');
    }
    const [{ status }] = await t.databases.sql<{ status: string }>(
      'hub',
      'SELECT status FROM agreement WHERE id = $1',
      [agreement.id],
    );
    expect(status).toBe('ACTIVE');
    const [{ n }] = await t.databases.sql<{ n: number }>(
      'hub',
      `SELECT count(*)::int AS n FROM protected_person WHERE marked_by_department = 'POLICE' AND marked_at > now() - interval '1 minute'`,
    );
    expect(n).toBe(0);
  });

  it('answers a retry with the same key and input with the first case, creating nothing', async () => {
    const title = `幂等受理 ${Date.now()}`;
    const key = `intake-${Date.now()}`;
    const [first, second] = await Promise.all([open(intake(title), key), open(intake(title), key)]);
    expect(first.body.errors).toBeUndefined();
    expect(second.body.errors).toBeUndefined();
    expect(second.body.data!.openJointCase.id).toBe(first.body.data!.openJointCase.id);
    const third = await open(intake(title), key);
    expect(third.body.data!.openJointCase.id).toBe(first.body.data!.openJointCase.id);
    expect(await casesTitled(title)).toEqual([first.body.data!.openJointCase.id]);
  });

  it('refuses the same key with another input', async () => {
    const key = `intake-other-${Date.now()}`;
    expect((await open(intake(`第一件 ${key}`), key)).body.errors).toBeUndefined();
    const { body } = await open(intake(`第二件 ${key}`), key);
    expect(body.errors![0].extensions!.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await casesTitled(`第二件 ${key}`)).toEqual([]);
  });

  it('refuses a malformed key before anything runs', async () => {
    const { status, body } = await open(intake('坏的幂等键'), 'not a key!');
    expect(status).toBe(400);
    expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('records a session only against the version the user saw', async () => {
    const [{ id, version }] = await t.databases.sql<{ id: string; version: number }>(
      'hub',
      `SELECT id, version FROM joint_case WHERE status = 'IN_MEDIATION' AND lead_department IS NOT NULL ORDER BY case_number LIMIT 1`,
    );
    const token = await t.token('GOVERNANCE_CENTRE', Role.MEDIATOR);
    const post = (v: number) =>
      fetch(t.hub.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query: `mutation($id: ID!, $v: Int) { recordJointSession(id: $id, expectedVersion: $v, input: { heldAt: "2026-03-01T02:00:00Z", place: "综治中心调解室", attendees: [{ department: "GOVERNANCE_CENTRE", name: "李主任" }], minutes: "双方陈述" }) { id } }`,
          variables: { id, v },
        }),
      }).then((r) => r.json() as Promise<{ data?: unknown; errors?: Array<{ extensions?: { code?: string } }> }>);
    const first = await post(version);
    expect(first.errors).toBeUndefined();
    const stale = await post(version);
    expect(stale.errors![0].extensions!.code).toBe('CONFLICT');
  });
});
