import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../graphql/request-context';
import type { ReadRoom } from '../read-room/read-room';
import { AgreementObligationType, MediationAgreement } from './agreement/mediation-agreement.type';
import { JointCase } from './joint-case.type';
import { isOverdue } from './case-clock';
import { JUDICIAL_CONFIRMATION_WINDOW_DAYS } from './case-enums';

const FREE_TEXT =
  "Free text, governed like the case's description (contacts masked for the other bodies and whenever a party is protected).";

/** The last day of the 司法确认 window: 30 days from the agreement taking effect. */
export function judicialConfirmationDeadline(effectiveOn: string): string {
  return new Date(Date.parse(`${effectiveOn}T00:00:00Z`) + JUDICIAL_CONFIRMATION_WINDOW_DAYS * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

/** The joint case's clock, routing texts and structured agreement. Texts leave through the read room. */
@Resolver(() => JointCase)
export class JointCaseDomainResolver {
  constructor(private readonly readRoom: ReadRoom) {}

  @FieldResolver(() => Boolean, {
    description:
      '超期: the running clock is past its deadline — 办理期限 (deadline) while ASSIGNED or IN_MEDIATION, 回访期限 (followUpDeadline) from an outcome ' +
      'until the follow-up is recorded. The one definition shared with the ledger, overdueCases, handlerWorkload and the statistics (README, "The clock").',
  })
  overdue(@Root() jointCase: JointCase) {
    return isOverdue(jointCase, new Date());
  }

  @FieldResolver(() => String, { nullable: true, description: `不予受理: why the case was refused. ${FREE_TEXT}` })
  refusalReason(@Root() jointCase: JointCase, @Ctx() ctx: RequestContext) {
    return this.readRoom.caseWorkText(ctx, jointCase.id, 'refusalReason', jointCase.refusalReason ?? null);
  }

  @FieldResolver(() => String, { nullable: true, description: `研判意见. ${FREE_TEXT}` })
  assessmentOpinion(@Root() jointCase: JointCase, @Ctx() ctx: RequestContext) {
    return this.readRoom.caseWorkText(ctx, jointCase.id, 'assessmentOpinion', jointCase.assessmentOpinion ?? null);
  }

  @FieldResolver(() => String, { nullable: true, description: `Why the level was set by hand at 研判. ${FREE_TEXT}` })
  manualRiskLevelReason(@Root() jointCase: JointCase, @Ctx() ctx: RequestContext) {
    return this.readRoom.caseWorkText(
      ctx,
      jointCase.id,
      'manualRiskLevelReason',
      jointCase.manualRiskLevelReason ?? null,
    );
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: `依法导入: why the dispute went to its channel. ${FREE_TEXT}`,
  })
  referralReason(@Root() jointCase: JointCase, @Ctx() ctx: RequestContext) {
    return this.readRoom.caseWorkText(ctx, jointCase.id, 'referralReason', jointCase.referralReason ?? null);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: `Why the court rejected the 司法确认 application. ${FREE_TEXT}`,
  })
  judicialConfirmationRejectionReason(@Root() jointCase: JointCase, @Ctx() ctx: RequestContext) {
    return this.readRoom.caseWorkText(
      ctx,
      jointCase.id,
      'judicialConfirmationRejectionReason',
      jointCase.judicialConfirmationRejectionReason ?? null,
    );
  }

  @FieldResolver(() => MediationAgreement, {
    nullable: true,
    description: 'The structured mediation agreement (人民调解协议书); null when none was recorded.',
  })
  async mediationAgreement(
    @Root() jointCase: JointCase,
    @Ctx() ctx: RequestContext,
  ): Promise<MediationAgreement | null> {
    // Batched: a page of cases asks for all its agreements in one statement.
    const row = await ctx.loaders.caseParts.mediationAgreements.load(jointCase.id);
    if (!row) return null;
    return {
      ...row,
      judicialConfirmationDeadline: judicialConfirmationDeadline(row.effectiveOn),
      obligations: row.obligations.map((o) => ({ ...o, jointCaseId: jointCase.id })),
    };
  }
}

@Resolver(() => MediationAgreement)
export class MediationAgreementResolver {
  constructor(private readonly readRoom: ReadRoom) {}

  @FieldResolver(() => String, { description: `纠纷的主要事实、争议事项. ${FREE_TEXT}` })
  facts(@Root() agreement: MediationAgreement, @Ctx() ctx: RequestContext) {
    return this.readRoom.caseWorkText(ctx, agreement.jointCaseId, 'mediationAgreement.facts', agreement.facts);
  }

  @FieldResolver(() => [AgreementObligationType], { description: 'The obligations, each with 履行方式 and 履行期限.' })
  obligations(@Root() agreement: MediationAgreement) {
    return agreement.obligations;
  }
}

@Resolver(() => AgreementObligationType)
export class AgreementObligationResolver {
  constructor(private readonly readRoom: ReadRoom) {}

  @FieldResolver(() => String, { description: `What is owed (义务内容). ${FREE_TEXT}` })
  content(@Root() obligation: AgreementObligationType, @Ctx() ctx: RequestContext) {
    return this.readRoom.caseWorkText(
      ctx,
      obligation.jointCaseId,
      'mediationAgreement.obligations.content',
      obligation.content,
    );
  }

  @FieldResolver(() => String, { description: `How it is to be performed (履行方式). ${FREE_TEXT}` })
  performanceMethod(@Root() obligation: AgreementObligationType, @Ctx() ctx: RequestContext) {
    return this.readRoom.caseWorkText(
      ctx,
      obligation.jointCaseId,
      'mediationAgreement.obligations.performanceMethod',
      obligation.performanceMethod,
    );
  }
}
