import type { DataSource } from 'typeorm';
import type { RequestContext } from '../../graphql/request-context';
import { bodyZh, CATEGORY_ZH, zh } from '../labels-zh';
import {
  assertMayReadCaseReports,
  checkPeriod,
  CONFIRMED_SQL,
  DAYS_TO_SETTLE_SQL,
  EARLY_WARNING_SQL,
  HANDLED_SQL,
  SETTLED_SQL,
} from './case-measures';
import { SMALL_CELL_THRESHOLD, suppressColumn } from './small-cells';
import {
  type CaseStatistics,
  type CaseStatisticsArgs,
  type CaseStatisticsRow,
  StatisticsGrouping,
} from './statistics.types';
import { visibleCasesSql } from '../case-visibility';
import { overdueSql } from '../case-clock';
import type { DepartmentRegistry } from '../../connectors/department-registry';

/** The column each grouping breaks down by: a fixed list, never caller text. */
const GROUP_COLUMN: Record<StatisticsGrouping, string> = {
  [StatisticsGrouping.DEPARTMENT]: 'c.lead_department',
  [StatisticsGrouping.CATEGORY]: 'c.category',
  [StatisticsGrouping.GRID]: 'c.grid',
};

const NONE_LABEL: Record<StatisticsGrouping, string> = {
  [StatisticsGrouping.DEPARTMENT]: '未分派牵头单位',
  [StatisticsGrouping.CATEGORY]: '未分类',
  [StatisticsGrouping.GRID]: '未填写网格',
};

export const TOTAL_LABEL = '合计';

interface StatisticsSqlRow {
  is_total: boolean;
  key: string | null;
  cases_taken_in: number;
  handled: number;
  settled: number;
  judicial_confirmations: number;
  average_days_to_settle: number | null;
  overdue: number;
  early_warnings: number;
}

type Counted = Omit<CaseStatisticsRow, 'judicialConfirmations' | 'earlyWarnings'> & {
  judicialConfirmations: number;
  earlyWarnings: number;
};

function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/** 调处率, 调处成功率 and the rest, for the governance centre and bodies' chiefs and supervisors. */
export class CaseStatisticsService {
  constructor(
    private readonly hubDb: DataSource,
    private readonly registry: DepartmentRegistry,
  ) {}

  /**
   * One statement: the cases taken in during [from, until) that the caller may see, grouped by
   * the chosen column, with the total as an extra grouping set.
   */
  async statistics(ctx: RequestContext, args: CaseStatisticsArgs): Promise<CaseStatistics> {
    assertMayReadCaseReports(ctx.actor, 'Case statistics');
    checkPeriod(args.from, args.until);
    const column = GROUP_COLUMN[args.groupBy];
    if (!column) throw new Error(`unknown grouping ${String(args.groupBy)}`);
    const generatedAt = new Date();
    const values: unknown[] = [args.from, args.until, generatedAt];
    const visible = visibleCasesSql(ctx.actor, values);
    const rows: StatisticsSqlRow[] = await this.hubDb.query(
      `SELECT GROUPING(c.key) = 1 AS is_total,
              c.key,
              count(*)::int AS cases_taken_in,
              (count(*) FILTER (WHERE c.handled))::int AS handled,
              (count(*) FILTER (WHERE c.settled))::int AS settled,
              (count(*) FILTER (WHERE c.confirmed))::int AS judicial_confirmations,
              round(avg(c.days_to_settle) FILTER (WHERE c.settled), 2)::float8 AS average_days_to_settle,
              (count(*) FILTER (WHERE c.overdue))::int AS overdue,
              (count(*) FILTER (WHERE c.early_warning))::int AS early_warnings
         FROM (SELECT ${column} AS key,
                      ${HANDLED_SQL} AS handled,
                      ${SETTLED_SQL} AS settled,
                      ${CONFIRMED_SQL} AS confirmed,
                      ${DAYS_TO_SETTLE_SQL} AS days_to_settle,
                      ${overdueSql('$3::timestamptz')} AS overdue,
                      ${EARLY_WARNING_SQL} AS early_warning
                 FROM joint_case c
                WHERE c.created_at >= $1 AND c.created_at < $2 AND ${visible}) c
        GROUP BY GROUPING SETS ((c.key), ())
        ORDER BY is_total, cases_taken_in DESC, c.key COLLATE "C" NULLS LAST`,
      values,
    );

    const groups = rows.filter((r) => !r.is_total).map((r) => this.counted(r, args.groupBy, ctx));
    const totalRow = rows.find((r) => r.is_total);
    // The empty grouping set yields its row even over no cases; the fallback only guards the shape.
    const total = this.counted(totalRow ?? emptyTotal(), args.groupBy, ctx);
    const confirmations = suppressColumn(
      groups.map((g) => g.judicialConfirmations),
      total.judicialConfirmations,
    );
    const warnings = suppressColumn(
      groups.map((g) => g.earlyWarnings),
      total.earlyWarnings,
    );
    return {
      from: args.from,
      until: args.until,
      groupBy: args.groupBy,
      generatedAt,
      smallCellThreshold: SMALL_CELL_THRESHOLD,
      rows: groups.map((g, i) => ({
        ...g,
        judicialConfirmations: confirmations.rows[i],
        earlyWarnings: warnings.rows[i],
      })),
      total: { ...total, judicialConfirmations: confirmations.total, earlyWarnings: warnings.total },
    };

    function emptyTotal(): StatisticsSqlRow {
      return {
        is_total: true,
        key: null,
        cases_taken_in: 0,
        handled: 0,
        settled: 0,
        judicial_confirmations: 0,
        average_days_to_settle: null,
        overdue: 0,
        early_warnings: 0,
      };
    }
  }

  private counted(row: StatisticsSqlRow, groupBy: StatisticsGrouping, ctx: RequestContext): Counted {
    return {
      key: row.is_total ? null : row.key,
      label: row.is_total ? TOTAL_LABEL : this.label(row.key, groupBy, ctx),
      casesTakenIn: row.cases_taken_in,
      handled: row.handled,
      settled: row.settled,
      handledRate: ratio(row.handled, row.cases_taken_in),
      successRate: ratio(row.settled, row.handled),
      judicialConfirmations: row.judicial_confirmations,
      averageDaysToSettle: row.average_days_to_settle,
      overdue: row.overdue,
      earlyWarnings: row.early_warnings,
    };
  }

  private label(key: string | null, groupBy: StatisticsGrouping, _ctx: RequestContext): string {
    if (key === null) return NONE_LABEL[groupBy];
    if (groupBy === StatisticsGrouping.DEPARTMENT) return bodyZh(key, this.registry);
    if (groupBy === StatisticsGrouping.CATEGORY) return zh(CATEGORY_ZH, key);
    return key;
  }
}
