import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  registerEnumType,
  Resolver,
  Root,
} from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context';
import { JointCase } from '../joint-case.type';
import type { DomesticViolenceService } from './domestic-violence.service';
import type { ReadRoom } from '../../read-room/read-room';

export enum RiskOfHarm {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}
registerEnumType(RiskOfHarm, {
  name: 'RiskOfHarm',
  description: "The safety assessment's judgement of the risk of further violence (再次受害风险).",
  valuesConfig: {
    LOW: { description: '低: no sign of further violence.' },
    MEDIUM: { description: '中: further violence possible; measures needed.' },
    HIGH: { description: '高: further violence likely; shelter or a protection order to be considered at once.' },
  },
});

@ObjectType({
  description:
    "A domestic-violence case's safeguards (家暴案件安全保障): assessment, measures, referrals, mandatory report.",
})
export class DvSafeguards {
  jointCaseId: string;
  safetyAssessment: string | null;
  safetyMeasures: string | null;
  shelter: string | null;

  @Field(() => RiskOfHarm, { nullable: true, description: 'The risk of further violence the assessment found.' })
  riskOfHarm: RiskOfHarm | null;

  @Field(() => String, { nullable: true, description: 'Who made the safety assessment.' })
  assessedBy: string | null;

  @Field(() => String, { nullable: true, description: "That person's body (the women's federation or the police)." })
  assessedByDepartment: string | null;

  @Field(() => Date, { nullable: true, description: 'When the safety assessment was made (安全评估时间).' })
  assessedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the safety measures were recorded.' })
  measuresRecordedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the victim was referred to a shelter (庇护转介).' })
  shelterReferredAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the victim was referred to the court for a personal-safety protection order (人身安全保护令, 民保令).',
  })
  protectionOrderReferredAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'To whom the mandatory report was made (强制报告对象, e.g. 派出所).',
  })
  mandatoryReportTo: string | null;

  @Field(() => Date, { nullable: true, description: 'When the mandatory report was made (强制报告时间).' })
  mandatoryReportedAt: Date | null;
}

@Resolver(() => DvSafeguards)
export class DvSafeguardsResolver {
  constructor(private readonly readRoom: ReadRoom) {}

  @FieldResolver(() => String, {
    nullable: true,
    description: "The safety assessment (安全评估), free text; contacts masked as for the case's own text.",
  })
  safetyAssessment(@Root() s: DvSafeguards, @Ctx() ctx: RequestContext) {
    return this.readRoom.caseWorkText(ctx, s.jointCaseId, 'dv.safetyAssessment', s.safetyAssessment);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The safety measures (安全保障措施) an outcome must record; free text, contacts masked as for the case's own text.",
  })
  safetyMeasures(@Root() s: DvSafeguards, @Ctx() ctx: RequestContext) {
    return this.readRoom.caseWorkText(ctx, s.jointCaseId, 'dv.safetyMeasures', s.safetyMeasures);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The shelter referred to (庇护所), free text; contacts masked as for the case's own text.",
  })
  shelter(@Root() s: DvSafeguards, @Ctx() ctx: RequestContext) {
    return this.readRoom.caseWorkText(ctx, s.jointCaseId, 'dv.shelter', s.shelter);
  }
}

@Resolver(() => JointCase)
export class JointCaseDvResolver {
  constructor(private readonly domesticViolence: DomesticViolenceService) {}

  @FieldResolver(() => DvSafeguards, {
    nullable: true,
    description: "The domestic-violence path's safeguards (家暴), null when none were recorded.",
  })
  dvSafeguards(@Root() jointCase: JointCase) {
    return this.domesticViolence.of(jointCase.id);
  }

  @Mutation(() => DvSafeguards, {
    description: "安全评估: the women's federation or the police records the victim's safety assessment (家暴 cases).",
  })
  recordDvSafetyAssessment(
    @Arg('jointCaseId', () => ID, { description: 'The domestic-violence case.' }) id: string,
    @Arg('assessment', { description: 'What the assessment found, 1–2000 characters.' }) assessment: string,
    @Arg('riskOfHarm', () => RiskOfHarm, { description: 'The risk of further violence.' }) riskOfHarm: RiskOfHarm,
    @Ctx() ctx: RequestContext,
  ) {
    return this.domesticViolence.assess(ctx, id, assessment, riskOfHarm);
  }

  @Mutation(() => DvSafeguards, {
    description: '安全保障措施: records the safety measures an agreement in a domestic-violence case must rest on.',
  })
  recordDvSafetyMeasures(
    @Arg('jointCaseId', () => ID, { description: 'The domestic-violence case.' }) id: string,
    @Arg('measures', { description: 'The safety measures, 1–2000 characters.' }) measures: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.domesticViolence.recordMeasures(ctx, id, measures);
  }

  @Mutation(() => DvSafeguards, { description: '庇护转介: records the referral of the victim to a shelter (庇护所).' })
  referDvToShelter(
    @Arg('jointCaseId', () => ID, { description: 'The domestic-violence case.' }) id: string,
    @Arg('shelter', { description: 'The shelter, 1–2000 characters.' }) shelter: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.domesticViolence.referToShelter(ctx, id, shelter);
  }

  @Mutation(() => DvSafeguards, {
    description:
      '民保令: refers the victim to the court for a personal-safety protection order; the court takes part in the case.',
  })
  referDvForProtectionOrder(
    @Arg('jointCaseId', () => ID, { description: 'The domestic-violence case.' }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.domesticViolence.referForProtectionOrder(ctx, id);
  }

  @Mutation(() => DvSafeguards, {
    description:
      '强制报告: records that the mandatory report was made where a minor or a person without capacity is involved.',
  })
  recordDvMandatoryReport(
    @Arg('jointCaseId', () => ID, { description: 'The domestic-violence case.' }) id: string,
    @Arg('reportedTo', { description: 'To whom it was reported (e.g. 西湖区公安分局北山派出所).' }) reportedTo: string,
    @Arg('reportedAt', { description: 'When it was reported.' }) reportedAt: Date,
    @Ctx() ctx: RequestContext,
  ) {
    return this.domesticViolence.recordMandatoryReport(ctx, id, reportedTo, reportedAt);
  }
}
