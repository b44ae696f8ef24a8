import { residentIdCheckCharacter } from '../../src/common/resident-id';
import { Role, startTestHub, type TestHub } from '../support/test-hub';

/**
 * The three hand-overs (诉调对接, 警调对接, 访调对接): the sending body hands one of its records over,
 * it becomes a joint case, and each outcome comes back to the sender as feedback the sender
 * reads without any agreement — and nobody else reads.
 */

const DAY = 86_400_000;
let sequence = 800;
function residentId(): string {
  const birth = new Date(Date.now() - (38 * 365 + 30) * DAY).toISOString().slice(0, 10).replace(/-/g, '');
  const first17 = `330108${birth}${String(sequence++).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}

const HANDOVER = `id kind senderDepartment sourceRecordType sourceRecordId jointCaseId caseNumber caseStatus referenceNumber invitedMediator handedOverBy dueAt handedOverAt
  petitionResolved feedback { outcome caseStatus agreementReachedAt failureReason referralChannel recordedByDepartment }`;
const STEP = `... on JointCase { id status version } ... on TransitionError { code message }`;

describe('hand-overs to joint mediation (对接)', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub();
  }, 120_000);
  afterAll(() => t.close(), 120_000);

  async function call(
    department: string,
    role: Role,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<any> {
    const { body } = await t.graphql<any>(query, {
      token: await t.token(department, role, `${department} 经办人`),
      variables,
    });
    return body;
  }

  function dispute(title: string, category = 'NEIGHBOUR') {
    return {
      title,
      category,
      description: `${title}，移交联合调解`,
      sourceChannel: 'WALK_IN', // the hand-over sets the channel
      peopleInvolved: 2,
      occurredAt: new Date(Date.now() - 3 * DAY).toISOString(),
      parties: [
        { role: 'APPLICANT', name: '郑晓红', residentId: residentId() },
        { role: 'RESPONDENT', name: '冯建国', residentId: residentId() },
      ],
    };
  }

  async function handOver(department: string, input: Record<string, unknown>) {
    return call(
      department,
      Role.CLERK,
      `mutation($input: HandOverToMediationInput!) { handOverToMediation(input: $input) { ${HANDOVER} } }`,
      { input },
    );
  }

  /** The centre assesses and assigns the case to the judicial office, which starts mediation. */
  async function toMediation(caseId: string, participating: string[]) {
    // The centre's risk worker screens a handed-over case first; a step meanwhile would meet its lock.
    await t.hub.riskWorker.idle();
    const assessed = await call(
      'GOVERNANCE_CENTRE',
      Role.CLERK,
      `mutation($id: ID!) { assessJointCase(id: $id) { ${STEP} } }`,
      { id: caseId },
    );
    expect(assessed.data.assessJointCase.status).toBe('ASSESSED');
    const assigned = await call(
      'GOVERNANCE_CENTRE',
      Role.CHIEF,
      `mutation($id: ID!, $input: AssignJointCaseInput!) { assignJointCase(id: $id, input: $input) { ${STEP} } }`,
      {
        id: caseId,
        input: { leadDepartment: 'JUDICIAL_OFFICE', participatingDepartments: participating, handler: '司法所 沈建华' },
      },
    );
    expect(assigned.data.assignJointCase.status).toBe('ASSIGNED');
    const started = await call(
      'JUDICIAL_OFFICE',
      Role.MEDIATOR,
      `mutation($id: ID!) { startMediation(id: $id) { ${STEP} } }`,
      { id: caseId },
    );
    expect(started.data.startMediation.status).toBe('IN_MEDIATION');
  }

  const listOf = async (department: string) =>
    (await call(department, Role.CLERK, `{ handovers { ${HANDOVER} } }`)).data.handovers as any[];

  it('诉调对接: a court delegation becomes a joint case, due in 30 days; its settlement comes back to the court, and only to the court', async () => {
    const [filing] = await t.databases.sql<{ id: string }>(
      'COURT',
      `SELECT id::text FROM case_filing ORDER BY id LIMIT 1`,
    );
    const bad = await handOver('COURT', {
      kind: 'COURT_PRE_LITIGATION',
      sourceRecordId: filing.id,
      referenceNumber: '123号',
      dispute: dispute('诉前委派：相邻漏水纠纷'),
    });
    expect(bad.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const notTheCourt = await handOver('POLICE', {
      kind: 'COURT_PRE_LITIGATION',
      sourceRecordId: filing.id,
      referenceNumber: '（2026）浙0106民诉前调123号',
      dispute: dispute('x'),
    });
    expect(notTheCourt.errors[0].extensions.code).toBe('FORBIDDEN');

    const made = await handOver('COURT', {
      kind: 'COURT_PRE_LITIGATION',
      sourceRecordId: filing.id,
      referenceNumber: '（2026）浙0106民诉前调123号',
      invitedMediator: '特邀调解员 王立新',
      dispute: dispute('诉前委派：相邻漏水纠纷'),
    });
    expect(made.errors).toBeUndefined();
    const handover = made.data.handOverToMediation;
    expect(handover).toMatchObject({
      kind: 'COURT_PRE_LITIGATION',
      senderDepartment: 'COURT',
      sourceRecordType: 'CASE_FILING',
      caseStatus: 'INTAKE',
      feedback: [],
    });
    const due = new Date(handover.dueAt).getTime() - new Date(handover.handedOverAt).getTime();
    expect(Math.round(due / DAY)).toBe(30);
    const [row] = await t.databases.sql<{ source_channel: string; participating_departments: string[] }>(
      'hub',
      `SELECT source_channel, participating_departments FROM joint_case WHERE id = $1`,
      [handover.jointCaseId],
    );
    expect(row).toEqual({ source_channel: 'COURT_PRE_LITIGATION_REFERRAL', participating_departments: ['COURT'] });
    const links = await t.databases.sql(
      'hub',
      `SELECT department, record_type, record_id FROM joint_case_record_link WHERE joint_case_id = $1`,
      [handover.jointCaseId],
    );
    expect(links).toEqual([{ department: 'COURT', record_type: 'CASE_FILING', record_id: filing.id }]);
    // Twice the same record: refused.
    const twice = await handOver('COURT', {
      kind: 'COURT_PRE_LITIGATION',
      sourceRecordId: filing.id,
      referenceNumber: '（2026）浙0106民诉前调124号',
      dispute: dispute('再次委派'),
    });
    expect(twice.errors[0].extensions.code).toBe('BAD_USER_INPUT');

    await toMediation(handover.jointCaseId, ['COURT', 'JUDICIAL_OFFICE']);
    const settled = await call(
      'JUDICIAL_OFFICE',
      Role.MEDIATOR,
      `mutation($id: ID!) { reachAgreement(id: $id, terms: "被申请人于十日内修复漏水并赔偿损失人民币3000元") { ${STEP} } }`,
      { id: handover.jointCaseId },
    );
    expect(settled.data.reachAgreement.status).toBe('AGREEMENT_REACHED');

    const court = (await listOf('COURT')).find((h) => h.id === handover.id);
    expect(court.caseStatus).toBe('AGREEMENT_REACHED');
    expect(court.feedback).toEqual([
      expect.objectContaining({
        outcome: 'SETTLED',
        caseStatus: 'AGREEMENT_REACHED',
        recordedByDepartment: 'JUDICIAL_OFFICE',
        agreementReachedAt: expect.any(String),
      }),
    ]);
    // No agreement is needed for the court, and no other body sees the court's hand-overs.
    for (const other of ['JUDICIAL_OFFICE', 'POLICE', 'PETITIONS', 'GOVERNANCE_CENTRE']) {
      expect((await listOf(other)).map((h) => h.id)).not.toContain(handover.id);
    }
    const audit = await t.databases.sql<{ outcome: string; sender: string }>(
      'hub',
      `SELECT detail->>'outcome' AS outcome, detail->>'sender' AS sender FROM audit_event WHERE kind = 'HANDOVER_FEEDBACK' AND detail->>'handoverId' = $1`,
      [handover.id],
    );
    expect(audit).toEqual([{ outcome: 'SETTLED', sender: 'COURT' }]);
  });

  it('警调对接: a 110 incident handed to mediation returns its failure (转诉讼) to the police station', async () => {
    const [incident] = await t.databases.sql<{ id: string }>(
      'POLICE',
      `SELECT id::text FROM incident_report ORDER BY id DESC LIMIT 1`,
    );
    const made = await handOver('POLICE', {
      kind: 'POLICE_INCIDENT',
      sourceRecordId: incident.id,
      dispute: dispute('110移交：邻里口角'),
    });
    expect(made.errors).toBeUndefined();
    const handover = made.data.handOverToMediation;
    expect(handover).toMatchObject({ kind: 'POLICE_INCIDENT', sourceRecordType: 'INCIDENT', dueAt: null });
    await toMediation(handover.jointCaseId, ['POLICE', 'JUDICIAL_OFFICE']);
    const failed = await call(
      'JUDICIAL_OFFICE',
      Role.MEDIATOR,
      `mutation($id: ID!) { failMediation(id: $id, reason: "双方对赔偿金额分歧较大") { ${STEP} } }`,
      { id: handover.jointCaseId },
    );
    expect(failed.data.failMediation.status).toBe('FAILED');
    const police = (await listOf('POLICE')).find((h) => h.id === handover.id);
    expect(police.feedback).toEqual([
      expect.objectContaining({
        outcome: 'NOT_SETTLED',
        caseStatus: 'FAILED',
        failureReason: '双方对赔偿金额分歧较大',
      }),
    ]);
    expect((await listOf('COURT')).map((h) => h.id)).not.toContain(handover.id);
  });

  it('访调对接: a referred petition matter comes back settled, and the petitions body alone marks it resolved (化解)', async () => {
    const [matter] = await t.databases.sql<{ id: string }>(
      'PETITIONS',
      `SELECT id::text FROM xf_matter ORDER BY id DESC LIMIT 1`,
    );
    const made = await handOver('PETITIONS', {
      kind: 'PETITION_MATTER',
      sourceRecordId: matter.id,
      dispute: dispute('信访转调：宅基地边界争议', 'LAND_HOUSING'),
    });
    expect(made.errors).toBeUndefined();
    const handover = made.data.handOverToMediation;
    const decide = `mutation($id: ID!, $r: Boolean!) { decidePetitionResolution(handoverId: $id, resolved: $r) { petitionResolved feedback { outcome } } }`;
    // Not before the case is concluded.
    const early = await call('PETITIONS', Role.CLERK, decide, { id: handover.id, r: true });
    expect(early.errors![0].extensions.code).toBe('INVALID_TRANSITION');

    await toMediation(handover.jointCaseId, ['PETITIONS', 'JUDICIAL_OFFICE']);
    const settled = await call(
      'JUDICIAL_OFFICE',
      Role.MEDIATOR,
      `mutation($id: ID!) { reachAgreement(id: $id, terms: "双方以村委会测量界线为准") { ${STEP} } }`,
      { id: handover.jointCaseId },
    );
    expect(settled.data.reachAgreement.status).toBe('AGREEMENT_REACHED');

    // Another body cannot decide for the petitions body.
    const court = await call('COURT', Role.CLERK, decide, { id: handover.id, r: true });
    expect(court.errors![0].extensions.code).toBe('NOT_FOUND_OR_NO_ACCESS');
    const resolved = await call('PETITIONS', Role.CLERK, decide, { id: handover.id, r: true });
    expect(resolved.errors).toBeUndefined();
    expect(resolved.data.decidePetitionResolution).toEqual({
      petitionResolved: true,
      feedback: [{ outcome: 'SETTLED' }],
    });
    const audit = await t.databases.sql<{ change: string }>(
      'hub',
      `SELECT detail->>'change' AS change FROM audit_event WHERE kind = 'HANDOVER_FEEDBACK' AND detail->>'handoverId' = $1 ORDER BY occurred_at`,
      [handover.id],
    );
    expect(audit.map((a) => a.change)).toEqual(['OUTCOME_RETURNED', 'PETITION_RESOLVED']);
  });
});
