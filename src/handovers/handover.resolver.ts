import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../graphql/request-context';
import { HandoverKind } from './handover.kinds';
import { Handover, HandoverFeedback, HandOverToMediationInput } from './handover.type';
import type { HandoverService } from './handover.service';
import type { ReadRoom } from '../read-room/read-room';

@Resolver(() => Handover)
export class HandoverResolver {
  constructor(private readonly handoverService: HandoverService) {}

  @Mutation(() => Handover, {
    description:
      "对接: hands one of the caller's own records over to joint mediation (the court 诉调, the police station 警调, the petitions body 访调). " +
      'It becomes a joint case at the centre; every outcome comes back as feedback only the sender reads.',
  })
  handOverToMediation(
    @Arg('input', () => HandOverToMediationInput, {
      description: "The dispute to hand over and the sender's record it comes from (移交内容).",
    })
    input: HandOverToMediationInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.handoverService.handOver(ctx, input);
  }

  @Query(() => [Handover], {
    description:
      "The caller's body's hand-overs, newest first, each with its case's state and the outcomes returned (反馈).",
  })
  handovers(
    @Arg('kind', () => HandoverKind, { nullable: true, description: 'Only hand-overs of this kind.' })
    kind: HandoverKind | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.handoverService.list(ctx, kind ?? null);
  }

  @Mutation(() => Handover, {
    description:
      '访调对接: the petitions body records whether the referred petition matter is resolved (化解) now that its case concluded.',
  })
  decidePetitionResolution(
    @Arg('handoverId', () => ID, { description: 'The hand-over of the petition matter.' }) handoverId: string,
    @Arg('resolved', { description: 'True: the matter is resolved (化解); false: not resolved.' }) resolved: boolean,
    @Ctx() ctx: RequestContext,
  ) {
    return this.handoverService.decidePetition(ctx, handoverId, resolved);
  }
}

@Resolver(() => HandoverFeedback)
export class HandoverFeedbackResolver {
  constructor(private readonly readRoom: ReadRoom) {}

  @FieldResolver(() => String, {
    nullable: true,
    description: "Why mediation failed (调解不成原因), free text; contacts masked as for the case's own text.",
  })
  failureReason(@Root() feedback: HandoverFeedback, @Ctx() ctx: RequestContext) {
    return this.readRoom.caseWorkText(ctx, feedback.jointCaseId, 'handover.failureReason', feedback.failureReason);
  }
}
