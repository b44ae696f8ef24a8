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

/** The higher of the levels; BLUE when there are none. */
export function highestLevel(levels: Iterable<RiskLevel>): RiskLevel {
  let highest = RiskLevel.BLUE;
  for (const level of levels) if (RISK_ORDER.indexOf(level) > RISK_ORDER.indexOf(highest)) highest = level;
  return highest;
}

/** One step up (BLUE → YELLOW → ORANGE → RED); RED stays RED. */
export function raiseLevel(level: RiskLevel): RiskLevel {
  return RISK_ORDER[Math.min(RISK_ORDER.indexOf(level) + 1, RISK_ORDER.length - 1)];
}

/** A department record a reason was drawn from (a reference only; its content stays with the owner). */
export interface RiskSource {
  department: string;
  recordType: string;
  recordId: string;
}

/** One reason for a case's level, naming the body and record it came from when it came from one. */
export interface RiskReason {
  rule: string;
  level: RiskLevel;
  description: string;
  /** The record the reason came from (for a reason drawn from several, the most recent); null when from the case itself. */
  source: RiskSource | null;
  /** Every record the reason was drawn from, when there are several (e.g. repeated police call-outs). */
  sources?: RiskSource[];
}

/** What the assessor returns; the workflow stores `level` and `reasons` on the case. */
export interface RiskAssessment {
  /** The highest level of any reason; BLUE when there is none. */
  level: RiskLevel;
  reasons: RiskReason[];
  /**
   * Bodies whose history could not be read because their system was down (SOURCE_UNAVAILABLE):
   * the assessment is incomplete and should be repeated. Never names a body whose records
   * were denied by agreement (those are simply not used).
   */
  unavailableSources: string[];
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

  @Field(() => [RiskSourceType], {
    nullable: true,
    description: 'Every record the reason was drawn from when there are several (e.g. repeated police call-outs); null otherwise.',
  })
  sources?: RiskSourceType[] | null;
}
