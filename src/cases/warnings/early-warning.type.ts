import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { RiskLevel } from '../risk/risk.model';

/** Where a warning stands in its life (预警处置). */
export enum WarningStatus {
  RAISED = 'RAISED',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  HANDLED = 'HANDLED',
  CLEARED = 'CLEARED',
}
registerEnumType(WarningStatus, {
  name: 'WarningStatus',
  description: 'Where an early warning stands (预警处置状态).',
  valuesConfig: {
    RAISED: { description: 'Raised by an assessment at RED or ORANGE (已发出), not yet acknowledged.' },
    ACKNOWLEDGED: { description: 'Acknowledged by a handler (已签收), who and when recorded.' },
    HANDLED: { description: 'Measures taken to keep the situation stable (已落实稳控措施).' },
    CLEARED: { description: 'Cleared (已销号), with the reason; no longer listed among early warnings.' },
  },
});

/** An early warning (预警) of a joint case as stored; free text is shown through the read room. */
export interface EarlyWarningRow {
  id: string;
  jointCaseId: string;
  level: RiskLevel;
  status: WarningStatus;
  raisedAt: Date;
  acknowledgedAt: Date | null;
  acknowledgedBy: string | null;
  acknowledgedByDepartment: string | null;
  measures: string | null;
  handledAt: Date | null;
  handledBy: string | null;
  handledByDepartment: string | null;
  clearedAt: Date | null;
  clearedBy: string | null;
  clearedByDepartment: string | null;
  clearReason: string | null;
  escalatedAt: Date | null;
  escalatedBy: string | null;
  escalationNote: string | null;
  version: number;
}

@ObjectType({
  description:
    'An early warning (预警) of a joint case and its handling: raised → acknowledged → handled → cleared (销号).',
})
export class EarlyWarning {
  /** Free text, shown through the read room (field resolvers). */
  measures: string | null;
  clearReason: string | null;
  escalationNote: string | null;

  @Field(() => ID, { description: "The warning's id (预警编号)." })
  id: string;

  @Field(() => ID, { description: 'The joint case warned of.' })
  jointCaseId: string;

  @Field(() => RiskLevel, { description: 'The level the warning was raised at, or the highest it reached while open.' })
  level: RiskLevel;

  @Field(() => WarningStatus, {
    description:
      'Where the warning stands in its handling (预警状态): raised, acknowledged, handled or cleared (销号).',
  })
  status: WarningStatus;

  @Field({ description: 'When the warning was raised (预警时间).' })
  raisedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was acknowledged (签收时间).' })
  acknowledgedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Who acknowledged it (签收人).' })
  acknowledgedBy: string | null;

  @Field(() => String, { nullable: true, description: 'The body of whoever acknowledged it.' })
  acknowledgedByDepartment: string | null;

  @Field(() => Date, { nullable: true, description: 'When the measures were recorded.' })
  handledAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Who recorded the measures.' })
  handledBy: string | null;

  @Field(() => Date, { nullable: true, description: 'When the warning was cleared (销号时间).' })
  clearedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Who cleared it.' })
  clearedBy: string | null;

  @Field(() => Date, { nullable: true, description: 'When the centre reported it to the county (上报县级综治中心).' })
  escalatedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Who reported it to the county.' })
  escalatedBy: string | null;

  @Field(() => Int, { description: 'Version of the warning, for expectedVersion.' })
  version: number;
}
