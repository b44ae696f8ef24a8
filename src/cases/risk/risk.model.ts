import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** 预警等级: red is the most urgent. */
export enum RiskLevel {
  RED = 'RED',
  ORANGE = 'ORANGE',
  YELLOW = 'YELLOW',
  BLUE = 'BLUE',
}
registerEnumType(RiskLevel, { name: 'RiskLevel', description: 'Early-warning level (预警等级), RED most urgent.' });

export const RISK_ORDER: readonly RiskLevel[] = [RiskLevel.BLUE, RiskLevel.YELLOW, RiskLevel.ORANGE, RiskLevel.RED];

/** One reason for a case's level, naming the body and record it came from when it came from one. */
export interface RiskReason {
  rule: string;
  level: RiskLevel;
  description: string;
  source: { department: string; recordType: string; recordId: string } | null;
}

@ObjectType('RiskSource', { description: 'The department record a risk reason came from.' })
export class RiskSourceType {
  @Field()
  department: string;

  @Field()
  recordType: string;

  @Field()
  recordId: string;
}

@ObjectType('RiskReason')
export class RiskReasonType {
  @Field({ description: 'The documented rule that raised it (see README, "Risk and early warning").' })
  rule: string;

  @Field(() => RiskLevel)
  level: RiskLevel;

  @Field()
  description: string;

  @Field(() => RiskSourceType, { nullable: true })
  source: RiskSourceType | null;
}
