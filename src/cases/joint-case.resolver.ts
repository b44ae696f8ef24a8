import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../common/relay';
import { DepartmentRecord } from '../connectors/department-record.type';
import type { RequestContext } from '../graphql/request-context';
import { CaseParty, JointCase, JointCaseConnection, LinkedRecord, LinkedRecordConnection } from './joint-case.type';

@Resolver(() => JointCase)
export class JointCaseResolver {
  @Query(() => JointCase, { description: 'One joint case the caller\'s body may see, with its shared context.' })
  jointCase(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return ctx.services.jointCases.findVisible(ctx, id);
  }

  @Query(() => JointCaseConnection, { description: 'Joint cases the caller\'s body may see, newest first.' })
  jointCases(@Args() page: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.services.jointCases.listVisible(ctx, page);
  }

  @FieldResolver(() => [CaseParty])
  parties(@Root() jointCase: JointCase, @Ctx() ctx: RequestContext) {
    return ctx.services.jointCases.parties(ctx, jointCase);
  }

  @FieldResolver(() => LinkedRecordConnection, { description: 'Department records linked to this case, by body.' })
  linkedRecords(@Root() jointCase: JointCase, @Args() page: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.services.jointCases.linkedRecords(ctx, jointCase, page);
  }
}

@Resolver(() => LinkedRecord)
export class LinkedRecordResolver {
  @FieldResolver(() => DepartmentRecord, { nullable: true })
  record(@Root() link: LinkedRecord, @Ctx() ctx: RequestContext) {
    return ctx.services.jointCases.recordOf(ctx, link);
  }
}
