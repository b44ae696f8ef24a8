import { ArgsType, Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum StatisticsGrouping {
  /** By lead body (牵头单位). Each case counts once, under the body that leads it; participation is not counted. */
  DEPARTMENT = 'DEPARTMENT',
  /** By dispute category (纠纷类别). */
  CATEGORY = 'CATEGORY',
  /** By grid (网格). */
  GRID = 'GRID',
}
registerEnumType(StatisticsGrouping, {
  name: 'StatisticsGrouping',
  description:
    'How case statistics are broken down. Every case falls in exactly one row, so the rows add up to the total.',
  valuesConfig: {
    DEPARTMENT: {
      description:
        'By lead body (牵头单位); each case counts once, under its lead body only (participation is not counted). Key null: no lead body yet.',
    },
    CATEGORY: { description: 'By dispute category (纠纷类别).' },
    GRID: { description: 'By grid (网格). Key null: no grid recorded.' },
  },
});

@ArgsType()
export class CaseStatisticsArgs {
  @Field({
    description:
      'Cases taken in (created) from this time, inclusive. The start of a day in Asia/Shanghai (e.g. 2026-05-01T00:00:00+08:00); ' +
      'any other instant is refused (BAD_USER_INPUT), so two periods differ by whole days and never by one case.',
  })
  from: Date;

  @Field({
    description: 'Cases taken in before this time (exclusive). The start of a day in Asia/Shanghai, as "from".',
  })
  until: Date;

  @Field(() => StatisticsGrouping, {
    description: 'How the rows break the cases down (分组方式): by lead body, category or grid.',
  })
  groupBy: StatisticsGrouping;
}

@ObjectType({
  description:
    "Measures over the cases taken in during the period, as they stand now. Counts that draw on other bodies' records " +
    '(early warnings, judicial confirmations) are strings: the count itself when 5 or more, "<5" when 0 to 4, and ' +
    '"≥5" when 5 or more but withheld so that the one small cell of its column cannot be computed from the total.',
})
export class CaseStatisticsRow {
  @Field(() => String, {
    nullable: true,
    description: 'The lead body code, category code or grid name; null for cases with none (and in the total row).',
  })
  key: string | null;

  @Field({ description: 'What a centre prints for the key (牵头单位 / 纠纷类别 / 网格), or 合计 for the total.' })
  label: string;

  @Field(() => Int, { description: '受理数: cases whose created_at lies in [from, until).' })
  casesTakenIn: number;

  @Field(() => Int, { description: '调处数: cases with an outcome on record (see README, "Statistics").' })
  handled: number;

  @Field(() => Int, { description: '调处成功数: cases with agreement_reached_at set.' })
  settled: number;

  @Field(() => Float, {
    nullable: true,
    description: '调处率 = handled / casesTakenIn, a fraction 0–1 (unrounded); null when casesTakenIn is 0.',
  })
  handledRate: number | null;

  @Field(() => Float, {
    nullable: true,
    description: '调处成功率 = settled / handled, a fraction 0–1 (unrounded); null when handled is 0.',
  })
  successRate: number | null;

  @Field({ description: '司法确认数: cases with a confirmation number. Small-cell rule applies.' })
  judicialConfirmations: string;

  @Field(() => Float, {
    nullable: true,
    description:
      'Mean of (agreement_reached_at − created_at) in days over the settled cases, rounded to 2 decimals; null when none settled.',
  })
  averageDaysToSettle: number | null;

  @Field(() => Int, { description: '超期数: cases with deadline < now that are not CLOSED or WITHDRAWN.' })
  overdue: number;

  @Field({ description: '预警数: cases with risk level RED or ORANGE. Small-cell rule applies.' })
  earlyWarnings: string;
}

@ObjectType({ description: 'Case statistics for a period (调处率, 调处成功率, …), one row per group and a total.' })
export class CaseStatistics {
  @Field({ description: 'The start of the period (统计起始时间), inclusive, as asked.' })
  from: Date;

  @Field({ description: 'The end of the period (统计截止时间), exclusive, as asked.' })
  until: Date;

  @Field(() => StatisticsGrouping, { description: 'How the rows break the cases down (分组方式), as asked.' })
  groupBy: StatisticsGrouping;

  @Field({ description: 'The moment "now" in the overdue count.' })
  generatedAt: Date;

  @Field(() => Int, { description: 'Counts under this are shown as "<5" (see CaseStatisticsRow).' })
  smallCellThreshold: number;

  @Field(() => [CaseStatisticsRow], { description: 'Most cases first, then by key (code-point order); null key last.' })
  rows: CaseStatisticsRow[];

  @Field(() => CaseStatisticsRow, { description: 'All cases in the period the caller may see.' })
  total: CaseStatisticsRow;
}

@ObjectType({ description: 'The open cases of one handler (首办责任人), for supervision (督查督办).' })
export class HandlerWorkload {
  @Field({ description: "The handler's user id (首办责任人)." })
  handler: string;

  @Field(() => String, { nullable: true, description: 'The body the handler acts for.' })
  department: string | null;

  @Field(() => Int, { description: 'Cases of this handler that are not CLOSED or WITHDRAWN.' })
  openCases: number;

  @Field(() => Int, { description: 'Of those, the ones past their deadline.' })
  overdueCases: number;
}
