import { residentIdCheckCharacter } from '../../src/common/resident-id';
import { Role, startTestHub, type TestHub } from '../support/test-hub';

/**
 * A warning has a life: raised by an assessment at RED or ORANGE → acknowledged (who, when) →
 * handled (稳控措施) → cleared (销号, with the reason); each step in the case's history and the
 * audit, and `earlyWarnings` lists exactly the warnings not cleared.
 */

const DAY = 86_400_000;
let sequence = 700;
function residentId(): string {
  const birth = new Date(Date.now() - (40 * 365 + 30) * DAY).toISOString().slice(0, 10).replace(/-/g, '');
  const first17 = `330108${birth}${String(sequence++).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}

const WARNING = `id level status raisedAt acknowledgedAt acknowledgedBy acknowledgedByDepartment minutesToAcknowledge measures handledAt clearedAt clearedBy clearReason escalatedAt escalatedBy version`;

describe('EarlyWarningService', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub();
  }, 120_000);
  afterAll(() => t.close(), 120_000);

  async function call<T = any>(
    department: string,
    role: Role,
    query: string,
    variables: Record<string, unknown> = {},
    user?: string,
  ) {
    const { body } = await t.graphql<T>(query, { token: await t.token(department, role, user), variables });
    return body;
  }

  /** A wage dispute of twelve workers: ORANGE at intake, so a warning is raised. */
  async function openOrangeCase(): Promise<string> {
    const body = await call(
      'GOVERNANCE_CENTRE',
      Role.CLERK,
      `mutation($input: OpenJointCaseInput!) { openJointCase(input: $input) { id riskLevel } }`,
      {
        input: {
          title: '工地拖欠十二名工人工资',
          category: 'WAGES',
          description: '十二名工人集体讨薪',
          sourceChannel: 'WALK_IN',
          peopleInvolved: 12,
          occurredAt: new Date(Date.now() - DAY).toISOString(),
          parties: [
            { role: 'APPLICANT', name: '孙建军', residentId: residentId() },
            { role: 'RESPONDENT', name: '周老板', residentId: residentId() },
          ],
        },
      },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.openJointCase.riskLevel).toBe('ORANGE');
    return body.data.openJointCase.id;
  }

  type WarningPage = {
    edges: Array<{ node: { id: string } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };

  /** Whether the case is on any page of the centre's earlyWarnings. */
  const listed = async (id: string) => {
    let after: string | null = null;
    for (;;) {
      const body = await call<{ earlyWarnings: WarningPage }>(
        'GOVERNANCE_CENTRE',
        Role.SUPERVISOR,
        `query ($after: String) { earlyWarnings(first: 100, after: $after) { edges { node { id warning { status } } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      const page: WarningPage = body.data!.earlyWarnings;
      if (page.edges.some((e) => e.node.id === id)) return true;
      if (!page.pageInfo.hasNextPage) return false;
      after = page.pageInfo.endCursor;
    }
  };

  it('goes raised → acknowledged → handled → cleared, with history and audit, and earlyWarnings agrees at each step', async () => {
    const id = await openOrangeCase();
    const read = await call(
      'GOVERNANCE_CENTRE',
      Role.CLERK,
      `query($id: ID!) { jointCase(id: $id) { warning { ${WARNING} } } }`,
      { id },
    );
    expect(read.data.jointCase.warning).toMatchObject({
      level: 'ORANGE',
      status: 'RAISED',
      acknowledgedAt: null,
      minutesToAcknowledge: null,
    });
    expect(await listed(id)).toBe(true);

    // Clearing before the measures are recorded is not a step the warning allows.
    const early = await call(
      'GOVERNANCE_CENTRE',
      Role.CHIEF,
      `mutation($id: ID!) { clearWarning(jointCaseId: $id, reason: "已化解") { status } }`,
      { id },
    );
    expect(early.errors![0].extensions!.code).toBe('INVALID_TRANSITION');
    expect(early.errors![0].extensions!.allowed).toEqual(['ACKNOWLEDGE']);

    const ack = await call(
      'GOVERNANCE_CENTRE',
      Role.CLERK,
      `mutation($id: ID!) { acknowledgeWarning(jointCaseId: $id) { ${WARNING} } }`,
      { id },
      '综治中心 值班员 林晓',
    );
    expect(ack.errors).toBeUndefined();
    expect(ack.data.acknowledgeWarning).toMatchObject({
      status: 'ACKNOWLEDGED',
      acknowledgedBy: '综治中心 值班员 林晓',
      acknowledgedByDepartment: 'GOVERNANCE_CENTRE',
    });
    expect(ack.data.acknowledgeWarning.minutesToAcknowledge).toBeGreaterThanOrEqual(0);
    expect(new Date(ack.data.acknowledgeWarning.acknowledgedAt).getTime()).toBeGreaterThanOrEqual(
      new Date(ack.data.acknowledgeWarning.raisedAt).getTime(),
    );
    expect(await listed(id)).toBe(true);

    const again = await call(
      'GOVERNANCE_CENTRE',
      Role.CLERK,
      `mutation($id: ID!) { acknowledgeWarning(jointCaseId: $id) { status } }`,
      { id },
    );
    expect(again.errors![0].extensions!.code).toBe('INVALID_TRANSITION');

    const handled = await call(
      'GOVERNANCE_CENTRE',
      Role.MEDIATOR,
      `mutation($id: ID!, $v: Int) { recordWarningMeasures(jointCaseId: $id, measures: "约谈用工单位负责人，人社部门现场督办，工人代表情绪稳定", expectedVersion: $v) { ${WARNING} } }`,
      { id, v: ack.data.acknowledgeWarning.version },
    );
    expect(handled.errors).toBeUndefined();
    expect(handled.data.recordWarningMeasures).toMatchObject({
      status: 'HANDLED',
      measures: '约谈用工单位负责人，人社部门现场督办，工人代表情绪稳定',
    });
    expect(await listed(id)).toBe(true);

    // A clerk may not clear (销号); the chief may.
    const clerk = await call(
      'GOVERNANCE_CENTRE',
      Role.CLERK,
      `mutation($id: ID!) { clearWarning(jointCaseId: $id, reason: "已化解") { status } }`,
      { id },
    );
    expect(clerk.errors![0].extensions!.code).toBe('FORBIDDEN');
    const cleared = await call(
      'GOVERNANCE_CENTRE',
      Role.CHIEF,
      `mutation($id: ID!) { clearWarning(jointCaseId: $id, reason: "工资已全部结清，工人返乡") { ${WARNING} } }`,
      { id },
    );
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data.clearWarning).toMatchObject({ status: 'CLEARED', clearReason: '工资已全部结清，工人返乡' });
    expect(await listed(id)).toBe(false);

    // The case keeps its level; only the warning is closed.
    const after = await call(
      'GOVERNANCE_CENTRE',
      Role.CLERK,
      `query($id: ID!) { jointCase(id: $id) { riskLevel warning { status } timeline { action actorUser } } }`,
      { id },
    );
    expect(after.data.jointCase.riskLevel).toBe('ORANGE');
    expect(after.data.jointCase.warning.status).toBe('CLEARED');
    expect(after.data.jointCase.timeline.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['WARNING_RAISED', 'WARNING_ACKNOWLEDGED', 'WARNING_HANDLED', 'WARNING_CLEARED']),
    );
    const audit = await t.databases.sql<{ step: string }>(
      'hub',
      `SELECT detail->>'change' AS step FROM audit_event WHERE kind = 'WARNING_CHANGE' AND detail->>'jointCaseId' = $1 ORDER BY occurred_at`,
      [id],
    );
    expect(audit.map((a) => a.step)).toEqual(['ACKNOWLEDGE', 'HANDLE', 'CLEAR']);
  });

  it('lets the centre report a warning to the county once, and keeps it listed until cleared', async () => {
    const id = await openOrangeCase();
    const clerk = await call(
      'GOVERNANCE_CENTRE',
      Role.CLERK,
      `mutation($id: ID!) { escalateWarning(jointCaseId: $id, note: "涉及人数多，报县综治中心") { status } }`,
      { id },
    );
    expect(clerk.errors![0].extensions!.code).toBe('FORBIDDEN');
    const up = await call(
      'GOVERNANCE_CENTRE',
      Role.SUPERVISOR,
      `mutation($id: ID!) { escalateWarning(jointCaseId: $id, note: "涉及人数多，报县综治中心") { status escalatedAt escalatedBy escalationNote } }`,
      { id },
      '综治中心 督办 吴敏',
    );
    expect(up.errors).toBeUndefined();
    expect(up.data.escalateWarning).toMatchObject({
      status: 'RAISED',
      escalatedBy: '综治中心 督办 吴敏',
      escalationNote: '涉及人数多，报县综治中心',
    });
    const twice = await call(
      'GOVERNANCE_CENTRE',
      Role.SUPERVISOR,
      `mutation($id: ID!) { escalateWarning(jointCaseId: $id, note: "再报") { status } }`,
      { id },
    );
    expect(twice.errors![0].extensions!.code).toBe('INVALID_TRANSITION');
    expect(await listed(id)).toBe(true);
  });

  it('does not let a body that takes no part in the case, or an auditor, touch its warning', async () => {
    const id = await openOrangeCase();
    const police = await call(
      'POLICE',
      Role.CHIEF,
      `mutation($id: ID!) { acknowledgeWarning(jointCaseId: $id) { status } }`,
      { id },
    );
    expect(police.errors![0].extensions!.code).toBe('NOT_FOUND_OR_NO_ACCESS');
    const auditor = await call(
      'GOVERNANCE_CENTRE',
      Role.AUDITOR,
      `mutation($id: ID!) { acknowledgeWarning(jointCaseId: $id) { status } }`,
      { id },
    );
    expect(auditor.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});
