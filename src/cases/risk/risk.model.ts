import { Field, ObjectType, registerEnumType } from 'type-graphql';
import type { Mask } from '../../agreements/agreement.enums';

/** 预警等级: red is the most urgent. */
export enum RiskLevel {
  RED = 'RED',
  ORANGE = 'ORANGE',
  YELLOW = 'YELLOW',
  BLUE = 'BLUE',
}
registerEnumType(RiskLevel, {
  name: 'RiskLevel',
  description: 'Early-warning level (预警等级), RED most urgent.',
  valuesConfig: {
    RED: { description: 'Red (红色): may turn violent; act now.' },
    ORANGE: { description: 'Orange (橙色): serious.' },
    YELLOW: { description: 'Yellow (黄色): watch.' },
    BLUE: { description: 'Blue (蓝色): ordinary.' },
  },
});

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
  /**
   * A care marker (关爱/帮扶: 低保, 特困, 高龄, 未成年, 残疾), not a sign of escalation: shown to the
   * mediators beside the reasons, never counted towards the level.
   */
  care?: boolean;
}

/** The reasons that count towards the level (care markers never do). */
export function escalationReasons(reasons: readonly RiskReason[]): RiskReason[] {
  return reasons.filter((r) => !r.care);
}

/** The care markers (关爱/帮扶) among a case's stored reasons. */
export function careMarkers(reasons: readonly RiskReason[]): RiskReason[] {
  return reasons.filter((r) => r.care === true);
}

/**
 * What a reason reveals of one record it cites, kept with the case so that showing the reason
 * can be governed like reading the record: the fields it reveals, each with the mask it was
 * drawn under, and the keyed hashes of the persons the record names.
 */
export interface RiskSourceProvenance {
  fields: Record<string, Mask>;
  subjectHashes: string[];
}

/** `department/recordType/recordId` of a cited record, the key of its provenance. */
export function riskSourceKey(source: RiskSource): string {
  return `${source.department}/${source.recordType}/${source.recordId}`;
}

/** What the assessor returns; the workflow stores `level`, `reasons` and `provenance` on the case. */
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
  /** Of every record a reason cites, by riskSourceKey. */
  provenance: Record<string, RiskSourceProvenance>;
}

@ObjectType('RiskSource', { description: 'The department record a risk reason came from.' })
export class RiskSourceType {
  @Field({ description: 'The code of the body that owns the record (所属部门).' })
  department: string;

  @Field({ description: "The owner's record kind, by its GraphQL type name (记录类型)." })
  recordType: string;

  @Field({ description: "The record's id at its owner (记录编号)." })
  recordId: string;
}

@ObjectType('RiskReason', {
  description:
    "Why a case has its level. A reason drawn from a body's records is shown in full only to a caller an agreement grants " +
    'what it reveals; to anyone else it is withheld: its level and the body it came from, nothing more.',
})
export class RiskReasonType {
  @Field({
    description: 'The documented rule that raised it (see README, "Risk and early warning"); "withheld" when withheld.',
  })
  rule: string;

  @Field({
    description: 'True when the caller is not granted what the reason reveals: only its level and body are shown.',
  })
  withheld: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The body the reason came from; null for reasons drawn from the case itself.',
  })
  department: string | null;

  @Field(() => RiskLevel, { description: 'The level this reason raises the case to (预警等级).' })
  level: RiskLevel;

  @Field({
    description: 'The reason in words, for the mediator (研判理由); withheld reasons say nothing of the record.',
  })
  description: string;

  @Field(() => RiskSourceType, {
    nullable: true,
    description:
      'The record the reason came from (来源记录), the most recent when several; null when from the case itself or withheld.',
  })
  source: RiskSourceType | null;

  @Field(() => [RiskSourceType], {
    nullable: true,
    description:
      'Every record the reason was drawn from when there are several (e.g. repeated police call-outs); null otherwise.',
  })
  sources?: RiskSourceType[] | null;
}
