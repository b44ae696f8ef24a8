import { Field, InputType, registerEnumType } from 'type-graphql';
import { RiskLevel } from './risk/risk.model';
import { DisputeCategory, SourceChannel } from './case-enums';
import { CaseStatus } from './case-status';

/** What a work list (案件列表) may be sorted by. */
export enum JointCaseOrderField {
  INTAKE_DATE = 'INTAKE_DATE',
  DEADLINE = 'DEADLINE',
  RISK_LEVEL = 'RISK_LEVEL',
  CASE_NUMBER = 'CASE_NUMBER',
}
registerEnumType(JointCaseOrderField, {
  name: 'JointCaseOrderField',
  description: 'What the list of joint cases is sorted by (排序字段).',
  valuesConfig: {
    INTAKE_DATE: { description: 'When the case was taken in (受理时间).' },
    DEADLINE: { description: 'The handling deadline (办理期限); cases without one come last in ascending order.' },
    RISK_LEVEL: { description: 'The early-warning level (预警等级), RED highest; unassessed cases lowest.' },
    CASE_NUMBER: { description: 'The case number (案件编号).' },
  },
});

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Sort direction (排序方向).',
  valuesConfig: { ASC: { description: 'Ascending (升序).' }, DESC: { description: 'Descending (降序).' } },
});

@InputType({ description: 'How to sort joint cases (排序); ties are broken by id so pages never overlap.' })
export class JointCaseOrder {
  @Field(() => JointCaseOrderField, { description: 'The sort key (排序字段).' })
  field: JointCaseOrderField;

  @Field(() => SortDirection, {
    defaultValue: SortDirection.DESC,
    description: 'The direction (排序方向); default DESC.',
  })
  direction: SortDirection = SortDirection.DESC;
}

@InputType({ description: 'Which joint cases a work list shows (筛选条件); every condition given must hold.' })
export class JointCaseFilter {
  @Field(() => [CaseStatus], { nullable: true, description: 'Any of these statuses (案件状态).' })
  status?: CaseStatus[] | null;

  @Field(() => [RiskLevel], { nullable: true, description: 'Any of these early-warning levels (预警等级).' })
  riskLevel?: RiskLevel[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only cases not yet assessed (未研判); false: only assessed ones.',
  })
  unassessed?: boolean | null;

  @Field(() => [DisputeCategory], { nullable: true, description: 'Any of these dispute categories (纠纷类别).' })
  category?: DisputeCategory[] | null;

  @Field(() => [SourceChannel], { nullable: true, description: 'Any of these intake channels (来源渠道).' })
  sourceChannel?: SourceChannel[] | null;

  @Field(() => String, { nullable: true, description: 'The lead body (牵头单位), by body code.' })
  leadDepartment?: string | null;

  @Field(() => String, { nullable: true, description: 'A body taking part (参与单位), by body code.' })
  participatingDepartment?: string | null;

  @Field(() => String, { nullable: true, description: 'The named handler (首办负责人), exactly.' })
  handler?: string | null;

  @Field(() => Date, { nullable: true, description: 'Taken in at or after this instant (受理时间起).' })
  intakeFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Taken in before this instant (受理时间止).' })
  intakeBefore?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Deadline at or after this instant (期限起).' })
  deadlineFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Deadline before this instant (期限止).' })
  deadlineBefore?: Date | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only overdue cases (超期: open, past the deadline); false: only cases not overdue.',
  })
  overdue?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Search (检索), 2 to 50 characters: part of the case number, or part of a party's name in cases where the caller sees parties' names in full (the centre, the lead body).",
  })
  search?: string | null;
}
