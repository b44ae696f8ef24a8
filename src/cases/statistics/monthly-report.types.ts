import { ArgsType, Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum MonthlyReportGrouping {
  DEPARTMENT = 'DEPARTMENT',
  CATEGORY = 'CATEGORY',
  CHANNEL = 'CHANNEL',
  COMMUNITY = 'COMMUNITY',
  MONTH = 'MONTH',
}
registerEnumType(MonthlyReportGrouping, {
  name: 'MonthlyReportGrouping',
  description: 'How the 月报 is broken down.',
  valuesConfig: {
    DEPARTMENT: { description: '按牵头单位: each case under its lead body (key null: none yet).' },
    CATEGORY: { description: '按纠纷类别.' },
    CHANNEL: { description: '按来源渠道.' },
    COMMUNITY: { description: '按街道/社区: the community where the dispute arose (key null: none recorded).' },
    MONTH: {
      description:
        '按月: one row per calendar month (Asia/Shanghai) of the period, each with its own 旧存 / 新收 / 已结 / 未结.',
    },
  },
});

@ArgsType()
export class MonthlyReportArgs {
  @Field({
    description:
      'Start of the period (inclusive): the start of a day in Asia/Shanghai. A month, a quarter, a year or any run of days.',
  })
  from: Date;

  @Field({ description: 'End of the period (exclusive): the start of a day in Asia/Shanghai.' })
  until: Date;

  @Field(() => MonthlyReportGrouping, { description: 'How the rows are broken down.' })
  groupBy: MonthlyReportGrouping;
}

@ObjectType({
  description:
    'One row of the 月报. A case is open at an instant t when it was taken in before t and its handling clock had not stopped by t ' +
    '(handlingStoppedAt: agreement, failure, referral or withdrawal). Cases refused at intake (不予受理) are counted only in notAccepted. ' +
    'Identity: carriedOver + received − concluded = pending.',
})
export class MonthlyReportRow {
  @Field(() => String, {
    nullable: true,
    description:
      'The lead body, category, channel or community code, or the month (YYYY-MM); null for none (and in the total).',
  })
  key: string | null;

  @Field({ description: 'What a centre prints for the key, or 合计.' })
  label: string;

  @Field(() => Int, { description: '旧存: cases open at the start of the period.' })
  carriedOver: number;

  @Field(() => Int, { description: '新收: cases taken in during the period.' })
  received: number;

  @Field(() => Int, { description: '已结: cases whose handling clock stopped during the period, whenever taken in.' })
  concluded: number;

  @Field(() => Int, { description: '未结: cases open at the end of the period.' })
  pending: number;

  @Field(() => Int, { description: '调处数: concluded cases with an outcome (已结 less the withdrawn).' })
  handled: number;

  @Field(() => Int, { description: '调处成功数: concluded cases that reached an agreement.' })
  settled: number;

  @Field(() => Int, {
    description: '按期办结数: concluded cases whose clock stopped no later than their deadline (or that had none).',
  })
  concludedOnTime: number;

  @Field({
    description:
      '预警数: cases taken in during the period at RED or ORANGE. Exact for the governance centre; for other bodies under the small-cell rule ("<5", "≥5").',
  })
  earlyWarnings: string;

  @Field({
    description:
      '司法确认数: rulings confirming an agreement dated in the period. Exact for the governance centre; for other bodies under the small-cell rule.',
  })
  judicialConfirmations: string;

  @Field(() => Int, { description: '到期协议数: structured agreements whose last 履行期限 falls in the period.' })
  agreementsDue: number;

  @Field(() => Int, { description: '已履行协议数: of those, the ones whose 履行状态 is 已履行.' })
  agreementsPerformed: number;

  @Field(() => Int, { description: '回访数: follow-ups recorded in the period with a satisfaction.' })
  followUps: number;

  @Field(() => Int, { description: '满意数: of those, 满意 or 基本满意.' })
  satisfiedFollowUps: number;

  @Field(() => Int, { description: '不予受理数: cases taken in during the period and refused.' })
  notAccepted: number;

  @Field(() => Float, {
    nullable: true,
    description: '调处率 = handled ÷ (carriedOver + received); null when the divisor is 0.',
  })
  handledRate: number | null;

  @Field(() => Float, { nullable: true, description: '调处成功率 = settled ÷ handled; null when handled is 0.' })
  successRate: number | null;

  @Field(() => Float, {
    nullable: true,
    description: '按期办结率 = concludedOnTime ÷ concluded; null when concluded is 0.',
  })
  onTimeRate: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      '发现预警率 = earlyWarnings ÷ received; null when received is 0, and for other bodies than the centre (the small-cell rule).',
  })
  earlyWarningRate: number | null;

  @Field(() => Float, {
    nullable: true,
    description: '协议履行率 = agreementsPerformed ÷ agreementsDue; null when agreementsDue is 0.',
  })
  performanceRate: number | null;

  @Field(() => Float, {
    nullable: true,
    description: '回访满意率 = satisfiedFollowUps ÷ followUps; null when followUps is 0.',
  })
  satisfactionRate: number | null;
}

@ObjectType({
  description:
    'The 月报 a centre sends upward: 旧存 / 新收 / 已结 / 未结 and the rates, for a period (README, "The monthly report").',
})
export class MonthlyReport {
  @Field({ description: 'Start of the period (inclusive).' })
  from: Date;

  @Field({ description: 'End of the period (exclusive).' })
  until: Date;

  @Field(() => MonthlyReportGrouping, { description: 'How the rows are broken down.' })
  groupBy: MonthlyReportGrouping;

  @Field({
    description:
      'Whether early warnings and judicial confirmations are under the small-cell rule (every caller but the governance centre).',
  })
  suppressed: boolean;

  @Field(() => [MonthlyReportRow], { description: 'By key (code-point order; months in order), null key last.' })
  rows: MonthlyReportRow[];

  @Field(() => MonthlyReportRow, { description: 'The whole period over every case the caller may see.' })
  total: MonthlyReportRow;
}
