import { CaseStatisticsService } from '../../src/cases/statistics/case-statistics.service';
import { SupervisionService } from '../../src/cases/statistics/supervision.service';
import { HUB_STATEMENTS } from '../../src/runtime/hub-data-source';
import { Role, startTestHub, type TestHub } from '../support/test-hub';

/**
 * A small fixed set of joint cases taken in during 2025 (the demo seed's cases are taken in
 * from 2026 on, so they lie outside the period). Every expectation below is worked out by hand
 * from this table, not by running the hub's SQL again.
 *
 * | case | taken in (+08:00)   | status               | lead            | also taking part   | category        | grid | risk   | deadline   | agreed after | confirmed | failed | handler      |
 * |------|---------------------|----------------------|-----------------|--------------------|-----------------|------|--------|------------|--------------|-----------|--------|--------------|
 * | 01   | 2025-01-01 00:00:00 | INTAKE               | –               | –                  | NEIGHBOUR       | G1   | –      | –          |              |           |        |              |
 * | 02   | 2025-02-01          | ASSESSED             | –               | –                  | NEIGHBOUR       | G1   | RED    | –          |              |           |        |              |
 * | 03   | 2025-02-10          | ASSIGNED             | JUDICIAL_OFFICE | POLICE             | NEIGHBOUR       | G1   | ORANGE | 2025-03-01 |              |           |        | 李调解 (JO)  |
 * | 04   | 2025-03-01          | IN_MEDIATION         | JUDICIAL_OFFICE | COURT              | FAMILY_MARRIAGE | G2   | RED    | 2099       |              |           |        | 王调解 (JO)  |
 * | 05   | 2025-03-10          | AGREEMENT_REACHED    | JUDICIAL_OFFICE |                    | NEIGHBOUR       | G1   | YELLOW | 2025-04-01 | 10 days      |           |        | 李调解 (JO)  |
 * | 06   | 2025-04-01          | JUDICIALLY_CONFIRMED | JUDICIAL_OFFICE | COURT              | FAMILY_MARRIAGE | G2   | ORANGE | 2099       | 4 days       | yes       |        | 王调解 (JO)  |
 * | 07   | 2025-05-01          | FAILED               | POLICE          | JUDICIAL_OFFICE    | NEIGHBOUR       | G3   | RED    | 2025-06-01 |              |           | yes    | 张警官 (POL) |
 * | 08   | 2025-06-01          | REFERRED             | COURT           | JUDICIAL_OFFICE    | WAGES           | G3   | ORANGE | 2099       |              |           | yes    | 赵法官 (CRT) |
 * | 09   | 2025-07-01          | FOLLOW_UP            | JUDICIAL_OFFICE | POLICE             | WAGES           | G2   | BLUE   | 2025-07-20 | 7 days       |           |        | 王调解 (JO)  |
 * | 10   | 2025-07-15          | FOLLOW_UP (history only: →FAILED→REFERRED→FOLLOW_UP, no outcome columns) | POLICE | WOMENS_FEDERATION | FAMILY_MARRIAGE | G3 | RED | 2099 | | | | 张警官 (POL) |
 * | 11   | 2025-08-01          | CLOSED               | COURT           | JUDICIAL_OFFICE    | FAMILY_MARRIAGE | G2   | ORANGE | 2025-09-01 | 20 days      | yes       |        | 赵法官 (CRT) |
 * | 12   | 2025-09-01          | CLOSED (imported: no outcome in columns or history) | POLICE | – | NEIGHBOUR | G1 | – | 2025-09-10 |  |  |  | 张警官 (POL) |
 * | 13   | 2025-10-01          | WITHDRAWN            | JUDICIAL_OFFICE |                    | NEIGHBOUR       | G1   | RED    | 2025-10-15 |              |           |        | 李调解 (JO)  |
 * | 14   | 2025-11-01          | CLOSED               | JUDICIAL_OFFICE | COURT              | WAGES           | G3   | RED    | 2099       |              |           | yes    | 王调解 (JO)  |
 * | 15   | 2025-12-31 23:59:59 | AGREEMENT_REACHED    | JUDICIAL_OFFICE |                    | NEIGHBOUR       | G1   | RED    | 2099       | 1 day        |           |        | 李调解 (JO)  |
 * | 16   | 2026-01-01 00:00:00 | INTAKE (= until: outside the period)             | JUDICIAL_OFFICE |  | NEIGHBOUR | G1 | RED | – | | | | |
 * | 17   | 2024-12-31 23:59:59 | IN_MEDIATION (before from: outside the period)   | JUDICIAL_OFFICE |  | NEIGHBOUR | G1 | RED | 2025-01-10 | | | | 李调解 (JO) |
 *
 * The lead body always takes part too. Handled = 05 06 07 08 09 10 11 14 15 (10 by its history
 * alone; 12 and 13 are not). Settled = 05 06 09 11 15. Overdue (超期: a running clock past its
 * deadline) = 03 (handling clock, ASSIGNED) and 05 (follow-up clock: agreement reached, follow-up
 * due 2025-05-10 and not recorded); 07 FAILED and 09 FOLLOW_UP run no clock, 11, 12, 13 are
 * finished, 17 is outside the period. Early warnings = 02 03 04 06 07 08 10 11 13 14 15.
 */

const G1 = '曙光社区第1网格';
const G2 = '西溪社区第2网格';
const G3 = '翠苑一区社区第3网格';
const PAST = (date: string) => `${date}T12:00:00+08:00`;
const FUTURE = '2099-01-01T12:00:00+08:00';
const FROM = '2025-01-01T00:00:00+08:00';
const UNTIL = '2026-01-01T00:00:00+08:00';

interface FixtureCase {
  n: string;
  created: string;
  status: string;
  lead: string | null;
  also?: string[];
  category: string;
  grid: string;
  risk?: string;
  deadline?: string;
  agreedAfterDays?: number;
  confirmation?: string;
  failure?: string;
  referral?: string;
  closed?: string;
  followUpDeadline?: string;
  handler?: [string, string];
  history?: Array<[string, string, string]>;
}

const JO = 'JUDICIAL_OFFICE';
const LI: [string, string] = ['李调解', JO];
const WANG: [string, string] = ['王调解', JO];
const ZHANG: [string, string] = ['张警官', 'POLICE'];
const ZHAO: [string, string] = ['赵法官', 'COURT'];

const FIXTURE: FixtureCase[] = [
  { n: '01', created: '2025-01-01T00:00:00+08:00', status: 'INTAKE', lead: null, category: 'NEIGHBOUR', grid: G1 },
  {
    n: '02',
    created: '2025-02-01T09:00:00+08:00',
    status: 'ASSESSED',
    lead: null,
    category: 'NEIGHBOUR',
    grid: G1,
    risk: 'RED',
  },
  {
    n: '03',
    created: '2025-02-10T09:00:00+08:00',
    status: 'ASSIGNED',
    lead: JO,
    also: ['POLICE'],
    category: 'NEIGHBOUR',
    grid: G1,
    risk: 'ORANGE',
    deadline: PAST('2025-03-01'),
    handler: LI,
  },
  {
    n: '04',
    created: '2025-03-01T09:00:00+08:00',
    status: 'IN_MEDIATION',
    lead: JO,
    also: ['COURT'],
    category: 'FAMILY_MARRIAGE',
    grid: G2,
    risk: 'RED',
    deadline: FUTURE,
    handler: WANG,
  },
  {
    n: '05',
    created: '2025-03-10T09:00:00+08:00',
    status: 'AGREEMENT_REACHED',
    lead: JO,
    category: 'NEIGHBOUR',
    grid: G1,
    risk: 'YELLOW',
    deadline: PAST('2025-04-01'),
    agreedAfterDays: 10,
    followUpDeadline: PAST('2025-05-10'),
    handler: LI,
  },
  {
    n: '06',
    created: '2025-04-01T09:00:00+08:00',
    status: 'JUDICIALLY_CONFIRMED',
    lead: JO,
    also: ['COURT'],
    category: 'FAMILY_MARRIAGE',
    grid: G2,
    risk: 'ORANGE',
    deadline: FUTURE,
    agreedAfterDays: 4,
    confirmation: '(2025)浙0106民特1号',
    handler: WANG,
  },
  {
    n: '07',
    created: '2025-05-01T09:00:00+08:00',
    status: 'FAILED',
    lead: 'POLICE',
    also: [JO],
    category: 'NEIGHBOUR',
    grid: G3,
    risk: 'RED',
    deadline: PAST('2025-06-01'),
    failure: '双方分歧过大',
    handler: ZHANG,
  },
  {
    n: '08',
    created: '2025-06-01T09:00:00+08:00',
    status: 'REFERRED',
    lead: 'COURT',
    also: [JO],
    category: 'WAGES',
    grid: G3,
    risk: 'ORANGE',
    deadline: FUTURE,
    failure: '用人单位拒不到场',
    referral: 'LITIGATION',
    handler: ZHAO,
  },
  {
    n: '09',
    created: '2025-07-01T09:00:00+08:00',
    status: 'FOLLOW_UP',
    lead: JO,
    also: ['POLICE'],
    category: 'WAGES',
    grid: G2,
    risk: 'BLUE',
    deadline: PAST('2025-07-20'),
    agreedAfterDays: 7,
    handler: WANG,
  },
  {
    n: '10',
    created: '2025-07-15T09:00:00+08:00',
    status: 'FOLLOW_UP',
    lead: 'POLICE',
    also: ['WOMENS_FEDERATION'],
    category: 'FAMILY_MARRIAGE',
    grid: G3,
    risk: 'RED',
    deadline: FUTURE,
    handler: ZHANG,
    history: [
      ['FAIL', 'IN_MEDIATION', 'FAILED'],
      ['REFER', 'FAILED', 'REFERRED'],
      ['START_FOLLOW_UP', 'REFERRED', 'FOLLOW_UP'],
    ],
  },
  {
    n: '11',
    created: '2025-08-01T09:00:00+08:00',
    status: 'CLOSED',
    lead: 'COURT',
    also: [JO],
    category: 'FAMILY_MARRIAGE',
    grid: G2,
    risk: 'ORANGE',
    deadline: PAST('2025-09-01'),
    agreedAfterDays: 20,
    confirmation: '(2025)浙0106民特2号',
    closed: '2025-10-10T10:00:00+08:00',
    handler: ZHAO,
  },
  {
    n: '12',
    created: '2025-09-01T09:00:00+08:00',
    status: 'CLOSED',
    lead: 'POLICE',
    category: 'NEIGHBOUR',
    grid: G1,
    deadline: PAST('2025-09-10'),
    closed: '2025-09-20T10:00:00+08:00',
    handler: ZHANG,
  },
  {
    n: '13',
    created: '2025-10-01T09:00:00+08:00',
    status: 'WITHDRAWN',
    lead: JO,
    category: 'NEIGHBOUR',
    grid: G1,
    risk: 'RED',
    deadline: PAST('2025-10-15'),
    handler: LI,
  },
  {
    n: '14',
    created: '2025-11-01T09:00:00+08:00',
    status: 'CLOSED',
    lead: JO,
    also: ['COURT'],
    category: 'WAGES',
    grid: G3,
    risk: 'RED',
    deadline: FUTURE,
    failure: '申请人放弃调解',
    referral: 'ARBITRATION',
    closed: '2025-12-01T10:00:00+08:00',
    handler: WANG,
  },
  {
    n: '15',
    created: '2025-12-31T23:59:59+08:00',
    status: 'AGREEMENT_REACHED',
    lead: JO,
    category: 'NEIGHBOUR',
    grid: G1,
    risk: 'RED',
    deadline: FUTURE,
    agreedAfterDays: 1,
    handler: LI,
  },
  {
    n: '16',
    created: '2026-01-01T00:00:00+08:00',
    status: 'INTAKE',
    lead: JO,
    category: 'NEIGHBOUR',
    grid: G1,
    risk: 'RED',
  },
  {
    n: '17',
    created: '2024-12-31T23:59:59+08:00',
    status: 'IN_MEDIATION',
    lead: JO,
    category: 'NEIGHBOUR',
    grid: G1,
    risk: 'RED',
    deadline: PAST('2025-01-10'),
    handler: LI,
  },
];

async function insertFixture(t: TestHub): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const c of FIXTURE) {
    const participating = c.lead ? [c.lead, ...(c.also ?? [])] : [];
    const agreed =
      c.agreedAfterDays === undefined
        ? null
        : new Date(Date.parse(c.created) + c.agreedAfterDays * 86_400_000).toISOString();
    const [row] = await t.databases.sql<{ id: string }>(
      'hub',
      `INSERT INTO joint_case (case_number, title, category, status, lead_department, participating_departments, community, grid,
                               created_at, risk_level, deadline, agreement_reached_at, confirmation_number, failure_reason,
                               referral_channel, closed_at, handler, handler_department, follow_up_deadline)
       VALUES ($1, $2, $3, $4, $5, $6, '测试社区', $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) RETURNING id`,
      [
        `TJ-${c.n}`,
        `统计测试案件 ${c.n}`,
        c.category,
        c.status,
        c.lead,
        participating,
        c.grid,
        c.created,
        c.risk ?? null,
        c.deadline ?? null,
        agreed,
        c.confirmation ?? null,
        c.failure ?? null,
        c.referral ?? null,
        c.closed ?? null,
        c.handler?.[0] ?? null,
        c.handler?.[1] ?? null,
        c.followUpDeadline ?? null,
      ],
    );
    ids.set(c.n, row.id);
    for (const [action, from, to] of c.history ?? []) {
      await t.databases.sql(
        'hub',
        `INSERT INTO joint_case_history (joint_case_id, action, from_status, to_status, actor_user, actor_department, actor_role, at)
         VALUES ($1, $2, $3, $4, '张警官', 'POLICE', 'MEDIATOR', $5)`,
        [row.id, action, from, to, c.created],
      );
    }
  }
  return ids;
}

const STATISTICS = `
  query Statistics($from: DateTimeISO!, $until: DateTimeISO!, $groupBy: StatisticsGrouping!) {
    caseStatistics(from: $from, until: $until, groupBy: $groupBy) {
      groupBy smallCellThreshold
      rows { ...Cells }
      total { ...Cells }
    }
  }
  fragment Cells on CaseStatisticsRow {
    key label casesTakenIn handled settled handledRate successRate judicialConfirmations averageDaysToSettle overdue earlyWarnings
  }`;

interface Cells {
  key: string | null;
  label: string;
  casesTakenIn: number;
  handled: number;
  settled: number;
  handledRate: number | null;
  successRate: number | null;
  judicialConfirmations: string;
  averageDaysToSettle: number | null;
  overdue: number;
  earlyWarnings: string;
}

interface StatisticsResult {
  caseStatistics: { groupBy: string; smallCellThreshold: number; rows: Cells[]; total: Cells };
}

/** One expected row, in the order of the GraphQL fields. */
function cells(
  key: string | null,
  label: string,
  [casesTakenIn, handled, settled]: [number, number, number],
  [handledRate, successRate]: [number | null, number | null],
  judicialConfirmations: string,
  averageDaysToSettle: number | null,
  overdue: number,
  earlyWarnings: string,
): Cells {
  return {
    key,
    label,
    casesTakenIn,
    handled,
    settled,
    handledRate,
    successRate,
    judicialConfirmations,
    averageDaysToSettle,
    overdue,
    earlyWarnings,
  };
}

const CASE_FIELDS = 'caseNumber status deadline leadDepartment';
const OVERDUE = `query($first: Int!, $after: String) {
  overdueCases(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${CASE_FIELDS} } } } }`;
const WORKLOAD = `{ handlerWorkload { handler department openCases overdueCases } }`;

interface OverdueResult {
  overdueCases: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ node: { caseNumber: string; status: string; deadline: string; leadDepartment: string } }>;
  };
}

describe(CaseStatisticsService.name, () => {
  let t: TestHub;

  beforeAll(async () => {
    t = await startTestHub();
    await insertFixture(t);
  });
  afterAll(() => t.close());

  async function statistics(groupBy: string, department = 'GOVERNANCE_CENTRE', role: Role = Role.SUPERVISOR) {
    const token = await t.token(department, role);
    return t.graphql<StatisticsResult>(STATISTICS, { token, variables: { from: FROM, until: UNTIL, groupBy } });
  }

  it('counts, for the centre by lead body, the cases taken in during [from, until) with their rates, average days to settle, overdue and small cells', async () => {
    const [{ n }] = await t.databases.sql<{ n: number }>(
      'hub',
      `SELECT count(*)::int AS n FROM joint_case WHERE created_at >= '2026-01-01' AND case_number NOT LIKE 'TJ-%'`,
    );
    expect(n).toBeGreaterThan(0); // the demo cases exist, and lie outside the period

    const { body } = await statistics('DEPARTMENT');
    expect(body.errors).toBeUndefined();
    const result = body.data!.caseStatistics;
    expect(result.smallCellThreshold).toBe(5);
    expect(result.rows).toEqual([
      // JO leads 03 04 05 06 09 13 14 15: handled 05 06 09 14 15; settled 05 06 09 15 (10+4+7+1 days); overdue 03 05; warnings 03 04 06 13 14 15.
      cells('JUDICIAL_OFFICE', '司法所', [8, 5, 4], [5 / 8, 4 / 5], '<5', 5.5, 2, '6'),
      // POLICE leads 07 10 12: handled 07 and 10 (by its history); 12 is closed with no outcome on record; 07 FAILED runs no clock.
      cells('POLICE', '派出所', [3, 2, 0], [2 / 3, 0], '<5', null, 0, '<5'),
      // COURT leads 08 11: both handled, 11 settled in 20 days and confirmed.
      cells('COURT', '人民法庭', [2, 2, 1], [1, 1 / 2], '<5', 20, 0, '<5'),
      // 01 and 02 have no lead body yet.
      cells(null, '未分派牵头单位', [2, 0, 0], [0, null], '<5', null, 0, '<5'),
    ]);
    // 01–15: handled 9, settled 5 in (10+4+7+20+1)/5 = 8.4 days, 2 confirmations, overdue 03 05, 11 warnings.
    expect(result.total).toEqual(cells(null, '合计', [15, 9, 5], [9 / 15, 5 / 9], '<5', 8.4, 2, '11'));
  });

  it('breaks the same cases down by category, showing a warning count of exactly five as "5" and smaller ones as "<5"', async () => {
    const { body } = await statistics('CATEGORY');
    expect(body.errors).toBeUndefined();
    expect(body.data!.caseStatistics.rows).toEqual([
      // 01 02 03 05 07 12 13 15: handled 05 07 15; settled 05 15 (10, 1); overdue 03 05; warnings 02 03 07 13 15.
      cells('NEIGHBOUR', '邻里纠纷', [8, 3, 2], [3 / 8, 2 / 3], '<5', 5.5, 2, '5'),
      // 04 06 10 11: handled 06 10 11; settled 06 11 (4, 20); warnings all four.
      cells('FAMILY_MARRIAGE', '婚姻家庭纠纷', [4, 3, 2], [3 / 4, 2 / 3], '<5', 12, 0, '<5'),
      // 08 09 14: all handled; settled 09 (7); none overdue (09 is in FOLLOW_UP); warnings 08 14.
      cells('WAGES', '劳动争议/欠薪', [3, 3, 1], [1, 1 / 3], '<5', 7, 0, '<5'),
    ]);
    expect(body.data!.caseStatistics.total.casesTakenIn).toBe(15);
  });

  it('breaks them down by grid, equal counts in code-point order of the grid name', async () => {
    const { body } = await statistics('GRID');
    expect(body.errors).toBeUndefined();
    expect(
      body.data!.caseStatistics.rows.map((r) => [
        r.key,
        r.casesTakenIn,
        r.handled,
        r.settled,
        r.overdue,
        r.earlyWarnings,
      ]),
    ).toEqual([
      [G1, 7, 2, 2, 2, '<5'], // 01 02 03 05 12 13 15: handled 05 15; overdue 03 05; warnings 02 03 13 15
      [G3, 4, 4, 0, 0, '<5'], // 07 08 10 14: all handled (10 by its history), none settled; none overdue; warnings all four
      [G2, 4, 3, 3, 0, '<5'], // 04 06 09 11: handled 06 09 11; settled 06 09 11; none overdue; warnings 04 06 11
    ]);
  });

  it("gives a body's chief only the cases the body leads or takes part in", async () => {
    const { body } = await statistics('DEPARTMENT', 'COURT', Role.CHIEF);
    expect(body.errors).toBeUndefined();
    expect(body.data!.caseStatistics.rows).toEqual([
      // COURT takes part in 04 06 14 (led by JO): handled 06 14; settled 06 in 4 days; warnings 04 06 14.
      cells('JUDICIAL_OFFICE', '司法所', [3, 2, 1], [2 / 3, 1 / 2], '<5', 4, 0, '<5'),
      cells('COURT', '人民法庭', [2, 2, 1], [1, 1 / 2], '<5', 20, 0, '<5'),
    ]);
    expect(body.data!.caseStatistics.total).toEqual(cells(null, '合计', [5, 4, 2], [4 / 5, 2 / 4], '<5', 12, 0, '5'));
  });

  it('answers in one statement to the hub database', async () => {
    const token = await t.token('GOVERNANCE_CENTRE', Role.SUPERVISOR);
    t.hub.sources.statements.reset();
    const { body } = await t.graphql(STATISTICS, { token, variables: { from: FROM, until: UNTIL, groupBy: 'GRID' } });
    expect(body.errors).toBeUndefined();
    expect(t.hub.sources.statements.count(HUB_STATEMENTS)).toBe(1);
  });

  it('refuses the staff of a body who are not its chief or supervisor with FORBIDDEN, and a period that ends before it starts', async () => {
    for (const role of [Role.MEDIATOR, Role.CLERK, Role.AUDITOR]) {
      const { body } = await statistics('CATEGORY', 'POLICE', role);
      expect(body.data).toBeNull();
      expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const token = await t.token('GOVERNANCE_CENTRE', Role.SUPERVISOR);
    const { body } = await t.graphql(STATISTICS, { token, variables: { from: UNTIL, until: FROM, groupBy: 'GRID' } });
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe(SupervisionService.name, () => {
  let t: TestHub;

  beforeAll(async () => {
    t = await startTestHub();
    await insertFixture(t);
    // Supervision lists are "as of now", over every case: take the demo cases' deadlines and
    // handlers away so that only the fixed set above can appear in them.
    await t.databases.sql(
      'hub',
      `UPDATE joint_case SET deadline = NULL, follow_up_deadline = NULL, handler = NULL, handler_department = NULL WHERE case_number NOT LIKE 'TJ-%'`,
    );
  });
  afterAll(() => t.close());

  async function overdue(department: string, first: number, after: string | null = null) {
    const token = await t.token(department, Role.CHIEF);
    const { body } = await t.graphql<OverdueResult>(OVERDUE, { token, variables: { first, after } });
    expect(body.errors).toBeUndefined();
    return body.data!.overdueCases;
  }

  it('lists the cases whose running clock is past its deadline, oldest deadline first, page by page, whatever their intake date', async () => {
    // 17 (deadline 01-10, taken in 2024), 03 (03-01), 05 (follow-up due 05-10); 07 FAILED and 09 FOLLOW_UP run no clock; 11, 12, 13 are finished.
    const first = await overdue('GOVERNANCE_CENTRE', 2);
    expect(first.totalCount).toBe(3);
    expect(first.edges.map((e) => e.node.caseNumber)).toEqual(['TJ-17', 'TJ-03']);
    expect(first.edges[0].node).toEqual({
      caseNumber: 'TJ-17',
      status: 'IN_MEDIATION',
      deadline: '2025-01-10T04:00:00.000Z',
      leadDepartment: JO,
    });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await overdue('GOVERNANCE_CENTRE', 2, first.pageInfo.endCursor);
    expect(second.edges.map((e) => e.node.caseNumber)).toEqual(['TJ-05']);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it("lists for a body's chief only the overdue cases the body leads or takes part in", async () => {
    // POLICE takes part in 03 and 09 and leads 07: only 03's clock runs past its deadline.
    const police = await overdue('POLICE', 20);
    expect(police.totalCount).toBe(1);
    expect(police.edges.map((e) => e.node.caseNumber)).toEqual(['TJ-03']);
    const court = await overdue('COURT', 20);
    expect(court.totalCount).toBe(0);
    expect(court.edges).toEqual([]);
  });

  it("counts each first handler's open and overdue cases, most overdue first", async () => {
    const centre = await t.graphql<{ handlerWorkload: unknown[] }>(WORKLOAD, {
      token: await t.token('GOVERNANCE_CENTRE', Role.SUPERVISOR),
    });
    expect(centre.body.errors).toBeUndefined();
    expect(centre.body.data!.handlerWorkload).toEqual([
      { handler: '李调解', department: JO, openCases: 4, overdueCases: 3 }, // open 03 05 15 17; overdue 03 05 17 (13 is withdrawn)
      { handler: '王调解', department: JO, openCases: 3, overdueCases: 0 }, // open 04 06 09; none overdue (14 is closed)
      { handler: '张警官', department: 'POLICE', openCases: 2, overdueCases: 0 }, // open 07 10; none overdue (12 is closed)
      { handler: '赵法官', department: 'COURT', openCases: 1, overdueCases: 0 }, // open 08 (11 is closed)
    ]);
    // The judicial office does not take part in 10, so 张警官 has one open case in its view.
    const jo = await t.graphql<{ handlerWorkload: unknown[] }>(WORKLOAD, { token: await t.token(JO, Role.CHIEF) });
    expect(jo.body.data!.handlerWorkload).toEqual([
      { handler: '李调解', department: JO, openCases: 4, overdueCases: 3 },
      { handler: '王调解', department: JO, openCases: 3, overdueCases: 0 },
      { handler: '张警官', department: 'POLICE', openCases: 1, overdueCases: 0 },
      { handler: '赵法官', department: 'COURT', openCases: 1, overdueCases: 0 },
    ]);
  });

  it('refuses a mediator of a body with FORBIDDEN', async () => {
    const token = await t.token('POLICE', Role.MEDIATOR);
    for (const query of [WORKLOAD, `{ overdueCases(first: 5) { totalCount } }`]) {
      const { body } = await t.graphql(query, { token });
      expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });
});
