import type { DataSource } from 'typeorm';
import { GOVERNANCE_CENTRE } from '../../auth/actor';
import type { DepartmentRegistry } from '../../connectors/department-registry';
import type { RequestContext } from '../../graphql/request-context';
import { visibleCasesSql } from '../case-visibility';
import { bodyZh, CATEGORY_ZH, SOURCE_CHANNEL_ZH, zh } from '../labels-zh';
import { assertMayReadCaseReports, checkPeriod, CONCLUDED_ON_TIME_SQL, EARLY_WARNING_SQL } from './case-measures';
import { TOTAL_LABEL } from './case-statistics.service';
import { smallCell, suppressColumn } from './small-cells';
import {
  type MonthlyReport,
  type MonthlyReportArgs,
  MonthlyReportGrouping,
  type MonthlyReportRow,
} from './monthly-report.types';

/** The column each grouping breaks down by: a fixed list, never caller text. */
const GROUP_KEY: Record<MonthlyReportGrouping, string> = {
  [MonthlyReportGrouping.DEPARTMENT]: 'c.lead_department',
  [MonthlyReportGrouping.CATEGORY]: 'c.category',
  [MonthlyReportGrouping.CHANNEL]: 'c.source_channel',
  [MonthlyReportGrouping.COMMUNITY]: 'c.community',
  [MonthlyReportGrouping.MONTH]: `to_char(w.w_from AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')`,
};

const NONE_LABEL: Record<MonthlyReportGrouping, string> = {
  [MonthlyReportGrouping.DEPARTMENT]: '未分派牵头单位',
  [MonthlyReportGrouping.CATEGORY]: '未分类',
  [MonthlyReportGrouping.CHANNEL]: '未填写来源',
  [MonthlyReportGrouping.COMMUNITY]: '未填写社区',
  [MonthlyReportGrouping.MONTH]: '',
};

/** The whole period as one window, or each calendar month (Asia/Shanghai) of it. */
const WHOLE_PERIOD = `SELECT $1::timestamptz AS w_from, $2::timestamptz AS w_until`;
const MONTHS = `SELECT greatest(m, $1::timestamptz) AS w_from, least(m + interval '1 month', $2::timestamptz) AS w_until
  FROM (SELECT local_month AT TIME ZONE 'Asia/Shanghai' AS m
          FROM generate_series(date_trunc('month', $1::timestamptz AT TIME ZONE 'Asia/Shanghai'),
                               ($2::timestamptz - interval '1 millisecond') AT TIME ZONE 'Asia/Shanghai', interval '1 month') AS g(local_month)) months`;

/** A window's days as Asia/Shanghai dates, for the date columns (rulings, due dates). */
const DAY_FROM = `(w.w_from AT TIME ZONE 'Asia/Shanghai')::date`;
const DAY_UNTIL = `(w.w_until AT TIME ZONE 'Asia/Shanghai')::date`;

/**
 * Per window (and key): the counts of the 月报 over the cases `c` the caller may see, refused
 * cases apart. "Concluded at" is `handling_stopped_at`, the moment the handling clock stopped.
 */
function reportSql(windows: string, key: string | null, visible: string): string {
  const inWindow = (column: string) => `(${column} >= w.w_from AND ${column} < w.w_until)`;
  const openAt = (instant: string) =>
    `(c.created_at < ${instant} AND (c.handling_stopped_at IS NULL OR c.handling_stopped_at >= ${instant}))`;
  const accepted = `c.status <> 'NOT_ACCEPTED'`;
  const concluded = `(${accepted} AND ${inWindow('c.handling_stopped_at')})`;
  const agreementDue = `(a.joint_case_id IS NOT NULL AND a.last_due >= ${DAY_FROM} AND a.last_due < ${DAY_UNTIL})`;
  const followedUp = `(c.satisfaction IS NOT NULL AND EXISTS (SELECT 1 FROM joint_case_history h
      WHERE h.joint_case_id = c.id AND h.action = 'START_FOLLOW_UP' AND h.at >= w.w_from AND h.at < w.w_until))`;
  return `
    WITH w AS (${windows})
    SELECT ${key ?? 'NULL::text'} AS key, min(w.w_from) AS w_from,
           (count(*) FILTER (WHERE ${accepted} AND ${openAt('w.w_from')}))::int AS carried_over,
           (count(*) FILTER (WHERE ${accepted} AND ${inWindow('c.created_at')}))::int AS received,
           (count(*) FILTER (WHERE ${concluded}))::int AS concluded,
           (count(*) FILTER (WHERE ${accepted} AND ${openAt('w.w_until')}))::int AS pending,
           (count(*) FILTER (WHERE ${concluded} AND c.status <> 'WITHDRAWN'))::int AS handled,
           (count(*) FILTER (WHERE ${concluded} AND c.agreement_reached_at IS NOT NULL))::int AS settled,
           (count(*) FILTER (WHERE ${concluded} AND ${CONCLUDED_ON_TIME_SQL}))::int AS on_time,
           (count(*) FILTER (WHERE ${accepted} AND ${inWindow('c.created_at')} AND ${EARLY_WARNING_SQL}))::int AS early_warnings,
           (count(*) FILTER (WHERE c.confirmed_on >= ${DAY_FROM} AND c.confirmed_on < ${DAY_UNTIL}))::int AS confirmations,
           (count(*) FILTER (WHERE ${agreementDue}))::int AS agreements_due,
           (count(*) FILTER (WHERE ${agreementDue} AND a.performance_status = 'PERFORMED'))::int AS agreements_performed,
           (count(*) FILTER (WHERE ${followedUp}))::int AS follow_ups,
           (count(*) FILTER (WHERE ${followedUp} AND c.satisfaction IN ('SATISFIED', 'BASICALLY_SATISFIED')))::int AS satisfied,
           (count(*) FILTER (WHERE c.status = 'NOT_ACCEPTED' AND ${inWindow('c.created_at')}))::int AS not_accepted
      FROM w
      JOIN joint_case c ON c.created_at < w.w_until
      LEFT JOIN (SELECT joint_case_id, performance_status,
                        (SELECT max((o->>'dueOn')::date) FROM jsonb_array_elements(obligations) o) AS last_due
                   FROM mediation_agreement) a ON a.joint_case_id = c.id
     WHERE ${visible}
     GROUP BY 1
     ORDER BY min(w.w_from), (${key ?? 'NULL::text'}) COLLATE "C" NULLS LAST`;
}

interface ReportSqlRow {
  key: string | null;
  carried_over: number;
  received: number;
  concluded: number;
  pending: number;
  handled: number;
  settled: number;
  on_time: number;
  early_warnings: number;
  confirmations: number;
  agreements_due: number;
  agreements_performed: number;
  follow_ups: number;
  satisfied: number;
  not_accepted: number;
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/**
 * The 月报 (monthly report) a centre sends upward: 旧存, 新收, 已结, 未结 and the rates, by lead
 * body, category, channel, community or month. The centre's own case counts are exact: it must
 * be able to send its figures as they are. Early warnings and judicial confirmations draw on
 * other bodies' records; another body's chief sees them under the small-cell rule, as in the
 * statistics.
 */
export class MonthlyReportService {
  constructor(
    private readonly hubDb: DataSource,
    private readonly registry: DepartmentRegistry,
  ) {}

  async report(ctx: RequestContext, args: MonthlyReportArgs): Promise<MonthlyReport> {
    assertMayReadCaseReports(ctx.actor, 'Monthly reports');
    checkPeriod(args.from, args.until, 3 * 366);
    const key = GROUP_KEY[args.groupBy];
    if (!key) throw new Error(`unknown grouping ${String(args.groupBy)}`);
    const values: unknown[] = [args.from, args.until];
    const visible = visibleCasesSql(ctx.actor, values);
    const windows = args.groupBy === MonthlyReportGrouping.MONTH ? MONTHS : WHOLE_PERIOD;
    const [rows, [total]] = await Promise.all([
      this.hubDb.query<ReportSqlRow[]>(reportSql(windows, key, visible), values),
      this.hubDb.query<ReportSqlRow[]>(reportSql(WHOLE_PERIOD, null, visible), values),
    ]);
    const exact = ctx.actor.department === GOVERNANCE_CENTRE;
    const shaped = rows.map((r) => this.row(r, this.label(r.key, args.groupBy, ctx), exact));
    const shapedTotal = this.row(total ?? emptyRow(), TOTAL_LABEL, exact);
    if (!exact && args.groupBy !== MonthlyReportGrouping.MONTH) {
      const warnings = suppressColumn(
        rows.map((r) => r.early_warnings),
        total?.early_warnings ?? 0,
      );
      const confirmations = suppressColumn(
        rows.map((r) => r.confirmations),
        total?.confirmations ?? 0,
      );
      shaped.forEach((row, i) =>
        Object.assign(row, { earlyWarnings: warnings.rows[i], judicialConfirmations: confirmations.rows[i] }),
      );
    }
    return {
      from: args.from,
      until: args.until,
      groupBy: args.groupBy,
      suppressed: !exact,
      rows: shaped,
      total: shapedTotal,
    };
  }

  private row(r: ReportSqlRow, label: string, exact: boolean): MonthlyReportRow {
    return {
      key: r.key,
      label,
      carriedOver: r.carried_over,
      received: r.received,
      concluded: r.concluded,
      pending: r.pending,
      handled: r.handled,
      settled: r.settled,
      concludedOnTime: r.on_time,
      earlyWarnings: exact ? String(r.early_warnings) : smallCell(r.early_warnings),
      judicialConfirmations: exact ? String(r.confirmations) : smallCell(r.confirmations),
      agreementsDue: r.agreements_due,
      agreementsPerformed: r.agreements_performed,
      followUps: r.follow_ups,
      satisfiedFollowUps: r.satisfied,
      notAccepted: r.not_accepted,
      handledRate: ratio(r.handled, r.carried_over + r.received),
      successRate: ratio(r.settled, r.handled),
      onTimeRate: ratio(r.on_time, r.concluded),
      earlyWarningRate: exact ? ratio(r.early_warnings, r.received) : null,
      performanceRate: ratio(r.agreements_performed, r.agreements_due),
      satisfactionRate: ratio(r.satisfied, r.follow_ups),
    };
  }

  private label(key: string | null, groupBy: MonthlyReportGrouping, _ctx: RequestContext): string {
    if (key === null) return NONE_LABEL[groupBy];
    if (groupBy === MonthlyReportGrouping.DEPARTMENT) return bodyZh(key, this.registry);
    if (groupBy === MonthlyReportGrouping.CATEGORY) return zh(CATEGORY_ZH, key);
    if (groupBy === MonthlyReportGrouping.CHANNEL) return zh(SOURCE_CHANNEL_ZH, key);
    if (groupBy === MonthlyReportGrouping.MONTH) return `${key.slice(0, 4)}年${Number(key.slice(5, 7))}月`;
    return key;
  }
}

function emptyRow(): ReportSqlRow {
  return {
    key: null,
    carried_over: 0,
    received: 0,
    concluded: 0,
    pending: 0,
    handled: 0,
    settled: 0,
    on_time: 0,
    early_warnings: 0,
    confirmations: 0,
    agreements_due: 0,
    agreements_performed: 0,
    follow_ups: 0,
    satisfied: 0,
    not_accepted: 0,
  };
}
