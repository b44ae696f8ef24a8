import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { PageArgs } from '../../common/relay';
import type { RequestContext } from '../../graphql/request-context';
import { JointCaseConnection } from '../joint-case.type';
import type { CaseStatisticsService } from './case-statistics.service';
import type { SupervisionService } from './supervision.service';
import { CaseStatistics, CaseStatisticsArgs, HandlerWorkload } from './statistics.types';

@Resolver()
export class CaseStatisticsResolver {
  constructor(private readonly statistics: CaseStatisticsService) {}

  @Query(() => CaseStatistics, {
    description:
      "Statistics of the joint cases taken in during [from, until), for the governance centre and a body's CHIEF or SUPERVISOR " +
      '(a body sees only the cases it leads or takes part in).',
  })
  caseStatistics(@Args() args: CaseStatisticsArgs, @Ctx() ctx: RequestContext) {
    return this.statistics.statistics(ctx, args);
  }
}

@Resolver()
export class SupervisionResolver {
  constructor(private readonly supervision: SupervisionService) {}

  @Query(() => JointCaseConnection, {
    description:
      "Open cases past their deadline (督查督办), oldest deadline first; only the cases the caller's body may see.",
  })
  overdueCases(@Args() page: PageArgs, @Ctx() ctx: RequestContext) {
    return this.supervision.overdueCases(ctx, page);
  }

  @Query(() => [HandlerWorkload], {
    description: "Open and overdue cases per first handler (首办责任人), over the cases the caller's body may see.",
  })
  handlerWorkload(@Ctx() ctx: RequestContext) {
    return this.supervision.handlerWorkload(ctx);
  }
}
