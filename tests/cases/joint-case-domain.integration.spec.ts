import { WorkflowService } from '../../src/cases/workflow/workflow.service';
import { creditCodeCheckCharacter } from '../../src/common/credit-code';
import { residentIdCheckCharacter } from '../../src/common/resident-id';
import { Role, startTestHub, type TestHub } from '../support/test-hub';

const rid = (first17: string) => first17 + residentIdCheckCharacter(first17);
const uscc = (first17: string) => first17 + creditCodeCheckCharacter(first17);
const HOSPITAL_CODE = uscc('12330106470000123');
const PATIENT = rid('33010619800101234');

const CASE_FIELDS = `... on JointCase { id status version leadDepartment handler deadline extensionCount handlingStoppedAt followUpDeadline overdue
    referralChannel referralReason assessmentOpinion manualRiskLevel manualRiskLevelReason riskLevel judicialConfirmationStatus
    judicialConfirmationAppliedOn confirmationNumber judicialConfirmationRejectionReason satisfaction refusalReason consentToMediate }
  ... on TransitionError { code message status allowedNextStates }`;

/** A medical dispute: a patient against a hospital (法人), with its 法定代表人 and a lawyer as 委托代理人. */
const MEDICAL = {
  title: '术后并发症赔偿纠纷',
  category: 'MEDICAL',
  description: '患者术后出现并发症，家属质疑诊疗过程，要求医院赔偿。',
  sourceChannel: 'HOTLINE_12345',
  peopleInvolved: 3,
  occurredAt: '2026-10-01T10:00:00Z',
  community: '曙光社区',
  parties: [
    {
      role: 'APPLICANT',
      name: '王芳',
      residentId: PATIENT,
      mobile: '13812345678',
      address: '杭州市西湖区北山街道曙光社区3幢2单元401室',
      ethnicity: '汉族',
    },
    {
      role: 'RESPONDENT',
      name: '杭州西溪医院',
      kind: 'LEGAL_PERSON',
      documentType: 'UNIFIED_SOCIAL_CREDIT_CODE',
      documentNumber: HOSPITAL_CODE,
      legalRepresentative: '李院长',
      agentName: '陈律师',
      agentRelation: '律师',
      address: '杭州市西湖区西溪路1号',
      mobile: '13987654321',
    },
  ],
};

describe(WorkflowService.name, () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub();
  });
  afterAll(() => t.close());

  async function as(
    department: string,
    role: Role,
    query: string,
    variables: Record<string, unknown> = {},
    user = `${department}-${role}`,
  ) {
    const response = await fetch(t.hub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await t.token(department, role, user)}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as {
      data?: any;
      errors?: Array<{ message: string; extensions: Record<string, any> }>;
    };
  }

  async function open(input: Record<string, unknown> = MEDICAL) {
    return as(
      'GOVERNANCE_CENTRE',
      Role.CLERK,
      `mutation($input: OpenJointCaseInput!) { openJointCase(input: $input) { id status
      parties { id role kind documentType documentNumber residentId name gender birthDate ethnicity legalRepresentative agentName agentRelation } } }`,
      { input },
    );
  }
  async function opened(
    input: Record<string, unknown> = MEDICAL,
  ): Promise<{ id: string; parties: Array<Record<string, any>> }> {
    const body = await open(input);
    expect(body.errors).toBeUndefined();
    return body.data.openJointCase;
  }
  const step = (department: string, role: Role, mutation: string, variables: Record<string, unknown>, user?: string) =>
    as(
      department,
      role,
      `mutation($id: ID!${Object.keys(variables)
        .filter((k) => k !== 'id')
        .map((k) => `, $${k}: ${VARIABLE_TYPES[k]}`)
        .join('')}) { r: ${mutation} { ${CASE_FIELDS} } }`,
      variables,
      user,
    );
  const VARIABLE_TYPES: Record<string, string> = {
    input: 'AssignJointCaseInput!',
    ext: 'ExtendDeadlineInput!',
    refer: 'ReferJointCaseInput!',
    hand: 'HandOverInput!',
    apply: 'ApplyJudicialConfirmationInput!',
    confirm: 'ConfirmJudiciallyInput!',
    agreement: 'MediationAgreementInput',
    assess: 'AssessJointCaseInput',
    findings: 'FollowUpFindingsInput',
  };
  const assess = (id: string) => step('GOVERNANCE_CENTRE', Role.CLERK, 'assessJointCase(id: $id)', { id });
  const assign = (id: string, lead = 'JUDICIAL_OFFICE', handler = 'JUDICIAL_OFFICE-MEDIATOR') =>
    step('GOVERNANCE_CENTRE', Role.CHIEF, 'assignJointCase(id: $id, input: $input)', {
      id,
      input: { leadDepartment: lead, participatingDepartments: ['COURT', 'POLICE'], handler },
    });
  const start = (id: string) => step('JUDICIAL_OFFICE', Role.MEDIATOR, 'startMediation(id: $id)', { id });
  const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

  async function inMediation(): Promise<{ id: string; parties: Array<Record<string, any>> }> {
    const c = await opened();
    await assess(c.id);
    await assign(c.id);
    expect((await start(c.id)).data.r.status).toBe('IN_MEDIATION');
    return c;
  }

  describe('parties (当事人)', () => {
    it('takes in an organisation by its 统一社会信用代码 with its 法定代表人 and 委托代理人, and a person with 性别 and 出生日期 from the ID number', async () => {
      const { parties } = await opened();
      expect(parties[0]).toMatchObject({
        kind: 'NATURAL_PERSON',
        documentType: 'RESIDENT_ID',
        residentId: PATIENT,
        gender: 'FEMALE',
        birthDate: '1980-01-01',
        ethnicity: '汉族',
      });
      expect(parties[1]).toMatchObject({
        kind: 'LEGAL_PERSON',
        documentType: 'UNIFIED_SOCIAL_CREDIT_CODE',
        documentNumber: HOSPITAL_CODE,
        residentId: null,
        legalRepresentative: '李院长',
        agentName: '陈律师',
        agentRelation: '律师',
        gender: null,
      });
      // Keyed hashes only: neither number is stored in the clear beside its hash in the audit.
      const audit = await t.databases.sql<{ n: number }>(
        'hub',
        `SELECT count(*)::int AS n FROM audit_entry WHERE detail::text LIKE $1 OR detail::text LIKE $2`,
        [`%${HOSPITAL_CODE}%`, `%${PATIENT}%`],
      );
      expect(audit[0].n).toBe(0);
    });

    it.each([
      [
        'RESIDENT_ID',
        rid('33010619800101234').slice(0, 17) + (rid('33010619800101234')[17] === '0' ? '1' : '0'),
        'NATURAL_PERSON',
        /check character/,
      ],
      [
        'UNIFIED_SOCIAL_CREDIT_CODE',
        HOSPITAL_CODE.slice(0, 17) + (HOSPITAL_CODE[17] === '0' ? '1' : '0'),
        'LEGAL_PERSON',
        /check character/,
      ],
      ['UNIFIED_SOCIAL_CREDIT_CODE', 'I' + HOSPITAL_CODE.slice(1), 'LEGAL_PERSON', /capital letters/],
      ['HK_MACAO_PERMIT', 'K12345678', 'NATURAL_PERSON', /H or M/],
      ['TAIWAN_PERMIT', '1234567', 'NATURAL_PERSON', /8 digits/],
      ['FOREIGNER_PERMANENT_RESIDENCE_ID', 'US1100850123456', 'NATURAL_PERSON', /3 letters/],
      ['PASSPORT', 'E-12', 'NATURAL_PERSON', /letters and digits/],
    ])(
      'refuses a %s number %s with BAD_USER_INPUT naming the field, and stores nothing',
      async (documentType, documentNumber, kind, reason) => {
        const [before] = await t.databases.sql<{ n: number }>('hub', `SELECT count(*)::int AS n FROM joint_case`);
        const respondent = {
          role: 'RESPONDENT',
          name: '某当事人',
          kind,
          documentType,
          documentNumber,
          legalRepresentative: kind === 'LEGAL_PERSON' ? '某负责人' : null,
        };
        const body = await open({ ...MEDICAL, parties: [MEDICAL.parties[0], respondent] });
        expect(body.errors![0].extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'parties[1].documentNumber',
        });
        expect(body.errors![0].message).toMatch(reason);
        const [after] = await t.databases.sql<{ n: number }>('hub', `SELECT count(*)::int AS n FROM joint_case`);
        expect(after.n).toBe(before.n);
      },
    );

    it('accepts a Hong Kong resident by 港澳居民来往内地通行证, and refuses an organisation without a credit code or 法定代表人', async () => {
      const hk = {
        role: 'APPLICANT',
        name: '陈大文',
        documentType: 'HK_MACAO_PERMIT',
        documentNumber: 'h12345678',
        gender: 'MALE',
        birthDate: '1975-05-05',
      };
      const ok = await open({ ...MEDICAL, parties: [hk, MEDICAL.parties[1]] });
      expect(ok.errors).toBeUndefined();
      expect(ok.data.openJointCase.parties[0]).toMatchObject({
        documentType: 'HK_MACAO_PERMIT',
        documentNumber: 'H12345678',
        residentId: null,
        gender: 'MALE',
        birthDate: '1975-05-05',
      });
      const noCode = await open({
        ...MEDICAL,
        parties: [MEDICAL.parties[0], { ...MEDICAL.parties[1], documentType: 'PASSPORT', documentNumber: 'E12345678' }],
      });
      expect(noCode.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parties[1].kind' });
      const noRepresentative = await open({
        ...MEDICAL,
        parties: [MEDICAL.parties[0], { ...MEDICAL.parties[1], legalRepresentative: null }],
      });
      expect(noRepresentative.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'parties[1].legalRepresentative',
      });
      const wrongGender = await open({
        ...MEDICAL,
        parties: [{ ...MEDICAL.parties[0], gender: 'MALE' }, MEDICAL.parties[1]],
      });
      expect(wrongGender.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parties[0].gender' });
    });

    it("shows a participating body the new particulars as the case's personal data: document numbers masked, 出生日期 withheld", async () => {
      const { id } = await inMediation();
      const body = await as(
        'POLICE',
        Role.MEDIATOR,
        `query($id: ID!) { jointCase(id: $id) { parties { name kind documentNumber residentId gender ethnicity birthDate legalRepresentative } } }`,
        { id },
      );
      const [patient, hospital] = body.data.jointCase.parties;
      expect(patient).toMatchObject({
        name: '王芳',
        residentId: `${PATIENT.slice(0, 6)}********${PATIENT.slice(14)}`,
        gender: 'FEMALE',
        ethnicity: '汉族',
        birthDate: null,
      });
      expect(hospital).toMatchObject({
        kind: 'LEGAL_PERSON',
        documentNumber: `${HOSPITAL_CODE.slice(0, 6)}********${HOSPITAL_CODE.slice(14)}`,
        legalRepresentative: '李院长',
      });
      expect(
        body.errors!.every((e) => e.extensions.code === 'FORBIDDEN_BY_AGREEMENT' && e.extensions.field === 'birthDate'),
      ).toBe(true);
    });
  });

  describe('the clock (期限)', () => {
    it('stops the handling clock at the outcome: an overdue case in mediation is no longer overdue once it reaches agreement, and its follow-up falls due 30 days on', async () => {
      const { id } = await inMediation();
      await t.databases.sql('hub', `UPDATE joint_case SET deadline = now() - interval '2 days' WHERE id = $1`, [id]);
      const overdueIds = async () => {
        const body = await as(
          'GOVERNANCE_CENTRE',
          Role.SUPERVISOR,
          `{ overdueCases(first: 100) { edges { node { id overdue } } } }`,
        );
        return body.data.overdueCases.edges.map((e: { node: { id: string } }) => e.node.id);
      };
      expect(await overdueIds()).toContain(id);
      const agreed = (
        await step('JUDICIAL_OFFICE', Role.MEDIATOR, 'reachAgreement(id: $id, terms: "医院一次性赔偿三万元")', { id })
      ).data.r;
      expect(agreed).toMatchObject({ status: 'AGREEMENT_REACHED', overdue: false });
      expect(Date.parse(agreed.handlingStoppedAt)).toBeGreaterThan(Date.now() - 60_000);
      expect(
        Math.round((Date.parse(agreed.followUpDeadline) - Date.parse(agreed.handlingStoppedAt)) / 86_400_000),
      ).toBe(30);
      expect(await overdueIds()).not.toContain(id);
    });

    it("extends the deadline only with the lead body's CHIEF (not the handler, not the centre), with the reason and both deadlines in the history", async () => {
      const { id } = await inMediation();
      const ext = { newDeadline: '2099-06-01T00:00:00Z', reason: '一方当事人住院治疗，需延期' };
      const byHandler = await step(
        'JUDICIAL_OFFICE',
        Role.MEDIATOR,
        'extendJointCaseDeadline(id: $id, input: $ext)',
        { id, ext },
        'JUDICIAL_OFFICE-MEDIATOR',
      );
      expect(byHandler.errors![0].extensions.code).toBe('FORBIDDEN');
      expect(byHandler.errors![0].message).toMatch(/CHIEF/);
      const byCentre = await step('GOVERNANCE_CENTRE', Role.CHIEF, 'extendJointCaseDeadline(id: $id, input: $ext)', {
        id,
        ext,
      });
      expect(byCentre.errors![0].extensions.code).toBe('FORBIDDEN');
      const byChief = (
        await step('JUDICIAL_OFFICE', Role.CHIEF, 'extendJointCaseDeadline(id: $id, input: $ext)', { id, ext })
      ).data.r;
      expect(byChief).toMatchObject({
        status: 'IN_MEDIATION',
        deadline: '2099-06-01T00:00:00.000Z',
        extensionCount: 1,
      });
      const earlier = await step('JUDICIAL_OFFICE', Role.CHIEF, 'extendJointCaseDeadline(id: $id, input: $ext)', {
        id,
        ext: { ...ext, newDeadline: '2099-01-01T00:00:00Z' },
      });
      expect(earlier.errors![0].extensions.code).toBe('BAD_USER_INPUT');
      const [entry] = await t.databases.sql<{ note: string; data: any; actor_role: string }>(
        'hub',
        `SELECT note, data, actor_role FROM joint_case_history WHERE joint_case_id = $1 AND action = 'EXTEND'`,
        [id],
      );
      expect(entry).toMatchObject({
        note: ext.reason,
        actor_role: 'CHIEF',
        data: { newDeadline: '2099-06-01T00:00:00.000Z' },
      });
      expect(entry.data.previousDeadline).toEqual(expect.any(String));
    });
  });

  describe('routing (分流)', () => {
    it('refers a case at 研判 to arbitration with its reason (依法导入), by the centre, and the reason is required', async () => {
      const { id } = await opened({ ...MEDICAL, category: 'WAGES', title: '拖欠工资纠纷' });
      const assessed = (
        await step('GOVERNANCE_CENTRE', Role.CLERK, 'assessJointCase(id: $id, input: $assess)', {
          id,
          assess: {
            opinion: '已申请劳动仲裁，宜依法导入',
            manualRiskLevel: 'ORANGE',
            manualRiskLevelReason: '涉及多名农民工，有群体性风险',
          },
        })
      ).data.r;
      expect(assessed).toMatchObject({
        status: 'ASSESSED',
        assessmentOpinion: '已申请劳动仲裁，宜依法导入',
        manualRiskLevel: 'ORANGE',
        manualRiskLevelReason: '涉及多名农民工，有群体性风险',
      });
      expect(assessed.riskLevel).not.toBeUndefined(); // the rules' level stays apart
      const noReason = await step('GOVERNANCE_CENTRE', Role.MEDIATOR, 'referJointCase(id: $id, input: $refer)', {
        id,
        refer: { channel: 'ARBITRATION' },
      });
      expect(noReason.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
      const referred = (
        await step('GOVERNANCE_CENTRE', Role.MEDIATOR, 'referJointCase(id: $id, input: $refer)', {
          id,
          refer: { channel: 'ARBITRATION', reason: '已向劳动人事争议仲裁委员会申请仲裁' },
        })
      ).data.r;
      expect(referred).toMatchObject({
        status: 'REFERRED',
        referralChannel: 'ARBITRATION',
        referralReason: '已向劳动人事争议仲裁委员会申请仲裁',
        overdue: false,
      });
      expect(referred.handlingStoppedAt).toEqual(expect.any(String));
    });

    it('lets the lead body return an assigned case with the reason, the centre assign it again, and the new lead hand it to another handler', async () => {
      const { id } = await opened();
      await assess(id);
      await assign(id);
      const byCentre = await step('GOVERNANCE_CENTRE', Role.CHIEF, 'returnJointCase(id: $id, reason: "不属本单位")', {
        id,
      });
      expect(byCentre.errors![0].extensions.code).toBe('FORBIDDEN');
      const returned = (
        await step('JUDICIAL_OFFICE', Role.CHIEF, 'returnJointCase(id: $id, reason: "医疗纠纷宜由医调委牵头")', { id })
      ).data.r;
      expect(returned).toMatchObject({ status: 'ASSESSED', leadDepartment: null, handler: null, deadline: null });
      const again = (await assign(id, 'COURT', 'COURT-MEDIATOR')).data.r;
      expect(again).toMatchObject({ status: 'ASSIGNED', leadDepartment: 'COURT', handler: 'COURT-MEDIATOR' });
      const byOther = await step(
        'COURT',
        Role.MEDIATOR,
        'handOverJointCase(id: $id, input: $hand)',
        { id, hand: { handler: '法庭 另一法官助理', reason: '工作调整' } },
        'COURT-OTHER',
      );
      expect(byOther.errors![0].extensions.code).toBe('FORBIDDEN');
      const handed = (
        await step(
          'COURT',
          Role.MEDIATOR,
          'handOverJointCase(id: $id, input: $hand)',
          { id, hand: { handler: '法庭 另一法官助理', reason: '工作调整' } },
          'COURT-MEDIATOR',
        )
      ).data.r;
      expect(handed).toMatchObject({ status: 'ASSIGNED', handler: '法庭 另一法官助理' });
      const history = await t.databases.sql<{ action: string; note: string | null; data: any }>(
        'hub',
        `SELECT action, note, data FROM joint_case_history WHERE joint_case_id = $1 ORDER BY at, id`,
        [id],
      );
      expect(history.map((h) => h.action)).toEqual(['INTAKE', 'ASSESS', 'ASSIGN', 'RETURN', 'ASSIGN', 'HAND_OVER']);
      expect(history[3]).toMatchObject({
        note: '医疗纠纷宜由医调委牵头',
        data: { leadDepartment: 'JUDICIAL_OFFICE', handler: 'JUDICIAL_OFFICE-MEDIATOR' },
      });
      expect(history[5]).toMatchObject({
        note: '工作调整',
        data: { previousHandler: 'COURT-MEDIATOR', handler: '法庭 另一法官助理' },
      });
    });

    it('refuses a case at intake (不予受理) with the reason, and a case without consent cannot be mediated', async () => {
      const { id } = await opened();
      const refused = (
        await step('GOVERNANCE_CENTRE', Role.MEDIATOR, 'refuseJointCase(id: $id, reason: "已进入诉讼程序")', { id })
      ).data.r;
      expect(refused).toMatchObject({ status: 'NOT_ACCEPTED', refusalReason: '已进入诉讼程序' });
      const unwilling = await opened({ ...MEDICAL, consentToMediate: false });
      await assess(unwilling.id);
      await assign(unwilling.id);
      const started = await start(unwilling.id);
      expect(started.errors![0].extensions.code).toBe('INVALID_TRANSITION');
      expect(started.errors![0].message).toMatch(/consent/);
    });
  });

  describe('sessions', () => {
    const SESSION = `mutation($id: ID!, $input: RecordJointSessionInput!) { recordJointSession(id: $id, input: $input) { id sessionType } }`;
    const session = (type: string, departments: string[]) => ({
      heldAt: '2026-11-20T09:00:00Z',
      place: '综治中心调解室',
      minutes: '听取双方陈述',
      sessionType: type,
      attendees: departments.map((department) => ({ department, name: `${department} 负责人` })),
    });

    it('refuses a 三长会商 without the court, the police station and the judicial office, and records one with all three', async () => {
      const { id } = await inMediation();
      const without = await as('JUDICIAL_OFFICE', Role.MEDIATOR, SESSION, {
        id,
        input: session('THREE_CHIEFS_CONSULTATION', ['JUDICIAL_OFFICE', 'POLICE']),
      });
      expect(without.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'attendees',
        missing: ['COURT'],
      });
      const sessions = await t.databases.sql('hub', `SELECT 1 FROM joint_session WHERE joint_case_id = $1`, [id]);
      expect(sessions).toHaveLength(0);
      const all = await as('JUDICIAL_OFFICE', Role.MEDIATOR, SESSION, {
        id,
        input: session('THREE_CHIEFS_CONSULTATION', ['JUDICIAL_OFFICE', 'POLICE', 'COURT']),
      });
      expect(all.data.recordJointSession.sessionType).toBe('THREE_CHIEFS_CONSULTATION');
      const separate = await as('JUDICIAL_OFFICE', Role.MEDIATOR, SESSION, {
        id,
        input: session('SEPARATE_MEDIATION', ['JUDICIAL_OFFICE']),
      });
      expect(separate.data.recordJointSession.sessionType).toBe('SEPARATE_MEDIATION');
    });
  });

  describe('the agreement and 司法确认', () => {
    async function agreed(documentNumber: string) {
      const c = await inMediation();
      const agreement = {
        mediationType: 'PEOPLES',
        organisation: '西湖区北山街道人民调解委员会',
        mediator: '王调解员',
        documentNumber,
        form: 'WRITTEN',
        effectiveOn: today(),
        facts: '患者术后出现并发症，双方就赔偿数额发生争议。',
        obligations: [
          {
            obligorPartyId: c.parties[1].id,
            content: '向王芳支付赔偿款人民币叁万元',
            performanceMethod: '银行转账',
            dueOn: '2099-01-31',
          },
        ],
      };
      const body = await step(
        'JUDICIAL_OFFICE',
        Role.MEDIATOR,
        'reachAgreement(id: $id, terms: "医院赔偿三万元", agreement: $agreement)',
        { id: c.id, agreement },
      );
      expect(body.data.r.status).toBe('AGREEMENT_REACHED');
      return c;
    }
    const apply = (id: string, appliedOn = today()) =>
      step('JUDICIAL_OFFICE', Role.MEDIATOR, 'applyJudicialConfirmation(id: $id, input: $apply)', {
        id,
        apply: { appliedOn, bothPartiesApplied: true },
      });

    it('records the structured agreement with its obligations and the 30-day 司法确认 window', async () => {
      const { id, parties } = await agreed('西北调字〔2026〕第9001号');
      const body = await as(
        'JUDICIAL_OFFICE',
        Role.MEDIATOR,
        `query($id: ID!) { jointCase(id: $id) { mediationAgreement { mediationType organisation mediator documentNumber form effectiveOn
        judicialConfirmationDeadline performanceStatus facts obligations { obligorPartyId content performanceMethod dueOn } } } }`,
        { id },
      );
      const agreement = body.data.jointCase.mediationAgreement;
      expect(agreement).toMatchObject({
        mediationType: 'PEOPLES',
        documentNumber: '西北调字〔2026〕第9001号',
        form: 'WRITTEN',
        effectiveOn: today(),
        performanceStatus: 'NOT_DUE',
      });
      expect(
        Math.round(
          (Date.parse(agreement.judicialConfirmationDeadline) - Date.parse(agreement.effectiveOn)) / 86_400_000,
        ),
      ).toBe(30);
      expect(agreement.obligations).toEqual([
        {
          obligorPartyId: parties[1].id,
          content: '向王芳支付赔偿款人民币叁万元',
          performanceMethod: '银行转账',
          dueOn: '2099-01-31',
        },
      ]);
    });

    it('takes 司法确认 as APPLIED → CONFIRMED, decided by the court only, linking its ruling', async () => {
      const { id } = await agreed('西北调字〔2026〕第9002号');
      const late = await apply(id, '2099-01-01');
      expect(late.errors![0].extensions.code).toBe('BAD_USER_INPUT');
      const applied = (await apply(id)).data.r;
      expect(applied).toMatchObject({
        status: 'CONFIRMATION_APPLIED',
        judicialConfirmationStatus: 'APPLIED',
        judicialConfirmationAppliedOn: today(),
      });
      const confirm = { confirmationNumber: '（2026）浙0106民特901号', confirmedOn: today(), courtRecordId: '1' };
      const byJudicialOffice = await step(
        'JUDICIAL_OFFICE',
        Role.CHIEF,
        'confirmJudicially(id: $id, input: $confirm)',
        { id, confirm },
      );
      expect(byJudicialOffice.errors![0].extensions.code).toBe('FORBIDDEN');
      const confirmed = (
        await step('COURT', Role.MEDIATOR, 'confirmJudicially(id: $id, input: $confirm)', { id, confirm })
      ).data.r;
      expect(confirmed).toMatchObject({
        status: 'JUDICIALLY_CONFIRMED',
        judicialConfirmationStatus: 'CONFIRMED',
        confirmationNumber: '（2026）浙0106民特901号',
      });
      const links = await t.databases.sql(
        'hub',
        `SELECT 1 FROM joint_case_record_link WHERE joint_case_id = $1 AND department = 'COURT' AND record_type = 'JUDICIAL_CONFIRMATION' AND record_id = '1'`,
        [id],
      );
      expect(links).toHaveLength(1);
    });

    it("takes 司法确认 as APPLIED → REJECTED with the court's reason, by the court only; then follow-up records 履行状态 and satisfaction", async () => {
      const { id } = await agreed('西北调字〔2026〕第9003号');
      await apply(id);
      const byCentre = await step(
        'GOVERNANCE_CENTRE',
        Role.CHIEF,
        'rejectJudicialConfirmation(id: $id, reason: "违反法律规定")',
        { id },
      );
      expect(byCentre.errors![0].extensions.code).toBe('FORBIDDEN');
      const rejected = (
        await step('COURT', Role.CHIEF, 'rejectJudicialConfirmation(id: $id, reason: "协议内容超出当事人处分权限")', {
          id,
        })
      ).data.r;
      expect(rejected).toMatchObject({
        status: 'AGREEMENT_REACHED',
        judicialConfirmationStatus: 'REJECTED',
        judicialConfirmationRejectionReason: '协议内容超出当事人处分权限',
      });
      const followed = (
        await step('GOVERNANCE_CENTRE', Role.CLERK, 'startFollowUp(id: $id, note: "电话回访", findings: $findings)', {
          id,
          findings: { performanceStatus: 'PARTLY_PERFORMED', satisfaction: 'BASICALLY_SATISFIED' },
        })
      ).data.r;
      expect(followed).toMatchObject({ status: 'FOLLOW_UP', satisfaction: 'BASICALLY_SATISFIED' });
      const [row] = await t.databases.sql<{ performance_status: string }>(
        'hub',
        `SELECT performance_status FROM mediation_agreement WHERE joint_case_id = $1`,
        [id],
      );
      expect(row.performance_status).toBe('PARTLY_PERFORMED');
    });
  });
});
