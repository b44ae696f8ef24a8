import { createHash } from 'node:crypto';
import { ValueType, Workbook } from 'exceljs';
import { WorkLedgerService } from '../../src/cases/ledger/work-ledger.service';
import { Role, startTestHub, type TestHub } from '../support/test-hub';

const FROM = '2025-01-01T00:00:00+08:00';
const UNTIL = '2026-01-01T00:00:00+08:00';
const TRICKY = 'Said "no", twice,\nthen left';
const FORMULA_NAME = '=HYPERLINK("http://x")';

/** Stand-ins for keyed hashes of resident ID numbers (the audit log takes only 64 hex digits). */
const hash = (who: string) => createHash('sha256').update(who).digest('hex');
const [ZHANG, LI, WANG, CHEN, LIU, ZHOU] = ['zhang', 'li', 'wang', 'chen', 'liu', 'zhou'].map(hash);

const HEADER = [
  '序号',
  '案件编号',
  '受理日期',
  '纠纷类别',
  '来源渠道',
  '当事人',
  '涉及人数',
  '社区',
  '网格',
  '风险等级',
  '牵头单位',
  '参与单位',
  '首办责任人',
  '办理期限',
  '当前状态',
  '调解结果',
  '司法确认文书号',
  '结案日期',
  '是否超期',
  '当事人类型',
  '调解类型',
  '履行状态',
  '回访满意度',
  '延期次数',
];

/** The rows a centre should print for the cases below, worked out by hand (dates in Asia/Shanghai). */
const LJ01 = [
  1,
  'LJ-01',
  '2025-02-01',
  '邻里纠纷',
  '110移交',
  '张三（申请人）、李四（被申请人）',
  3,
  '曙光社区',
  '曙光社区第1网格',
  '红色',
  '司法所',
  '司法所、派出所',
  '李调解',
  '2025-03-01',
  '调解不成',
  `调解不成：${TRICKY}`,
  '',
  '',
  '否',
  '自然人',
  '',
  '',
  '',
  0,
];
const LJ02 = [
  2,
  'LJ-02',
  '2025-04-10',
  '婚姻家庭纠纷',
  '法院委派（诉前）',
  `${FORMULA_NAME}（申请人）、王五（被申请人）`,
  2,
  '西溪社区',
  '西溪社区第2网格',
  '橙色',
  '人民法庭',
  '人民法庭、司法所',
  '赵法官',
  '2025-05-01',
  '已结案',
  '调解成功（已司法确认）',
  '(2025)浙0106民特7号',
  '2025-05-21',
  '否',
  '自然人',
  '',
  '',
  '',
  0,
];
const LJ03 = [
  3,
  'LJ-03',
  '2025-06-01',
  '家庭暴力纠纷',
  '来访',
  '陈某（申请人）、刘某（被申请人）',
  2,
  '翠苑一区社区',
  '翠苑一区社区第3网格',
  '红色',
  '派出所',
  '派出所、妇联',
  '张警官',
  '2099-01-01',
  '调解中',
  '',
  '',
  '',
  '否',
  '自然人',
  '',
  '',
  '',
  0,
];
const LJ04 = [
  4,
  'LJ-04',
  '2025-12-31',
  '其他纠纷',
  '网格上报',
  '',
  1,
  '',
  '',
  '未研判',
  '',
  '',
  '',
  '',
  '已受理',
  '',
  '',
  '',
  '否',
  '',
  '',
  '',
  '',
  0,
];

/** The centre's CSV, byte for byte after the BOM: RFC 4180 quoting, CRLF record ends, the formula-like party name kept as text. */
const CENTRE_CSV =
  '序号,案件编号,受理日期,纠纷类别,来源渠道,当事人,涉及人数,社区,网格,风险等级,牵头单位,参与单位,首办责任人,办理期限,当前状态,调解结果,司法确认文书号,结案日期,是否超期,当事人类型,调解类型,履行状态,回访满意度,延期次数\r\n' +
  '1,LJ-01,2025-02-01,邻里纠纷,110移交,张三（申请人）、李四（被申请人）,3,曙光社区,曙光社区第1网格,红色,司法所,司法所、派出所,李调解,2025-03-01,调解不成,"调解不成：Said ""no"", twice,\nthen left",,,否,自然人,,,,0\r\n' +
  '2,LJ-02,2025-04-10,婚姻家庭纠纷,法院委派（诉前）,"\'=HYPERLINK(""http://x"")（申请人）、王五（被申请人）",2,西溪社区,西溪社区第2网格,橙色,人民法庭,人民法庭、司法所,赵法官,2025-05-01,已结案,调解成功（已司法确认）,(2025)浙0106民特7号,2025-05-21,否,自然人,,,,0\r\n' +
  '3,LJ-03,2025-06-01,家庭暴力纠纷,来访,陈某（申请人）、刘某（被申请人）,2,翠苑一区社区,翠苑一区社区第3网格,红色,派出所,派出所、妇联,张警官,2099-01-01,调解中,,,,否,自然人,,,,0\r\n' +
  '4,LJ-04,2025-12-31,其他纠纷,网格上报,,1,,,未研判,,,,,已受理,,,,否,,,,,0\r\n';

async function insertCases(t: TestHub): Promise<void> {
  const cases = [
    // Taken in at 00:30 in Shanghai, still 31 January in UTC.
    [
      'LJ-01',
      '2025-02-01T00:30:00+08:00',
      'FAILED',
      'JUDICIAL_OFFICE',
      ['JUDICIAL_OFFICE', 'POLICE'],
      'NEIGHBOUR',
      'POLICE_110_REFERRAL',
      '曙光社区',
      '曙光社区第1网格',
      'RED',
      '李调解',
      'JUDICIAL_OFFICE',
      '2025-03-01T12:00:00+08:00',
      3,
      null,
      null,
      TRICKY,
      null,
    ],
    [
      'LJ-02',
      '2025-04-10T10:00:00+08:00',
      'CLOSED',
      'COURT',
      ['COURT', 'JUDICIAL_OFFICE'],
      'FAMILY_MARRIAGE',
      'COURT_PRE_LITIGATION_REFERRAL',
      '西溪社区',
      '西溪社区第2网格',
      'ORANGE',
      '赵法官',
      'COURT',
      '2025-05-01T12:00:00+08:00',
      2,
      '2025-04-20T10:00:00+08:00',
      '(2025)浙0106民特7号',
      null,
      '2025-05-21T00:15:00+08:00',
    ],
    [
      'LJ-03',
      '2025-06-01T10:00:00+08:00',
      'IN_MEDIATION',
      'POLICE',
      ['POLICE', 'WOMENS_FEDERATION'],
      'DOMESTIC_VIOLENCE',
      'WALK_IN',
      '翠苑一区社区',
      '翠苑一区社区第3网格',
      'RED',
      '张警官',
      'POLICE',
      '2099-01-01T12:00:00+08:00',
      2,
      null,
      null,
      null,
      null,
    ],
    [
      'LJ-04',
      '2025-12-31T23:00:00+08:00',
      'INTAKE',
      null,
      [],
      'OTHER',
      'GRID_SCREENING',
      null,
      null,
      null,
      null,
      null,
      null,
      1,
      null,
      null,
      null,
      null,
    ],
    // Before the period: in no ledger of 2025.
    [
      'LJ-05',
      '2024-12-31T23:59:59+08:00',
      'INTAKE',
      'JUDICIAL_OFFICE',
      ['JUDICIAL_OFFICE'],
      'NEIGHBOUR',
      'WALK_IN',
      '曙光社区',
      '曙光社区第1网格',
      'RED',
      null,
      null,
      null,
      1,
      null,
      null,
      null,
      null,
    ],
  ] as const;
  const parties: Record<string, Array<[string, string, string | null]>> = {
    'LJ-01': [
      ['APPLICANT', '张三', ZHANG],
      ['RESPONDENT', '李四', LI],
    ],
    'LJ-02': [
      ['APPLICANT', FORMULA_NAME, null],
      ['RESPONDENT', '王五', WANG],
    ],
    'LJ-03': [
      ['APPLICANT', '陈某', CHEN],
      ['RESPONDENT', '刘某', LIU],
    ],
    'LJ-05': [['APPLICANT', '周某', ZHOU]],
  };
  for (const c of cases) {
    const [row] = await t.databases.sql<{ id: string }>(
      'hub',
      `INSERT INTO joint_case (case_number, created_at, status, lead_department, participating_departments, category, source_channel, community, grid,
                               risk_level, handler, handler_department, deadline, people_involved, agreement_reached_at, confirmation_number,
                               failure_reason, closed_at, title)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, '台账测试') RETURNING id`,
      [...c],
    );
    for (const [position, [role, name, hash]] of (parties[c[0]] ?? []).entries()) {
      await t.databases.sql(
        'hub',
        `INSERT INTO joint_case_party (joint_case_id, position, role, name, resident_id_hash) VALUES ($1, $2, $3, $4, $5)`,
        [row.id, position, role, name, hash],
      );
    }
  }
}

const EXPORT = `mutation($from: DateTimeISO!, $until: DateTimeISO!, $format: LedgerFormat!) {
  exportWorkLedger(from: $from, until: $until, format: $format) { filename contentType rowCount contentBase64 } }`;

interface ExportResult {
  exportWorkLedger: { filename: string; contentType: string; rowCount: number; contentBase64: string };
}

describe(WorkLedgerService.name, () => {
  let t: TestHub;

  beforeAll(async () => {
    t = await startTestHub();
    await insertCases(t);
  });
  afterAll(() => t.close());

  async function exportLedger(
    format: string,
    department = 'GOVERNANCE_CENTRE',
    role: Role = Role.SUPERVISOR,
    period = { from: FROM, until: UNTIL },
  ) {
    const token = await t.token(department, role);
    return t.graphql<ExportResult>(EXPORT, { token, variables: { ...period, format } });
  }

  const exports = () =>
    t.databases.sql<{
      actor_department: string;
      actor_role: string;
      detail: Record<string, unknown>;
      subject_hashes: string[];
    }>(
      'hub',
      `SELECT actor_department, actor_role, detail, subject_hashes FROM audit_event WHERE kind = 'EXPORT' ORDER BY occurred_at, seq`,
    );

  it('writes the centre a CSV with a BOM, the header row exactly as printed, one row per case in the period, RFC 4180 quoting and CRLF', async () => {
    const { body } = await exportLedger('CSV');
    expect(body.errors).toBeUndefined();
    const file = body.data!.exportWorkLedger;
    expect(file.filename).toBe('工作台账_2025-01-01_2025-12-31.csv');
    expect(file.contentType).toBe('text/csv; charset=utf-8');
    expect(file.rowCount).toBe(4);
    const bytes = Buffer.from(file.contentBase64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.slice(1).split('\r\n')[0].split(',')).toEqual(HEADER);
    expect(text.slice(1)).toBe(CENTRE_CSV);
  });

  it('records the export in the audit log with the report, format, period, row count and the parties it holds', async () => {
    const before = (await exports()).length;
    const { body } = await exportLedger('CSV', 'GOVERNANCE_CENTRE', Role.CHIEF);
    expect(body.errors).toBeUndefined();
    const after = await exports();
    expect(after.length).toBe(before + 1);
    const last = after[after.length - 1];
    expect(last.actor_department).toBe('GOVERNANCE_CENTRE');
    expect(last.actor_role).toBe('CHIEF');
    expect(last.detail).toEqual({
      report: 'WORK_LEDGER',
      format: 'CSV',
      from: '2024-12-31T16:00:00.000Z',
      until: '2025-12-31T16:00:00.000Z',
      rows: 4,
    });
    expect([...last.subject_hashes].sort()).toEqual([CHEN, LI, LIU, WANG, ZHANG].sort());
  });

  it('gives an XLSX that reads back with the same header and rows, the header bold and frozen, widths set, A4 landscape', async () => {
    const { body } = await exportLedger('XLSX');
    expect(body.errors).toBeUndefined();
    const file = body.data!.exportWorkLedger;
    expect(file.filename).toBe('工作台账_2025-01-01_2025-12-31.xlsx');
    expect(file.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(file.rowCount).toBe(4);

    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as never);
    const sheet = workbook.getWorksheet('工作台账')!;
    const values = (rowNumber: number) =>
      HEADER.map((_, i) => {
        const value = sheet.getRow(rowNumber).getCell(i + 1).value;
        return value === null || value === undefined ? '' : value;
      });
    expect(sheet.rowCount).toBe(5);
    expect(values(1)).toEqual(HEADER);
    expect([values(2), values(3), values(4), values(5)]).toEqual([LJ01, LJ02, LJ03, LJ04]);
    // The formula-like party name is a plain string in the workbook, not a formula.
    expect(sheet.getRow(3).getCell(6).type).toBe(ValueType.String);

    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const widths = HEADER.map((_, i) => sheet.getColumn(i + 1).width);
    expect(widths.every((w) => typeof w === 'number' && w >= 6)).toBe(true);
    expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual(20);
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1 });
  });

  it("exports for a body's chief only the cases the body leads or takes part in, numbered from one", async () => {
    const { body } = await exportLedger('CSV', 'JUDICIAL_OFFICE', Role.CHIEF);
    expect(body.errors).toBeUndefined();
    const file = body.data!.exportWorkLedger;
    expect(file.rowCount).toBe(2);
    const records = Buffer.from(file.contentBase64, 'base64').toString('utf8').slice(1).split('\r\n');
    // Header, LJ-01 (led), LJ-02 (taking part), and the empty string after the last CRLF; the
    // centre's rows, but 风险等级 empty: only the centre's own ledger prints a case's risk level.
    expect(records).toEqual([
      CENTRE_CSV.split('\r\n')[0],
      '1,LJ-01,2025-02-01,邻里纠纷,110移交,张三（申请人）、李四（被申请人）,3,曙光社区,曙光社区第1网格,,司法所,司法所、派出所,李调解,2025-03-01,调解不成,"调解不成：Said ""no"", twice,\nthen left",,,否,自然人,,,,0',
      '2,LJ-02,2025-04-10,婚姻家庭纠纷,法院委派（诉前）,"\'=HYPERLINK(""http://x"")（申请人）、王五（被申请人）",2,西溪社区,西溪社区第2网格,,人民法庭,人民法庭、司法所,赵法官,2025-05-01,已结案,调解成功（已司法确认）,(2025)浙0106民特7号,2025-05-21,否,自然人,,,,0',
      '',
    ]);
    const last = (await exports()).at(-1)!;
    expect(last).toMatchObject({ actor_department: 'JUDICIAL_OFFICE', detail: { rows: 2 } });
    expect([...last.subject_hashes].sort()).toEqual([LI, WANG, ZHANG].sort());
  });

  it('refuses a mediator with FORBIDDEN and audits nothing, and refuses a period longer than 366 days', async () => {
    const before = (await exports()).length;
    const { body } = await exportLedger('CSV', 'JUDICIAL_OFFICE', Role.MEDIATOR);
    expect(body.data).toBeNull();
    expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const long = await exportLedger('XLSX', 'GOVERNANCE_CENTRE', Role.SUPERVISOR, {
      from: '2024-01-01T00:00:00+08:00',
      until: UNTIL,
    });
    expect(long.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await exports()).length).toBe(before);
  });
});
