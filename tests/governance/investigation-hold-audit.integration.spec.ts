import { Role, startTestHub, type TestHub } from '../support/test-hub';

const PLACE = `mutation($type: String!, $id: String!) { placeInvestigationHold(recordType: $type, recordId: $id) }`;
const LIFT = `mutation($type: String!, $id: String!) { liftInvestigationHold(recordType: $type, recordId: $id) }`;

interface HoldAudit {
  actor_user: string;
  actor_department: string;
  actor_role: string;
  occurred_at: Date;
  request_id: string;
  detail: { change: string; holdId: string; department: string; recordType: string; recordId: string };
}

describe('investigation holds', () => {
  let t: TestHub;

  beforeAll(async () => {
    t = await startTestHub();
  });
  afterAll(() => t.close());

  async function as(role: Role, user: string, query: string, variables: Record<string, unknown>) {
    const response = await fetch(t.hub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await t.token('POLICE', role, user)}` },
      body: JSON.stringify({ query, variables }),
    });
    return {
      requestId: response.headers.get('x-request-id'),
      body: (await response.json()) as { data?: any; errors?: unknown[] },
    };
  }

  async function holdAudit(recordId: string): Promise<HoldAudit[]> {
    return t.databases.sql<HoldAudit>(
      'hub',
      `SELECT actor_user, actor_department, actor_role, occurred_at, request_id, detail FROM audit_event
        WHERE kind = 'HOLD_CHANGE' AND detail->>'recordId' = $1 ORDER BY occurred_at, seq`,
      [recordId],
    );
  }

  it('audits placing a hold and lifting it, naming the record, who and when', async () => {
    const [{ record_id: recordId }] = await t.databases.sql<{ record_id: string }>(
      'hub',
      `SELECT record_id FROM joint_case_record_link WHERE department = 'POLICE' AND record_type = 'INCIDENT' ORDER BY record_id LIMIT 1`,
    );
    const before = new Date();
    const placed = await as(Role.CHIEF, 'wang.jun', PLACE, { type: 'INCIDENT', id: recordId });
    expect(placed.body.errors).toBeUndefined();
    expect(placed.body.data.placeInvestigationHold).toBe(true);
    const lifted = await as(Role.MEDIATOR, 'zhao.lei', LIFT, { type: 'INCIDENT', id: recordId });
    expect(lifted.body.errors).toBeUndefined();
    expect(lifted.body.data.liftInvestigationHold).toBe(true);
    const after = new Date();

    const [{ id: holdId }] = await t.databases.sql<{ id: string }>(
      'hub',
      `SELECT id FROM investigation_hold WHERE department = 'POLICE' AND record_id = $1`,
      [recordId],
    );
    const rows = await holdAudit(recordId);
    expect(
      rows.map(({ actor_user, actor_department, actor_role, detail }) => ({
        actor_user,
        actor_department,
        actor_role,
        detail,
      })),
    ).toEqual([
      {
        actor_user: 'wang.jun',
        actor_department: 'POLICE',
        actor_role: 'CHIEF',
        detail: { change: 'PLACED', holdId, department: 'POLICE', recordType: 'INCIDENT', recordId },
      },
      {
        actor_user: 'zhao.lei',
        actor_department: 'POLICE',
        actor_role: 'MEDIATOR',
        detail: { change: 'LIFTED', holdId, department: 'POLICE', recordType: 'INCIDENT', recordId },
      },
    ]);
    expect(rows.map((r) => r.request_id)).toEqual([placed.requestId, lifted.requestId]);
    for (const row of rows) {
      expect(row.occurred_at.getTime()).toBeGreaterThanOrEqual(before.getTime());
      expect(row.occurred_at.getTime()).toBeLessThanOrEqual(after.getTime());
    }
  });

  it('audits no change when a hold is placed on a record already held or lifted where there is none', async () => {
    const recordId = 'hold-audit-repeat';
    await as(Role.CHIEF, 'wang.jun', PLACE, { type: 'INCIDENT', id: recordId });
    const again = await as(Role.CHIEF, 'wang.jun', PLACE, { type: 'INCIDENT', id: recordId });
    expect(again.body.data.placeInvestigationHold).toBe(true);
    await as(Role.CHIEF, 'wang.jun', LIFT, { type: 'INCIDENT', id: recordId });
    const none = await as(Role.CHIEF, 'wang.jun', LIFT, { type: 'INCIDENT', id: recordId });
    expect(none.body.data.liftInvestigationHold).toBe(false);
    expect((await holdAudit(recordId)).map((r) => r.detail.change)).toEqual(['PLACED', 'LIFTED']);
  });

  it('audits nothing for a hold refused to another body', async () => {
    const refused = await fetch(t.hub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await t.token('COURT', Role.CHIEF)}` },
      body: JSON.stringify({ query: PLACE, variables: { type: 'CASE_FILING', id: 'hold-audit-refused' } }),
    });
    const body = (await refused.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    expect(body.errors![0].extensions?.code).toBe('FORBIDDEN');
    expect(await holdAudit('hold-audit-refused')).toEqual([]);
  });
});
