import { WorkflowService } from '../../src/cases/workflow/workflow.service';
import { allowedNextStates, CASE_TRANSITIONS } from '../../src/cases/workflow/case-transitions';
import { CaseAction, CaseStatus } from '../../src/cases/case-status';
import { residentIdCheckCharacter } from '../../src/common/resident-id';
import { Role, startTestHub, type TestHub } from '../support/test-hub';

const CASE_FIELDS = `... on JointCase { id status version leadDepartment participatingDepartments handler deadline agreementTerms confirmationNumber failureReason referralChannel closedAt }
  ... on TransitionError { code message status allowedNextStates }`;

function residentId(first17: string): string {
  return first17 + residentIdCheckCharacter(first17);
}

const INTAKE = {
  title: '楼道堆物引发邻里纠纷',
  category: 'NEIGHBOUR',
  description: '三楼住户长期在楼道堆放杂物，四楼住户多次交涉未果并发生推搡。',
  sourceChannel: 'WALK_IN',
  peopleInvolved: 2,
  occurredAt: '2026-11-01T10:00:00Z',
  community: '曙光社区',
  grid: '曙光社区第2网格',
  parties: [
    {
      role: 'APPLICANT',
      name: '王芳',
      residentId: residentId('33010619800101234'),
      mobile: '13812345678',
      address: '杭州市西湖区北山街道曙光社区3幢2单元401室',
    },
    { role: 'RESPONDENT', name: '李强', residentId: residentId('33010619750505123'), mobile: '13987654321' },
  ],
};

describe(WorkflowService.name, () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub();
  });
  afterAll(() => t.close());

  async function as(department: string, role: Role, query: string, variables: Record<string, unknown> = {}) {
    const response = await fetch(t.hub.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await t.token(department, role, `${department}-${role}`)}`,
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as {
      data?: any;
      errors?: Array<{ message: string; extensions: Record<string, any> }>;
    };
  }

  async function open(input: Record<string, unknown> = INTAKE): Promise<string> {
    const body = await as(
      'GOVERNANCE_CENTRE',
      Role.CLERK,
      `mutation($input: OpenJointCaseInput!) { openJointCase(input: $input) { id status caseNumber riskLevel } }`,
      { input },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.openJointCase.status).toBe('INTAKE');
    return body.data.openJointCase.id;
  }

  const step = {
    assess: (id: string, dept = 'GOVERNANCE_CENTRE', role = Role.CLERK) =>
      as(dept, role, `mutation($id: ID!) { r: assessJointCase(id: $id) { ${CASE_FIELDS} } }`, { id }),
    assign: (id: string, dept = 'GOVERNANCE_CENTRE', role = Role.CHIEF) =>
      as(
        dept,
        role,
        `mutation($id: ID!, $input: AssignJointCaseInput!) { r: assignJointCase(id: $id, input: $input) { ${CASE_FIELDS} } }`,
        {
          id,
          input: {
            leadDepartment: 'JUDICIAL_OFFICE',
            participatingDepartments: ['COURT', 'POLICE', 'WOMENS_FEDERATION'],
            handler: 'JUDICIAL_OFFICE-MEDIATOR',
          },
        },
      ),
    start: (id: string, dept = 'JUDICIAL_OFFICE', role = Role.MEDIATOR) =>
      as(dept, role, `mutation($id: ID!) { r: startMediation(id: $id) { ${CASE_FIELDS} } }`, { id }),
    agree: (id: string, dept = 'JUDICIAL_OFFICE', role = Role.MEDIATOR) =>
      as(
        dept,
        role,
        `mutation($id: ID!) { r: reachAgreement(id: $id, terms: "三日内清理楼道杂物，互不追究") { ${CASE_FIELDS} } }`,
        { id },
      ),
    apply: (id: string, dept = 'JUDICIAL_OFFICE', role = Role.MEDIATOR) =>
      as(
        dept,
        role,
        `mutation($id: ID!, $on: String!) { r: applyJudicialConfirmation(id: $id, input: { appliedOn: $on, bothPartiesApplied: true }) { ${CASE_FIELDS} } }`,
        {
          id,
          on: new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10),
        },
      ),
    confirm: (id: string, dept = 'COURT', role = Role.MEDIATOR) =>
      as(
        dept,
        role,
        `mutation($id: ID!) { r: confirmJudicially(id: $id, input: { confirmationNumber: "(2026)浙0106民特88号", confirmedOn: "2026-11-20" }) { ${CASE_FIELDS} } }`,
        { id },
      ),
    fail: (id: string, dept = 'JUDICIAL_OFFICE', role = Role.MEDIATOR) =>
      as(dept, role, `mutation($id: ID!) { r: failMediation(id: $id, reason: "双方分歧过大") { ${CASE_FIELDS} } }`, {
        id,
      }),
    refer: (id: string, filing: string | null = '1', dept = 'JUDICIAL_OFFICE', role = Role.MEDIATOR) =>
      as(
        dept,
        role,
        `mutation($id: ID!, $f: ID) { r: referJointCase(id: $id, input: { channel: LITIGATION, courtFilingId: $f }) { ${CASE_FIELDS} } }`,
        { id, f: filing },
      ),
    followUp: (id: string) =>
      as(
        'GOVERNANCE_CENTRE',
        Role.CLERK,
        `mutation($id: ID!) { r: startFollowUp(id: $id, note: "电话回访，已履行") { ${CASE_FIELDS} } }`,
        { id },
      ),
    close: (id: string, dept = 'GOVERNANCE_CENTRE', role = Role.CHIEF) =>
      as(dept, role, `mutation($id: ID!) { r: closeJointCase(id: $id) { ${CASE_FIELDS} } }`, { id }),
    withdraw: (id: string) =>
      as(
        'GOVERNANCE_CENTRE',
        Role.CLERK,
        `mutation($id: ID!) { r: withdrawJointCase(id: $id, reason: "申请人撤回") { ${CASE_FIELDS} } }`,
        { id },
      ),
  };

  async function timeline(id: string) {
    const body = await as(
      'GOVERNANCE_CENTRE',
      Role.CHIEF,
      `query($id: ID!) { jointCase(id: $id) { status timeline { action fromStatus toStatus actorDepartment } sessions { place attendees { department } } } }`,
      { id },
    );
    return body.data.jointCase;
  }

  describe('main paths', () => {
    it('takes a case from intake to agreement, judicial confirmation, follow-up and closure, with a timeline entry per step', async () => {
      const id = await open();
      expect((await step.assess(id)).data.r.status).toBe('ASSESSED');
      const assigned = (await step.assign(id)).data.r;
      expect(assigned).toMatchObject({
        status: 'ASSIGNED',
        leadDepartment: 'JUDICIAL_OFFICE',
        handler: 'JUDICIAL_OFFICE-MEDIATOR',
      });
      expect(assigned.participatingDepartments.sort()).toEqual([
        'COURT',
        'JUDICIAL_OFFICE',
        'POLICE',
        'WOMENS_FEDERATION',
      ]);
      // Neighbour disputes are due 15 days after assignment when no deadline is given.
      expect(Math.round((Date.parse(assigned.deadline) - Date.now()) / 86_400_000)).toBe(15);
      expect((await step.start(id)).data.r.status).toBe('IN_MEDIATION');
      const session = await as(
        'JUDICIAL_OFFICE',
        Role.MEDIATOR,
        `mutation($id: ID!) { recordJointSession(id: $id, input: {
          heldAt: "2026-11-21T09:00:00Z", place: "综治中心调解室", minutes: "三长会商",
          attendees: [{ department: "JUDICIAL_OFFICE", name: "王调解员" }, { department: "POLICE", name: "赵民警" }, { department: "COURT", name: "陈法官" }] }) { id } }`,
        { id },
      );
      expect(session.errors).toBeUndefined();
      expect((await step.agree(id)).data.r).toMatchObject({
        status: 'AGREEMENT_REACHED',
        agreementTerms: '三日内清理楼道杂物，互不追究',
      });
      expect((await step.apply(id)).data.r.status).toBe('CONFIRMATION_APPLIED');
      expect((await step.confirm(id)).data.r).toMatchObject({
        status: 'JUDICIALLY_CONFIRMED',
        confirmationNumber: '(2026)浙0106民特88号',
      });
      expect((await step.followUp(id)).data.r.status).toBe('FOLLOW_UP');
      const closed = (await step.close(id)).data.r;
      expect(closed.status).toBe('CLOSED');
      expect(closed.closedAt).toEqual(expect.any(String));
      const { timeline: entries, sessions } = await timeline(id);
      expect(entries.map((e: { action: string }) => e.action)).toEqual([
        'INTAKE',
        'ASSESS',
        'ASSIGN',
        'START_MEDIATION',
        'SESSION',
        'REACH_AGREEMENT',
        'APPLY_JUDICIAL_CONFIRMATION',
        'CONFIRM_JUDICIALLY',
        'START_FOLLOW_UP',
        'CLOSE',
      ]);
      expect(entries.find((e: { action: string }) => e.action === 'CONFIRM_JUDICIALLY').actorDepartment).toBe('COURT');
      expect(sessions[0].attendees).toHaveLength(3);
    });

    it('takes a failed mediation to a litigation referral linked to the court filing, then follow-up and closure', async () => {
      const id = await open();
      await step.assess(id);
      await step.assign(id);
      await step.start(id);
      expect((await step.fail(id)).data.r).toMatchObject({ status: 'FAILED', failureReason: '双方分歧过大' });
      const missingFiling = await step.refer(id, null);
      expect(missingFiling.errors![0].extensions.code).toBe('BAD_USER_INPUT');
      const [filing] = await t.databases.sql<{ id: string }>(
        'COURT',
        'SELECT id::text FROM case_filing ORDER BY id LIMIT 1',
      );
      expect((await step.refer(id, filing.id)).data.r).toMatchObject({
        status: 'REFERRED',
        referralChannel: 'LITIGATION',
      });
      const links = await t.databases.sql(
        'hub',
        `SELECT 1 FROM joint_case_record_link WHERE joint_case_id = $1 AND department = 'COURT' AND record_type = 'CASE_FILING' AND record_id = $2`,
        [id, filing.id],
      );
      expect(links).toHaveLength(1);
      expect((await step.followUp(id)).data.r.status).toBe('FOLLOW_UP');
      expect((await step.close(id)).data.r.status).toBe('CLOSED');
    });

    it('lets a case be withdrawn before an outcome, and nothing after', async () => {
      const id = await open();
      await step.assess(id);
      expect((await step.withdraw(id)).data.r.status).toBe('WITHDRAWN');
      const after = (await step.assign(id)).data.r;
      expect(after).toMatchObject({ code: 'INVALID_TRANSITION', status: 'WITHDRAWN', allowedNextStates: [] });
    });
  });

  describe('invalid transitions', () => {
    /** Drives a fresh case to `status` along the main paths. */
    async function caseAt(status: CaseStatus): Promise<string> {
      const id = await open();
      const path: Partial<Record<CaseStatus, Array<(id: string) => Promise<unknown>>>> = {
        INTAKE: [],
        ASSESSED: [step.assess],
        ASSIGNED: [step.assess, step.assign],
        IN_MEDIATION: [step.assess, step.assign, step.start],
        AGREEMENT_REACHED: [step.assess, step.assign, step.start, step.agree],
        CONFIRMATION_APPLIED: [step.assess, step.assign, step.start, step.agree, step.apply],
        JUDICIALLY_CONFIRMED: [step.assess, step.assign, step.start, step.agree, step.apply, step.confirm],
        NOT_ACCEPTED: [
          (i) =>
            as(
              'GOVERNANCE_CENTRE',
              Role.CHIEF,
              `mutation($id: ID!) { refuseJointCase(id: $id, reason: "不属于人民调解受理范围") { __typename } }`,
              { id: i },
            ),
        ],
        FAILED: [step.assess, step.assign, step.start, step.fail],
        REFERRED: [step.assess, step.assign, step.start, step.fail, (i) => step.refer(i, '1')],
        FOLLOW_UP: [step.assess, step.assign, step.start, step.agree, step.followUp],
        CLOSED: [step.assess, step.assign, step.start, step.agree, step.followUp, step.close],
        WITHDRAWN: [step.withdraw],
      };
      for (const go of path[status]!) await go(id);
      return id;
    }
    // The centre sees every case, so the state, not visibility, decides these answers.
    const centre = ['GOVERNANCE_CENTRE', Role.CHIEF] as const;
    const take: Record<CaseAction, (id: string) => Promise<{ data?: any }>> = {
      ASSESS: (id) => step.assess(id),
      ASSIGN: (id) => step.assign(id),
      START_MEDIATION: (id) => step.start(id, ...centre),
      REACH_AGREEMENT: (id) => step.agree(id, ...centre),
      CONFIRM_JUDICIALLY: (id) => step.confirm(id, ...centre),
      FAIL: (id) => step.fail(id, ...centre),
      REFER: (id) => step.refer(id, '1', ...centre),
      START_FOLLOW_UP: (id) => step.followUp(id),
      CLOSE: (id) => step.close(id),
      WITHDRAW: (id) => step.withdraw(id),
      REFUSE: (id) =>
        as(
          ...centre,
          `mutation($id: ID!) { r: refuseJointCase(id: $id, reason: "不属于受理范围") { ${CASE_FIELDS} } }`,
          { id },
        ),
      EXTEND: (id) =>
        as(
          ...centre,
          `mutation($id: ID!) { r: extendJointCaseDeadline(id: $id, input: { newDeadline: "2099-01-01T00:00:00Z", reason: "需补充材料" }) { ${CASE_FIELDS} } }`,
          { id },
        ),
      RETURN: (id) =>
        as(
          ...centre,
          `mutation($id: ID!) { r: returnJointCase(id: $id, reason: "不属本单位职责") { ${CASE_FIELDS} } }`,
          { id },
        ),
      HAND_OVER: (id) =>
        as(
          ...centre,
          `mutation($id: ID!) { r: handOverJointCase(id: $id, input: { handler: "另一调解员", reason: "工作调整" }) { ${CASE_FIELDS} } }`,
          { id },
        ),
      APPLY_JUDICIAL_CONFIRMATION: (id) => step.apply(id, ...centre),
      REJECT_JUDICIAL_CONFIRMATION: (id) =>
        as(
          ...centre,
          `mutation($id: ID!) { r: rejectJudicialConfirmation(id: $id, reason: "协议内容违反法律规定") { ${CASE_FIELDS} } }`,
          { id },
        ),
    };
    const invalid = Object.values(CaseStatus).flatMap((status) =>
      Object.values(CaseAction)
        .filter((action) => !CASE_TRANSITIONS[action].from.includes(status))
        .map((action) => [status, action] as const),
    );

    it.each(invalid)(
      'answers %s + %s with INVALID_TRANSITION naming the allowed next states, and changes nothing',
      async (status, action) => {
        const id = await caseAt(status);
        const before = await timeline(id);
        const result = (await take[action](id)).data.r;
        const allowed = allowedNextStates(status);
        expect(result).toEqual({
          code: 'INVALID_TRANSITION',
          message: expect.stringContaining(action),
          status,
          allowedNextStates: allowed,
        });
        expect(await timeline(id)).toEqual(before);
      },
    );
  });

  describe('who may act', () => {
    it('lets only the court confirm an agreement judicially', async () => {
      const id = await open();
      for (const go of [step.assess, step.assign, step.start, step.agree, step.apply]) await go(id);
      const byJudicialOffice = await step.confirm(id, 'JUDICIAL_OFFICE', Role.CHIEF);
      expect(byJudicialOffice.errors![0].extensions.code).toBe('FORBIDDEN');
      expect(byJudicialOffice.errors![0].message).toMatch(/court/);
      expect((await step.confirm(id)).data.r.status).toBe('JUDICIALLY_CONFIRMED');
    });

    it('lets only the centre take cases in, and only its chief assign them', async () => {
      const intake = await as(
        'POLICE',
        Role.CLERK,
        `mutation($input: OpenJointCaseInput!) { openJointCase(input: $input) { id } }`,
        { input: INTAKE },
      );
      expect(intake.errors![0].extensions.code).toBe('FORBIDDEN');
      const id = await open();
      await step.assess(id);
      expect((await step.assign(id, 'GOVERNANCE_CENTRE', Role.CLERK)).errors![0].extensions.code).toBe('FORBIDDEN');
    });

    it('answers a body that takes no part in the case as if the case did not exist', async () => {
      const id = await open();
      await step.assess(id);
      await step.assign(id);
      const outsider = await step.start(id, 'CIVIL_AFFAIRS', Role.MEDIATOR);
      expect(outsider.errors![0].extensions.code).toBe('NOT_FOUND_OR_NO_ACCESS');
    });
  });

  describe('intake', () => {
    it.each([
      [
        'a resident ID number with a wrong check character',
        {
          parties: [
            {
              ...INTAKE.parties[0],
              residentId:
                INTAKE.parties[0].residentId.slice(0, 17) + (INTAKE.parties[0].residentId[17] === '0' ? '1' : '0'),
            },
          ],
        },
        /residentId/,
      ],
      ['a mobile number that is not 11 digits', { parties: [{ ...INTAKE.parties[0], mobile: '1381234' }] }, /mobile/],
      ['no parties', { parties: [] }, /parties/],
      ['zero people involved', { peopleInvolved: 0 }, /peopleInvolved/],
      ['a date in the future', { occurredAt: '2099-01-01T00:00:00Z' }, /future/],
      ['a date that is not a date', { occurredAt: '2026-02-30 noon' }, /occurredAt|DateTime/],
      ['a title over 100 characters', { title: '纠'.repeat(101) }, /title/],
      ['a category that does not exist', { category: 'ALIENS' }, /category|DisputeCategory/],
    ])('refuses %s with BAD_USER_INPUT and stores nothing', async (_label, change, reason) => {
      const [{ n: before }] = await t.databases.sql<{ n: number }>('hub', 'SELECT count(*)::int AS n FROM joint_case');
      const body = await as(
        'GOVERNANCE_CENTRE',
        Role.CLERK,
        `mutation($input: OpenJointCaseInput!) { openJointCase(input: $input) { id } }`,
        { input: { ...INTAKE, ...change } },
      );
      expect(body.errors![0].extensions.code).toBe('BAD_USER_INPUT');
      expect(body.errors![0].message).toMatch(reason);
      const [{ n: after }] = await t.databases.sql<{ n: number }>('hub', 'SELECT count(*)::int AS n FROM joint_case');
      expect(after).toBe(before);
    });

    it('starts a case from a police incident, linked by reference, with the police taking part', async () => {
      const [incident] = await t.databases.sql<{ id: string }>(
        'POLICE',
        'SELECT id::text FROM incident_report ORDER BY id LIMIT 1',
      );
      const id = await open({
        ...INTAKE,
        sourceChannel: 'POLICE_110_REFERRAL',
        sourceRecord: { department: 'POLICE', recordType: 'INCIDENT', recordId: incident.id },
      });
      const body = await as(
        'POLICE',
        Role.MEDIATOR,
        `query($id: ID!) { jointCase(id: $id) { participatingDepartments linkedRecords { edges { node { recordType recordId } } } } }`,
        { id },
      );
      expect(body.data.jointCase.participatingDepartments).toEqual(['POLICE']);
      expect(body.data.jointCase.linkedRecords.edges[0].node).toEqual({
        recordType: 'INCIDENT',
        recordId: incident.id,
      });
    });
  });

  describe('concurrency', () => {
    it('lets one of two users acting on the same case at once win; the other gets CONFLICT and the case is changed once', async () => {
      const id = await open();
      const [{ version }] = await t.databases.sql<{ version: number }>(
        'hub',
        'SELECT version FROM joint_case WHERE id = $1',
        [id],
      );
      const assess = () =>
        as(
          'GOVERNANCE_CENTRE',
          Role.CLERK,
          `mutation($id: ID!, $v: Int) { r: assessJointCase(id: $id, expectedVersion: $v) { ${CASE_FIELDS} } }`,
          { id, v: version },
        );
      const withdraw = () =>
        as(
          'GOVERNANCE_CENTRE',
          Role.CLERK,
          `mutation($id: ID!, $v: Int) { r: withdrawJointCase(id: $id, reason: "撤回", expectedVersion: $v) { ${CASE_FIELDS} } }`,
          { id, v: version },
        );
      const results = (await Promise.all([assess(), withdraw()])).map((b) => b.data.r);
      const winners = results.filter((r) => !r.code);
      const losers = results.filter((r) => r.code);
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(1);
      expect(losers[0].code).toBe('CONFLICT');
      const { status, timeline: entries } = await timeline(id);
      expect(status).toBe(winners[0].status);
      expect(entries.map((e: { action: string }) => e.action)).toEqual([
        'INTAKE',
        winners[0].status === 'ASSESSED' ? 'ASSESS' : 'WITHDRAW',
      ]);
    });
  });
});
