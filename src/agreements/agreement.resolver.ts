import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { PageArgs } from '../common/relay';
import type { RequestContext } from '../graphql/request-context';
import { AgreementStatus } from './agreement.enums';
import {
  Agreement,
  AgreementConnection,
  AgreementCoverage,
  DraftAgreementInput,
  FieldExposure,
} from './agreement.type';
import { toAgreement } from './agreement.service';
import type { AgreementDryRun } from '../graphql/agreement-dry-run';
import type { AgreementService } from './agreement.service';

@Resolver(() => Agreement)
export class AgreementResolver {
  constructor(
    private readonly agreementService: AgreementService,
    private readonly dryRun: AgreementDryRun,
  ) {}

  @Query(() => AgreementConnection, {
    description: "Agreements the caller's body is party to (all of them for the governance centre and administrators).",
  })
  agreements(
    @Args() page: PageArgs,
    @Arg('status', () => AgreementStatus, {
      nullable: true,
      description: 'Only agreements in this state (协议状态); all states when omitted.',
    })
    status: AgreementStatus | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.agreementService.list(ctx, { status }, page);
  }

  @Query(() => Agreement, {
    description:
      "One agreement the caller's body is party to, by id (数据共享协议); any for the governance centre and administrators.",
  })
  async agreement(
    @Arg('id', () => ID, { description: "The agreement's id (协议编号)." }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return toAgreement(await this.agreementService.findVisible(ctx, id));
  }

  @Query(() => [AgreementCoverage], {
    description: 'Per active agreement, every field of the record kinds it names: granted, masked or denied.',
  })
  agreementCoverage(@Ctx() ctx: RequestContext) {
    return this.agreementService.activeCoverage(ctx);
  }

  @Query(() => [FieldExposure], {
    description:
      'Before anyone approves it: exactly which fields a draft (or any) agreement would expose to a given query.',
  })
  async agreementDryRun(
    @Arg('id', () => ID, { description: 'The agreement to evaluate (协议编号).' }) id: string,
    @Arg('query', {
      description: 'The GraphQL query text to evaluate the agreement against (查询语句); it is not executed.',
    })
    query: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.dryRun.run(await this.agreementService.findVisible(ctx, id), query);
  }

  @Mutation(() => Agreement, { description: 'Drafts an agreement (a chief of either body, or an administrator).' })
  draftAgreement(
    @Arg('input', { description: 'The agreement to draft (协议草案).' }) input: DraftAgreementInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.agreementService.draft(ctx, input);
  }

  @Mutation(() => Agreement, {
    description: "Approval by the provider's or the consumer's chief; active once both have approved.",
  })
  approveAgreement(
    @Arg('id', () => ID, { description: 'The agreement to approve (协议编号).' }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.agreementService.approve(ctx, id);
  }

  @Mutation(() => Agreement, {
    description: 'Stops the agreement granting, from the next request on, on every hub replica.',
  })
  suspendAgreement(
    @Arg('id', () => ID, { description: 'The agreement to suspend (协议编号).' }) id: string,
    @Arg('reason', { description: 'Why it is suspended (暂停原因); shown as statusReason.' }) reason: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.agreementService.suspend(ctx, id, reason);
  }

  @Mutation(() => Agreement, { description: "A suspended agreement grants again (the provider's chief)." })
  resumeAgreement(
    @Arg('id', () => ID, { description: 'The agreement to resume (协议编号).' }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.agreementService.resume(ctx, id);
  }

  @Mutation(() => Agreement, {
    description: 'Ends the agreement for good, from the next request on, on every hub replica.',
  })
  revokeAgreement(
    @Arg('id', () => ID, { description: 'The agreement to revoke (协议编号).' }) id: string,
    @Arg('reason', { description: 'Why it is revoked (撤销原因); shown as statusReason.' }) reason: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.agreementService.revoke(ctx, id, reason);
  }
}
