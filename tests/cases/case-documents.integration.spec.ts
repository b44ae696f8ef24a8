import { unzipSync, strFromU8 } from 'fflate';
import { CaseDocumentService } from '../../src/cases/documents/case-document.service';
import { creditCodeCheckCharacter } from '../../src/common/credit-code';
import { residentIdCheckCharacter } from '../../src/common/resident-id';
import { Role, startTestHub, type TestHub } from '../support/test-hub';

const PATIENT = '33010619850505124' + residentIdCheckCharacter('33010619850505124');
const HOSPITAL = '12330106470000456' + creditCodeCheckCharacter('12330106470000456');
const EXPORT = `mutation($id: ID!, $kind: CaseDocumentKind!) { exportCaseDocument(id: $id, kind: $kind) { filename contentType contentBase64 } }`;

/** The text of a .docx: its main part with the XML taken away, paragraph by paragraph. */
function docxText(base64: string): string {
  const files = unzipSync(new Uint8Array(Buffer.from(base64, 'base64')));
  const xml = strFromU8(files['word/document.xml']);
  return xml
    .split('</w:p>')
    .map((paragraph) => paragraph.replace(/<[^>]+>/g, ''))
    .join('\n');
}

describe(CaseDocumentService.name, () => {
  let t: TestHub;
  let caseId: string;

  async function as(department: string, role: Role, query: string, variables: Record<string, unknown>) {
    const { body } = await t.graphql<any>(query, {
      token: await t.token(department, role, `${department}-${role}`),
      variables,
    });
    return body;
  }

  beforeAll(async () => {
    t = await startTestHub();
    const opened = await as(
      'GOVERNANCE_CENTRE',
      Role.CLERK,
      `mutation($input: OpenJointCaseInput!) { openJointCase(input: $input) { id parties { id } } }`,
      {
        input: {
          title: '术后并发症赔偿纠纷',
          category: 'MEDICAL',
          description: '患者术后出现并发症。',
          sourceChannel: 'WALK_IN',
          peopleInvolved: 2,
          occurredAt: '2026-10-01T10:00:00Z',
          parties: [
            {
              role: 'APPLICANT',
              name: '赵敏',
              residentId: PATIENT,
              ethnicity: '回族',
              mobile: '13812345678',
              address: '杭州市西湖区北山街道曙光社区3幢2单元401室',
              agentName: '赵强',
              agentRelation: '近亲属',
            },
            {
              role: 'RESPONDENT',
              name: '杭州西溪医院',
              kind: 'LEGAL_PERSON',
              documentType: 'UNIFIED_SOCIAL_CREDIT_CODE',
              documentNumber: HOSPITAL,
              legalRepresentative: '李院长',
              address: '杭州市西湖区西溪路1号',
            },
          ],
        },
      },
    );
    caseId = opened.data.openJointCase.id;
    const [, hospital] = opened.data.openJointCase.parties;
    await as('GOVERNANCE_CENTRE', Role.CLERK, `mutation($id: ID!) { assessJointCase(id: $id) { __typename } }`, {
      id: caseId,
    });
    await as(
      'GOVERNANCE_CENTRE',
      Role.CHIEF,
      `mutation($id: ID!) { assignJointCase(id: $id, input: { leadDepartment: "JUDICIAL_OFFICE", participatingDepartments: ["POLICE"], handler: "王调解员" }) { __typename } }`,
      { id: caseId },
    );
    await as('JUDICIAL_OFFICE', Role.MEDIATOR, `mutation($id: ID!) { startMediation(id: $id) { __typename } }`, {
      id: caseId,
    });
    const agreed = await as(
      'JUDICIAL_OFFICE',
      Role.MEDIATOR,
      `mutation($id: ID!, $agreement: MediationAgreementInput) { reachAgreement(id: $id, terms: "医院赔偿", agreement: $agreement) { __typename } }`,
      {
        id: caseId,
        agreement: {
          mediationType: 'PEOPLES',
          organisation: '西湖区北山街道人民调解委员会',
          mediator: '王调解员',
          documentNumber: '西北调字〔2026〕第8001号',
          form: 'WRITTEN',
          effectiveOn: '2026-11-20',
          facts: '赵敏于2026年9月在杭州西溪医院手术后出现并发症，双方就赔偿数额发生争议。',
          obligations: [
            {
              obligorPartyId: hospital.id,
              content: '向赵敏支付医疗损害赔偿款人民币叁万元',
              performanceMethod: '银行转账',
              dueOn: '2026-12-31',
            },
          ],
        },
      },
    );
    expect(agreed.errors).toBeUndefined();
  });
  afterAll(() => t.close());

  it("writes the 人民调解协议书 as .docx with the statutory headings, every party's particulars and the obligations, and audits the export", async () => {
    const body = await as('GOVERNANCE_CENTRE', Role.CLERK, EXPORT, { id: caseId, kind: 'MEDIATION_AGREEMENT' });
    expect(body.errors).toBeUndefined();
    const file = body.data.exportCaseDocument;
    expect(file.filename).toBe('人民调解协议书_西北调字〔2026〕第8001号.docx');
    expect(file.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const text = docxText(file.contentBase64);
    for (const expected of [
      '人民调解协议书',
      '编号：西北调字〔2026〕第8001号',
      '当事人',
      '纠纷主要事实、争议事项',
      '经调解，当事人自愿达成如下协议',
      '履行方式、时限',
      `申请人：赵敏，性别女，回族，1985年5月5日出生，居民身份证号码${PATIENT}，住址杭州市西湖区北山街道曙光社区3幢2单元401室，联系方式13812345678。`,
      '委托代理人：赵强，近亲属。',
      `被申请人：杭州西溪医院，统一社会信用代码${HOSPITAL}，住所地杭州市西湖区西溪路1号。`,
      '法定代表人（主要负责人）：李院长。',
      '一、杭州西溪医院向赵敏支付医疗损害赔偿款人民币叁万元。履行方式：银行转账；履行期限：2026年12月31日前。',
      '本协议自2026年11月20日起生效',
      '第三十三条',
      '调解员（签名）：王调解员',
      '西湖区北山街道人民调解委员会（盖章）',
    ]) {
      expect(text).toContain(expected);
    }
    const [audit] = await t.databases.sql<{ actor_department: string; detail: any; subject_hashes: string[] }>(
      'hub',
      `SELECT actor_department, detail, subject_hashes FROM audit_event WHERE kind = 'EXPORT' AND detail->>'jointCaseId' = $1 ORDER BY seq DESC LIMIT 1`,
      [caseId],
    );
    expect(audit).toMatchObject({
      actor_department: 'GOVERNANCE_CENTRE',
      detail: { report: 'MEDIATION_AGREEMENT', format: 'DOCX', documentNumber: '西北调字〔2026〕第8001号' },
    });
    expect(audit.subject_hashes).toHaveLength(2);
    expect(JSON.stringify(audit)).not.toContain(PATIENT);
  });

  it("writes the 司法确认申请书 for the lead body, addressed to the court, with the 请求事项 and the parties' undertaking", async () => {
    const body = await as('JUDICIAL_OFFICE', Role.MEDIATOR, EXPORT, {
      id: caseId,
      kind: 'JUDICIAL_CONFIRMATION_APPLICATION',
    });
    expect(body.errors).toBeUndefined();
    const text = docxText(body.data.exportCaseDocument.contentBase64);
    for (const expected of [
      '司法确认申请书',
      '请求事项',
      '事实和理由',
      '申请人承诺',
      '此致',
      '杭州市西湖区人民法院',
      '请求人民法院确认申请人于2026年11月20日经西湖区北山街道人民调解委员会主持调解达成的人民调解协议（编号：西北调字〔2026〕第8001号）有效。',
      `申请人：杭州西溪医院，统一社会信用代码${HOSPITAL}`,
      '申请人（签名或盖章）：赵敏',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('refuses a body shown the parties only masked (a participant, an auditor) with FORBIDDEN, and audits no export', async () => {
    const [before] = await t.databases.sql<{ n: number }>(
      'hub',
      `SELECT count(*)::int AS n FROM audit_event WHERE kind = 'EXPORT'`,
    );
    for (const [department, role] of [
      ['POLICE', Role.MEDIATOR],
      ['GOVERNANCE_CENTRE', Role.AUDITOR],
    ] as const) {
      const body = await as(department, role, EXPORT, { id: caseId, kind: 'MEDIATION_AGREEMENT' });
      expect(body.data).toBeNull();
      expect(body.errors![0].extensions!.code).toBe('FORBIDDEN');
    }
    const [after] = await t.databases.sql<{ n: number }>(
      'hub',
      `SELECT count(*)::int AS n FROM audit_event WHERE kind = 'EXPORT'`,
    );
    expect(after.n).toBe(before.n);
  });
});
