import { Workbook } from 'exceljs';
import { GOVERNANCE_CENTRE } from '../../src/auth/actor';
import { registeredDepartments } from '../../src/connectors/registered-departments';
import { Role, startTestHub, type TestHub } from '../support/test-hub';

const EXPORT = `mutation($from: DateTimeISO!, $until: DateTimeISO!) {
  exportWorkLedger(from: $from, until: $until, format: XLSX) { rowCount contentBase64 } }`;

/** The column headers the test looks up, as printed. */
const CASE_NUMBER = '案件编号';
const RISK_LEVEL = '风险等级';

/** What a centre prints for a stored risk level, written out here rather than taken from the hub's labels. */
const PRINTED_LEVEL: Record<string, string> = { RED: '红色', ORANGE: '橙色', YELLOW: '黄色', BLUE: '蓝色' };

/** 2026 in Asia/Shanghai: the demo seed takes its cases in from 2026 on. */
const FROM = '2026-01-01T00:00:00+08:00';
const UNTIL = '2027-01-01T00:00:00+08:00';

describe('the risk level in the work ledger (风险等级)', () => {
  let t: TestHub;
  /** Stored risk level per case number, read straight from the hub database. */
  let stored: Map<string, string | null>;

  beforeAll(async () => {
    t = await startTestHub();
    // The demo seed leaves cases unassessed; give them every level (and none) in turn.
    await t.databases.sql(
      'hub',
      `UPDATE joint_case c SET risk_level = (ARRAY['RED', 'ORANGE', 'YELLOW', 'BLUE', NULL])[1 + n.i % 5]
         FROM (SELECT id, row_number() OVER (ORDER BY case_number) AS i FROM joint_case) n WHERE n.id = c.id`,
    );
    const rows = await t.databases.sql<{ case_number: string; risk_level: string | null }>(
      'hub',
      `SELECT case_number, risk_level FROM joint_case WHERE created_at >= $1 AND created_at < $2`,
      [FROM, UNTIL],
    );
    stored = new Map(rows.map((r) => [r.case_number, r.risk_level]));
    // The demo data must hold warnings for the test to mean anything.
    expect([...stored.values()].filter((level) => level === 'RED' || level === 'ORANGE').length).toBeGreaterThan(0);
  });
  afterAll(() => t.close());

  /** The ledger the user exports, as { case number → printed 风险等级 }. */
  async function ledger(department: string, role: Role): Promise<Map<string, string>> {
    const { body } = await t.graphql<{ exportWorkLedger: { rowCount: number; contentBase64: string } }>(EXPORT, {
      token: await t.token(department, role),
      variables: { from: FROM, until: UNTIL },
    });
    expect(body.errors).toBeUndefined();
    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.from(body.data!.exportWorkLedger.contentBase64, 'base64') as never);
    const sheet = workbook.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).map((v) => (v === undefined || v === null ? '' : String(v)));
    const caseColumn = header.indexOf(CASE_NUMBER);
    const riskColumn = header.indexOf(RISK_LEVEL);
    expect(caseColumn).toBeGreaterThan(0);
    expect(riskColumn).toBeGreaterThan(0);
    const printed = new Map<string, string>();
    for (let n = 2; n <= sheet.rowCount; n++) {
      const row = sheet.getRow(n);
      const value = row.getCell(riskColumn).value;
      printed.set(String(row.getCell(caseColumn).value), value === null || value === undefined ? '' : String(value));
    }
    expect(printed.size).toBe(body.data!.exportWorkLedger.rowCount);
    return printed;
  }

  it.each([Role.CLERK, Role.SUPERVISOR, Role.AUDITOR])(
    "prints each case's level in the governance centre's own ledger (%s)",
    async (role) => {
      const printed = await ledger(GOVERNANCE_CENTRE, role);
      expect(printed.size).toBe(stored.size);
      for (const [caseNumber, level] of stored) {
        expect([caseNumber, printed.get(caseNumber)]).toEqual([
          caseNumber,
          level === null ? '未研判' : PRINTED_LEVEL[level],
        ]);
      }
    },
  );

  const bodies = registeredDepartments.map((d) => d.code);
  it.each(bodies.flatMap((body) => [Role.CHIEF, Role.SUPERVISOR].map((role) => [body, role] as const)))(
    "prints an empty 风险等级 cell for every case in the ledger of %s's %s",
    async (department, role) => {
      const printed = await ledger(department, role);
      // Each body takes part in some demo cases, so the ledger has rows whose cell could leak.
      expect(printed.size).toBeGreaterThan(0);
      for (const [caseNumber, cell] of printed) {
        expect(stored.has(caseNumber)).toBe(true);
        expect([caseNumber, cell]).toEqual([caseNumber, '']);
      }
    },
  );
});
