import { Role, startTestHub, type TestHub } from '../support/test-hub';

/**
 * The signs that a dispute may turn violent (民转刑), each from the body that holds it, fire on
 * the demo data with a reason naming that body — and none fires once the centre has no
 * RISK_SCREENING agreement with that body.
 */

const REASSESS = `mutation($id: ID!) { reassessJointCaseRisk(id: $id) {
  id riskLevel riskUnavailableSources
  riskReasons { rule level department withheld description source { department recordType recordId } }
  careMarkers { rule level department }
} }`;

interface Reason {
  rule: string;
  level: string;
  department: string | null;
  withheld: boolean;
  description: string;
  source: { department: string } | null;
}
interface Assessed {
  reassessJointCaseRisk: {
    id: string;
    riskLevel: string;
    riskUnavailableSources: string[];
    riskReasons: Reason[];
    careMarkers: Reason[];
  };
}

/** Each new rule, the body it reads, and how to find the open cases whose parties that body holds such a record of. */
const RULES: Array<{ rule: string; department: string; residents: string; database: string }> = [
  {
    rule: 'community-correction',
    department: 'JUDICIAL_OFFICE',
    database: 'JUDICIAL_OFFICE',
    residents: `SELECT id_card_no::text AS r FROM correction_subject WHERE ends_on >= current_date`,
  },
  {
    rule: 'serious-mental-disorder',
    department: 'CIVIL_AFFAIRS',
    database: 'CIVIL_AFFAIRS',
    residents: `SELECT id_card_no::text AS r FROM mental_rehab_subject WHERE is_serious AND management_status IN ('MANAGED', 'LOST_CONTACT')`,
  },
  {
    rule: 'threat-noted',
    department: 'SECURITY_COMMITTEE',
    database: 'SECURITY_COMMITTEE',
    residents: `SELECT p.id_card_no::text AS r FROM grid_screening_person p JOIN grid_screening_entry e ON e.id = p.screening_entry_id WHERE e.risk_note ~ '扬言.{0,6}(报复|自杀)|极端'`,
  },
  {
    rule: 'protection-order',
    department: 'COURT',
    database: 'COURT',
    residents: `SELECT applicant_id_card_no::text AS r FROM protection_order WHERE order_status = 'EFFECTIVE' AND effective_until >= current_date`,
  },
  {
    rule: 'repeated-petition',
    department: 'PETITIONS',
    database: 'PETITIONS',
    residents: `SELECT p.id_card_no::text AS r FROM xf_petitioner p JOIN xf_matter m ON m.id = p.matter_id WHERE (m.is_repeated OR m.is_skip_level) AND m.resolution_status = 'UNRESOLVED'`,
  },
  {
    rule: 'wage-arrears',
    department: 'LABOUR',
    database: 'LABOUR',
    residents: `SELECT complainant_id_no::text AS r FROM jc_wage_complaint WHERE workers_involved >= 10 AND complaint_status <> 'PAID'`,
  },
];

async function openCasesOf(t: TestHub, database: string, residentsSql: string, limit = 3): Promise<string[]> {
  const residents = (await t.databases.sql<{ r: string }>(database, residentsSql)).map((row) => row.r);
  const rows = await t.databases.sql<{ id: string }>(
    'hub',
    `SELECT DISTINCT c.id, c.case_number FROM joint_case c JOIN joint_case_party p ON p.joint_case_id = c.id
      WHERE p.resident_id = ANY($1) AND c.status NOT IN ('CLOSED', 'WITHDRAWN', 'NOT_ACCEPTED') ORDER BY c.case_number LIMIT $2`,
    [residents, limit],
  );
  return rows.map((r) => r.id);
}

async function reassess(t: TestHub, id: string): Promise<Assessed['reassessJointCaseRisk']> {
  const { body } = await t.graphql<Assessed>(REASSESS, {
    token: await t.token('GOVERNANCE_CENTRE', Role.CLERK),
    variables: { id },
  });
  expect(body.errors).toBeUndefined();
  return body.data!.reassessJointCaseRisk;
}

describe('new early-warning rules on the demo data', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub();
  }, 120_000);
  afterAll(() => t.close(), 120_000);

  it.each(RULES)(
    '$rule fires on a demo case with its reason naming $department',
    async ({ rule, department, database, residents }) => {
      const cases = await openCasesOf(t, database, residents);
      expect(cases.length).toBeGreaterThan(0);
      const fired: Reason[] = [];
      for (const id of cases) fired.push(...(await reassess(t, id)).riskReasons.filter((r) => r.rule === rule));
      expect(fired.length).toBeGreaterThan(0);
      for (const reason of fired) {
        expect(reason.withheld).toBe(false);
        expect(reason.department).toBe(department);
        expect(reason.source!.department).toBe(department);
        expect(['RED', 'ORANGE', 'YELLOW']).toContain(reason.level);
      }
    },
  );

  it('keeps care markers (低保, 特困, 高龄, 未成年) apart from the reasons, at BLUE, never raising the level', async () => {
    // Cases with a minor or an elderly party, or a party on social assistance.
    const assisted = (
      await t.databases.sql<{ r: string }>(
        'CIVIL_AFFAIRS',
        `SELECT id_card_no::text AS r FROM assistance_entitlement WHERE entitlement_status = 'ACTIVE'`,
      )
    ).map((x) => x.r);
    const rows = await t.databases.sql<{ id: string }>(
      'hub',
      `SELECT DISTINCT c.id, c.case_number FROM joint_case c JOIN joint_case_party p ON p.joint_case_id = c.id
        WHERE c.status NOT IN ('CLOSED', 'WITHDRAWN', 'NOT_ACCEPTED') AND (p.resident_id = ANY($1) OR substr(p.resident_id, 7, 4)::int >= 2009 OR substr(p.resident_id, 7, 4)::int <= 1955)
        ORDER BY c.case_number LIMIT 6`,
      [assisted],
    );
    let markers = 0;
    for (const { id } of rows) {
      const assessed = await reassess(t, id);
      markers += assessed.careMarkers.length;
      for (const marker of assessed.careMarkers) expect(marker.level).toBe('BLUE');
      expect(assessed.riskReasons.map((r) => r.rule)).not.toEqual(expect.arrayContaining(['vulnerable-party-age']));
      expect(assessed.riskReasons.map((r) => r.rule)).not.toContain('vulnerable-party-assistance');
      // The level is exactly the highest of the reasons: the markers add nothing.
      const order = ['BLUE', 'YELLOW', 'ORANGE', 'RED'];
      const highest = assessed.riskReasons.reduce(
        (top, r) => (order.indexOf(r.level) > order.indexOf(top) ? r.level : top),
        'BLUE',
      );
      expect(assessed.riskLevel).toBe(highest);
    }
    expect(markers).toBeGreaterThan(0);
  });
});

describe('new early-warning rules without the RISK_SCREENING agreements', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub();
    // The centre's chief revokes every RISK_SCREENING agreement the new rules read under.
    const agreements = await t.databases.sql<{ id: string }>(
      'hub',
      `SELECT id FROM agreement WHERE consumer = 'GOVERNANCE_CENTRE' AND purpose = 'RISK_SCREENING' AND provider = ANY($1)`,
      [[...new Set(RULES.map((r) => r.department))]],
    );
    expect(agreements.length).toBeGreaterThanOrEqual(6);
    const chief = await t.token('GOVERNANCE_CENTRE', Role.CHIEF);
    for (const { id } of agreements) {
      const { body } = await t.graphql(
        `mutation($id: ID!) { revokeAgreement(id: $id, reason: "预警研判协议到期不再续签") { status } }`,
        { token: chief, variables: { id } },
      );
      expect(body.errors).toBeUndefined();
    }
  }, 120_000);
  afterAll(() => t.close(), 120_000);

  it.each(RULES)(
    '$rule never fires when the centre has no RISK_SCREENING agreement with $department',
    async ({ rule, database, residents }) => {
      const cases = await openCasesOf(t, database, residents);
      expect(cases.length).toBeGreaterThan(0);
      for (const id of cases) {
        const assessed = await reassess(t, id);
        expect(assessed.riskReasons.map((r) => r.rule)).not.toContain(rule);
        // Denied by agreement is not "unavailable": the assessment does not claim the body was down.
        expect(assessed.riskUnavailableSources).toEqual([]);
      }
    },
  );
});
