import { MonthlyReportService } from '../../src/cases/statistics/monthly-report.service';
import { Role, startTestHub, type TestHub } from '../support/test-hub';

/** Midnight in Asia/Shanghai of the day after today, and 365 days before it: a period holding every demo case. */
function demoPeriod(): { from: string; until: string } {
  const shanghaiToday = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const until = new Date(Date.parse(`${shanghaiToday}T00:00:00+08:00`) + 86_400_000);
  const from = new Date(until.getTime() - 365 * 86_400_000);
  return { from: from.toISOString(), until: until.toISOString() };
}

interface RawCase {
  id: string;
  case_number: string;
  status: string;
  created_at: Date;
  handling_stopped_at: Date | null;
  deadline: Date | null;
  agreement_reached_at: Date | null;
  risk_level: string | null;
  confirmed_on: string | null;
  satisfaction: string | null;
  follow_up_at: Date | null;
  performance_status: string | null;
  last_due: string | null;
  handler: string | null;
}

interface ReportRow {
  key: string | null;
  carriedOver: number;
  received: number;
  concluded: number;
  pending: number;
  handled: number;
  settled: number;
  concludedOnTime: number;
  earlyWarnings: string;
  judicialConfirmations: string;
  agreementsDue: number;
  agreementsPerformed: number;
  followUps: number;
  satisfiedFollowUps: number;
  notAccepted: number;
  handledRate: number | null;
  successRate: number | null;
  onTimeRate: number | null;
  earlyWarningRate: number | null;
  performanceRate: number | null;
  satisfactionRate: number | null;
}

const ROW = `key carriedOver received concluded pending handled settled concludedOnTime earlyWarnings judicialConfirmations agreementsDue agreementsPerformed
  followUps satisfiedFollowUps notAccepted handledRate successRate onTimeRate earlyWarningRate performanceRate satisfactionRate`;
const REPORT = `query($from: DateTimeISO!, $until: DateTimeISO!, $groupBy: MonthlyReportGrouping!) {
  monthlyReport(from: $from, until: $until, groupBy: $groupBy) { suppressed rows { ${ROW} } total { ${ROW} } } }`;

const ratio = (n: number, d: number) => (d === 0 ? null : n / d);

/**
 * The 月报 of one window worked out here from the raw rows, by the README's definitions, without
 * the hub's SQL: open at t = taken in before t and not concluded (clock stopped) before t.
 */
function expectedRow(cases: RawCase[], from: number, until: number) {
  const day = (t: number) => new Date(t + 8 * 3_600_000).toISOString().slice(0, 10);
  const [dayFrom, dayUntil] = [day(from), day(until)];
  const accepted = cases.filter((c) => c.status !== 'NOT_ACCEPTED');
  const openAt = (c: RawCase, t: number) =>
    c.created_at.getTime() < t && (c.handling_stopped_at === null || c.handling_stopped_at.getTime() >= t);
  const inWindow = (d: Date | null) => d !== null && d.getTime() >= from && d.getTime() < until;
  const concluded = accepted.filter((c) => inWindow(c.handling_stopped_at));
  const received = accepted.filter((c) => inWindow(c.created_at));
  const handled = concluded.filter((c) => c.status !== 'WITHDRAWN');
  const settled = concluded.filter((c) => c.agreement_reached_at !== null);
  const onTime = concluded.filter(
    (c) => c.deadline === null || c.handling_stopped_at!.getTime() <= c.deadline.getTime(),
  );
  const warnings = received.filter((c) => c.risk_level === 'RED' || c.risk_level === 'ORANGE');
  const due = cases.filter((c) => c.last_due !== null && c.last_due >= dayFrom && c.last_due < dayUntil);
  const followUps = cases.filter((c) => c.satisfaction !== null && inWindow(c.follow_up_at));
  const satisfied = followUps.filter((c) => c.satisfaction === 'SATISFIED' || c.satisfaction === 'BASICALLY_SATISFIED');
  const counts = {
    carriedOver: accepted.filter((c) => openAt(c, from)).length,
    received: received.length,
    concluded: concluded.length,
    pending: accepted.filter((c) => openAt(c, until)).length,
    handled: handled.length,
    settled: settled.length,
    concludedOnTime: onTime.length,
    earlyWarnings: String(warnings.length),
    judicialConfirmations: String(
      cases.filter((c) => c.confirmed_on !== null && c.confirmed_on >= dayFrom && c.confirmed_on < dayUntil).length,
    ),
    agreementsDue: due.length,
    agreementsPerformed: due.filter((c) => c.performance_status === 'PERFORMED').length,
    followUps: followUps.length,
    satisfiedFollowUps: satisfied.length,
    notAccepted: cases.filter((c) => c.status === 'NOT_ACCEPTED' && inWindow(c.created_at)).length,
  };
  return {
    ...counts,
    handledRate: ratio(handled.length, counts.carriedOver + counts.received),
    successRate: ratio(settled.length, handled.length),
    onTimeRate: ratio(onTime.length, concluded.length),
    earlyWarningRate: ratio(warnings.length, received.length),
    performanceRate: ratio(counts.agreementsPerformed, due.length),
    satisfactionRate: ratio(satisfied.length, followUps.length),
  };
}

describe(MonthlyReportService.name, () => {
  let t: TestHub;
  let cases: RawCase[];
  const { from, until } = demoPeriod();

  beforeAll(async () => {
    t = await startTestHub();
    cases = await t.databases.sql<RawCase>(
      'hub',
      `SELECT c.id, c.case_number, c.status, c.created_at, c.handling_stopped_at, c.deadline, c.agreement_reached_at, c.risk_level, c.handler,
              to_char(c.confirmed_on, 'YYYY-MM-DD') AS confirmed_on, c.satisfaction,
              (SELECT max(h.at) FROM joint_case_history h WHERE h.joint_case_id = c.id AND h.action = 'START_FOLLOW_UP') AS follow_up_at,
              a.performance_status,
              (SELECT to_char(max((o->>'dueOn')::date), 'YYYY-MM-DD') FROM jsonb_array_elements(a.obligations) o) AS last_due
         FROM joint_case c LEFT JOIN mediation_agreement a ON a.joint_case_id = c.id`,
    );
  });
  afterAll(() => t.close());

  async function report(groupBy: string, department = 'GOVERNANCE_CENTRE', role = Role.SUPERVISOR) {
    const { body } = await t.graphql<{ monthlyReport: { suppressed: boolean; rows: ReportRow[]; total: ReportRow } }>(
      REPORT,
      {
        token: await t.token(department, role),
        variables: { from, until, groupBy },
      },
    );
    expect(body.errors).toBeUndefined();
    return body.data!.monthlyReport;
  }

  it('gives, for every month of the demo, 旧存 + 新收 − 已结 = 未结, each month opening with what the last one left', async () => {
    const { rows, suppressed } = await report('MONTH');
    expect(suppressed).toBe(false);
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) expect(row.carriedOver + row.received - row.concluded).toBe(row.pending);
    for (let i = 1; i < rows.length; i++) {
      const [prevYear, prevMonth] = rows[i - 1].key!.split('-').map(Number);
      const consecutive =
        rows[i].key ===
        `${prevMonth === 12 ? prevYear + 1 : prevYear}-${String((prevMonth % 12) + 1).padStart(2, '0')}`;
      if (consecutive) expect(rows[i].carriedOver).toBe(rows[i - 1].pending);
    }
  });

  it("gives every month and the total the counts and rates worked out here from the raw rows by the README's formulas", async () => {
    const { rows, total } = await report('MONTH');
    for (const row of rows) {
      const monthStart = Date.parse(`${row.key}-01T00:00:00+08:00`);
      const [y, m] = row.key!.split('-').map(Number);
      const nextMonth = Date.parse(
        `${m === 12 ? y + 1 : y}-${String((m % 12) + 1).padStart(2, '0')}-01T00:00:00+08:00`,
      );
      const expected = expectedRow(
        cases,
        Math.max(monthStart, Date.parse(from)),
        Math.min(nextMonth, Date.parse(until)),
      );
      expect(row).toEqual({ key: row.key, ...expected });
    }
    expect(total).toEqual({ key: null, ...expectedRow(cases, Date.parse(from), Date.parse(until)) });
    // The demo exercises the rates: something handled, settled, followed up and due.
    expect(total.handled).toBeGreaterThan(0);
    expect(total.followUps).toBeGreaterThan(0);
  });

  it('breaks the period down by lead body, category, channel and community, the rows adding up to the total', async () => {
    for (const groupBy of ['DEPARTMENT', 'CATEGORY', 'CHANNEL', 'COMMUNITY']) {
      const { rows, total } = await report(groupBy);
      expect(rows.length).toBeGreaterThan(1);
      for (const field of ['carriedOver', 'received', 'concluded', 'pending', 'handled', 'settled'] as const) {
        expect(rows.reduce((sum, r) => sum + r[field], 0)).toBe(total[field]);
      }
    }
  });

  it("gives the centre exact small counts, and another body's chief early warnings under the small-cell rule", async () => {
    const centre = await report('CATEGORY');
    // The centre's own case counts go upward as they are, small ones included.
    expect(centre.rows.some((r) => r.received > 0 && r.received < 5)).toBe(true);
    for (const row of centre.rows)
      expect([row.earlyWarnings, row.judicialConfirmations].every((v) => /^\d+$/.test(v))).toBe(true);
    const court = await report('CATEGORY', 'COURT', Role.CHIEF);
    expect(court.suppressed).toBe(true);
    for (const row of court.rows) {
      expect(row.earlyWarnings === '<5' || row.earlyWarnings === '≥5' || Number(row.earlyWarnings) >= 5).toBe(true);
      expect(row.earlyWarningRate).toBeNull();
    }
  });
});

describe('超期 on the demo', () => {
  let t: TestHub;
  const { from, until } = demoPeriod();
  beforeAll(async () => {
    t = await startTestHub();
  });
  afterAll(() => t.close());

  it('is the same set of cases in the ledger, overdueCases, handlerWorkload, the statistics and JointCase.overdue; an outcome stops the clock', async () => {
    const token = await t.token('GOVERNANCE_CENTRE', Role.SUPERVISOR);
    const all = await t.databases.sql<{
      id: string;
      case_number: string;
      status: string;
      deadline: Date | null;
      handler: string | null;
    }>('hub', `SELECT id, case_number, status, deadline, handler FROM joint_case ORDER BY case_number`);

    const supervision = await t.graphql<any>(
      `{ overdueCases(first: 100) { totalCount edges { node { caseNumber overdue } } } handlerWorkload { overdueCases } }`,
      { token },
    );
    const fromSupervision = supervision.body.data.overdueCases.edges.map((e: any) => e.node.caseNumber).sort();
    expect(supervision.body.data.overdueCases.edges.every((e: any) => e.node.overdue)).toBe(true);

    const ledger = await t.graphql<any>(
      `mutation($from: DateTimeISO!, $until: DateTimeISO!) { exportWorkLedger(from: $from, until: $until, format: CSV) { contentBase64 } }`,
      {
        token,
        variables: { from, until },
      },
    );
    expect(ledger.body.errors).toBeUndefined();
    const lines = Buffer.from(ledger.body.data.exportWorkLedger.contentBase64, 'base64')
      .toString('utf8')
      .slice(1)
      .trim()
      .split('\r\n');
    const header = lines[0].split(',');
    const overdueColumn = header.indexOf('是否超期');
    // Party names hold no commas in the demo; split is safe on these rows.
    const fromLedger = lines
      .slice(1)
      .map((l) => l.split(','))
      .filter((cells) => cells[overdueColumn] === '是')
      .map((cells) => cells[1])
      .sort();

    const statistics = await t.graphql<any>(
      `query($from: DateTimeISO!, $until: DateTimeISO!) { caseStatistics(from: $from, until: $until, groupBy: CATEGORY) { total { overdue } } }`,
      {
        token,
        variables: { from, until },
      },
    );
    const cases = await t.graphql<any>(`{ jointCases(first: 100) { edges { node { caseNumber overdue } } } }`, {
      token,
    });
    const fromCases = cases.body.data.jointCases.edges
      .filter((e: any) => e.node.overdue)
      .map((e: any) => e.node.caseNumber)
      .sort();

    expect(all.length).toBeLessThanOrEqual(100);
    expect(fromSupervision.length).toBeGreaterThan(0);
    expect(fromLedger).toEqual(fromSupervision);
    expect(fromCases).toEqual(fromSupervision);
    expect(statistics.body.data.caseStatistics.total.overdue).toBe(fromSupervision.length);
    const withHandler = new Set(all.filter((c) => c.handler !== null).map((c) => c.case_number));
    const workload = supervision.body.data.handlerWorkload.reduce(
      (sum: number, h: { overdueCases: number }) => sum + h.overdueCases,
      0,
    );
    expect(workload).toBe(fromSupervision.filter((n: string) => withHandler.has(n)).length);

    // The clock stopped: cases with an outcome whose handling deadline has passed are not overdue on it.
    const stopped = all.filter(
      (c) =>
        ['FAILED', 'CLOSED', 'FOLLOW_UP', 'WITHDRAWN'].includes(c.status) &&
        c.deadline !== null &&
        c.deadline.getTime() < Date.now(),
    );
    expect(stopped.length).toBeGreaterThan(0);
    for (const c of stopped) expect(fromSupervision).not.toContain(c.case_number);
  });

  it('holds every new element of the case domain at scale 1', async () => {
    const [counts] = await t.databases.sql<Record<string, number>>(
      'hub',
      `SELECT
        (SELECT count(*)::int FROM joint_case_party WHERE kind = 'LEGAL_PERSON' AND document_type = 'UNIFIED_SOCIAL_CREDIT_CODE') AS organisations,
        (SELECT count(*)::int FROM joint_case_party p JOIN joint_case c ON c.id = p.joint_case_id WHERE p.kind = 'LEGAL_PERSON' AND c.category = 'MEDICAL') AS hospitals,
        (SELECT count(*)::int FROM joint_case_party p JOIN joint_case c ON c.id = p.joint_case_id WHERE p.kind = 'LEGAL_PERSON' AND c.category = 'WAGES') AS employers,
        (SELECT count(*)::int FROM joint_case_party WHERE document_type = 'HK_MACAO_PERMIT') AS hk_residents,
        (SELECT count(*)::int FROM joint_case WHERE extension_count > 0) AS extended,
        (SELECT count(*)::int FROM joint_case_history WHERE action = 'RETURN') AS returned,
        (SELECT count(*)::int FROM joint_case_history WHERE action = 'HAND_OVER') AS handed_over,
        (SELECT count(*)::int FROM joint_case WHERE referral_channel = 'ARBITRATION' AND referral_reason IS NOT NULL) AS arbitration_at_assessment,
        (SELECT count(*)::int FROM joint_session WHERE session_type = 'THREE_CHIEFS_CONSULTATION') AS three_chiefs,
        (SELECT count(DISTINCT performance_status)::int FROM mediation_agreement) AS performance_states,
        (SELECT count(*)::int FROM joint_case WHERE judicial_confirmation_status = 'REJECTED') AS rejected,
        (SELECT count(*)::int FROM joint_case WHERE satisfaction IS NOT NULL) AS satisfaction,
        (SELECT count(*)::int FROM joint_case WHERE confirmed_on > (now() AT TIME ZONE 'Asia/Shanghai')::date) AS future_rulings,
        (SELECT count(*)::int FROM joint_case WHERE confirmation_number IS NOT NULL AND confirmation_number !~ '^（\\d{4}）') AS half_width_numbers,
        (SELECT count(*)::int FROM joint_case WHERE confirmation_number IS NOT NULL) AS confirmed`,
    );
    expect(counts).toMatchObject({ future_rulings: 0, half_width_numbers: 0 });
    for (const key of [
      'hospitals',
      'employers',
      'hk_residents',
      'extended',
      'returned',
      'handed_over',
      'arbitration_at_assessment',
      'three_chiefs',
      'rejected',
      'satisfaction',
      'confirmed',
    ]) {
      expect({ [key]: counts[key] > 0 }).toEqual({ [key]: true });
    }
    expect(counts.performance_states).toBe(4);
  });
});
