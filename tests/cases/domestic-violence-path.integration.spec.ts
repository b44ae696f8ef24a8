import { residentIdCheckCharacter } from '../../src/common/resident-id';
import { Role, startTestHub, type TestHub } from '../support/test-hub';

/**
 * Domestic violence is not an ordinary dispute: the victim's safety is assessed by the women's
 * federation or the police, sessions are back to back only, an agreement needs the safety
 * measures (and, with a minor involved, the mandatory report), and the victim can be referred to
 * a shelter and to the court for a protection order.
 */

const DAY = 86_400_000;
let sequence = 900;
function residentId(age: number, female: boolean): string {
  const birth = new Date(Date.now() - (age * 365 + 40) * DAY).toISOString().slice(0, 10).replace(/-/g, '');
  const seq = sequence++;
  const last = female ? (seq % 2 === 0 ? seq : seq + 1) : seq % 2 === 1 ? seq : seq + 1;
  const first17 = `330108${birth}${String(last % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}

const STEP = `... on JointCase { id status version } ... on TransitionError { code message }`;

describe('the domestic-violence path', () => {
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

  async function openCase(category: string, withChild: boolean): Promise<string> {
    const parties = [
      { role: 'APPLICANT', name: '吴秀英', residentId: residentId(34, true) },
      { role: 'RESPONDENT', name: '郭志强', residentId: residentId(37, false) },
    ];
    if (withChild) parties.push({ role: 'RELATED_PERSON', name: '郭婷婷', residentId: residentId(9, true) });
    const body = await call(
      'GOVERNANCE_CENTRE',
      Role.CLERK,
      `mutation($input: OpenJointCaseInput!) { openJointCase(input: $input) { id } }`,
      {
        input: {
          title: category === 'DOMESTIC_VIOLENCE' ? '丈夫酒后殴打妻子' : '邻里噪音纠纷',
          category,
          description: '当事人到综治中心求助',
          sourceChannel: 'WALK_IN',
          peopleInvolved: parties.length,
          occurredAt: new Date(Date.now() - DAY).toISOString(),
          parties,
        },
      },
    );
    expect(body.errors).toBeUndefined();
    const id = body.data.openJointCase.id;
    await t.hub.riskWorker.idle();
    expect(
      (
        await call('GOVERNANCE_CENTRE', Role.CLERK, `mutation($id: ID!) { assessJointCase(id: $id) { ${STEP} } }`, {
          id,
        })
      ).data.assessJointCase.status,
    ).toBe('ASSESSED');
    const assigned = await call(
      'GOVERNANCE_CENTRE',
      Role.CHIEF,
      `mutation($id: ID!, $input: AssignJointCaseInput!) { assignJointCase(id: $id, input: $input) { ${STEP} } }`,
      {
        id,
        input: {
          leadDepartment: 'WOMENS_FEDERATION',
          participatingDepartments: ['WOMENS_FEDERATION', 'POLICE', 'JUDICIAL_OFFICE'],
          handler: '妇联 维权干部 何丽',
        },
      },
    );
    expect(assigned.data.assignJointCase.status).toBe('ASSIGNED');
    expect(
      (
        await call('WOMENS_FEDERATION', Role.MEDIATOR, `mutation($id: ID!) { startMediation(id: $id) { ${STEP} } }`, {
          id,
        })
      ).data.startMediation.status,
    ).toBe('IN_MEDIATION');
    return id;
  }

  const session = (sessionType: string) => ({
    heldAt: new Date(Date.now() - 3_600_000).toISOString(),
    place: '妇联调解室',
    attendees: [
      { department: 'WOMENS_FEDERATION', name: '何丽' },
      { department: 'POLICE', name: '民警 蒋涛' },
    ],
    minutes: '分别听取双方陈述',
    sessionType,
  });
  const recordSession = (id: string, sessionType: string) =>
    call(
      'WOMENS_FEDERATION',
      Role.MEDIATOR,
      `mutation($id: ID!, $input: RecordJointSessionInput!) { recordJointSession(id: $id, input: $input) { id } }`,
      { id, input: session(sessionType) },
    );
  const reach = (id: string) =>
    call(
      'WOMENS_FEDERATION',
      Role.MEDIATOR,
      `mutation($id: ID!) { reachAgreement(id: $id, terms: "男方保证不再实施家庭暴力") { ${STEP} } }`,
      { id },
    );

  it('refuses a face-to-face session and an agreement without safety measures, and takes them once the victim is safe', async () => {
    const id = await openCase('DOMESTIC_VIOLENCE', true);

    const faceToFace = await recordSession(id, 'JOINT_MEDIATION');
    expect(faceToFace.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'sessionType',
      allowed: ['SEPARATE_MEDIATION'],
    });
    const backToBack = await recordSession(id, 'SEPARATE_MEDIATION');
    expect(backToBack.errors).toBeUndefined();

    const tooEarly = await reach(id);
    expect(tooEarly.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      missing: ['safetyAssessment', 'safetyMeasures', 'mandatoryReport'],
    });

    // The safety assessment is the women's federation's or the police's to make.
    const office = await call(
      'JUDICIAL_OFFICE',
      Role.MEDIATOR,
      `mutation($id: ID!) { recordDvSafetyAssessment(jointCaseId: $id, assessment: "x", riskOfHarm: LOW) { riskOfHarm } }`,
      { id },
    );
    expect(office.errors[0].extensions.code).toBe('FORBIDDEN');
    const assessed = await call(
      'WOMENS_FEDERATION',
      Role.MEDIATOR,
      `mutation($id: ID!) { recordDvSafetyAssessment(jointCaseId: $id, assessment: "女方多处软组织挫伤，男方有酗酒史，再次受害风险中等", riskOfHarm: MEDIUM) { riskOfHarm assessedByDepartment assessedAt safetyAssessment } }`,
      { id },
    );
    expect(assessed.errors).toBeUndefined();
    expect(assessed.data.recordDvSafetyAssessment).toMatchObject({
      riskOfHarm: 'MEDIUM',
      assessedByDepartment: 'WOMENS_FEDERATION',
      safetyAssessment: expect.stringContaining('再次受害风险'),
    });
    await call(
      'WOMENS_FEDERATION',
      Role.MEDIATOR,
      `mutation($id: ID!) { recordDvSafetyMeasures(jointCaseId: $id, measures: "派出所出具告诫书；社区网格员每周走访；男方参加戒酒辅导") { safetyMeasures } }`,
      { id },
    );
    const shelter = await call(
      'WOMENS_FEDERATION',
      Role.MEDIATOR,
      `mutation($id: ID!) { referDvToShelter(jointCaseId: $id, shelter: "西湖区反家暴庇护站") { shelter shelterReferredAt } }`,
      { id },
    );
    expect(shelter.data.referDvToShelter.shelterReferredAt).not.toBeNull();
    const order = await call(
      'WOMENS_FEDERATION',
      Role.MEDIATOR,
      `mutation($id: ID!) { referDvForProtectionOrder(jointCaseId: $id) { protectionOrderReferredAt } }`,
      { id },
    );
    expect(order.data.referDvForProtectionOrder.protectionOrderReferredAt).not.toBeNull();
    const [row] = await t.databases.sql<{ participating_departments: string[] }>(
      'hub',
      `SELECT participating_departments FROM joint_case WHERE id = $1`,
      [id],
    );
    expect(row.participating_departments).toContain('COURT');

    // A minor is involved: the mandatory report must be recorded too.
    const noReport = await reach(id);
    expect(noReport.errors[0].extensions.missing).toEqual(['mandatoryReport']);
    const report = await call(
      'WOMENS_FEDERATION',
      Role.MEDIATOR,
      `mutation($id: ID!, $at: DateTimeISO!) { recordDvMandatoryReport(jointCaseId: $id, reportedTo: "西湖区公安分局北山派出所", reportedAt: $at) { mandatoryReportTo mandatoryReportedAt } }`,
      { id, at: new Date(Date.now() - 600_000).toISOString() },
    );
    expect(report.errors).toBeUndefined();
    const settled = await reach(id);
    expect(settled.errors).toBeUndefined();
    expect(settled.data.reachAgreement.status).toBe('AGREEMENT_REACHED');

    const timeline = await call(
      'GOVERNANCE_CENTRE',
      Role.CLERK,
      `query($id: ID!) { jointCase(id: $id) { timeline { action } } }`,
      { id },
    );
    expect(timeline.data.jointCase.timeline.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining([
        'DV_SAFETY_ASSESSED',
        'DV_SAFETY_MEASURES',
        'DV_SHELTER_REFERRAL',
        'DV_PROTECTION_ORDER_REFERRAL',
        'DV_MANDATORY_REPORT',
      ]),
    );
    const audit = await t.databases.sql(
      'hub',
      `SELECT 1 FROM audit_event WHERE kind = 'DV_SAFEGUARD_CHANGE' AND detail->>'jointCaseId' = $1`,
      [id],
    );
    expect(audit).toHaveLength(5);
  });

  it('leaves an ordinary dispute alone: face-to-face sessions, no safeguards to record', async () => {
    const id = await openCase('NEIGHBOUR', false);
    expect((await recordSession(id, 'JOINT_MEDIATION')).errors).toBeUndefined();
    const safeguard = await call(
      'WOMENS_FEDERATION',
      Role.MEDIATOR,
      `mutation($id: ID!) { recordDvSafetyMeasures(jointCaseId: $id, measures: "x") { safetyMeasures } }`,
      { id },
    );
    expect(safeguard.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
