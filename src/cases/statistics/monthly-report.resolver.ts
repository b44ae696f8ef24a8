import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context';
import { MonthlyReportService } from './monthly-report.service';
import { MonthlyReport, MonthlyReportArgs } from './monthly-report.types';

@Resolver()
export class MonthlyReportResolver {
  @Query(() => MonthlyReport, {
    description:
      '月报: 旧存 / 新收 / 已结 / 未结 and the rates (调处率, 调处成功率, 按期办结率, 发现预警率, 协议履行率, 回访满意率, 司法确认数) for [from, until), ' +
      "for the governance centre (exact) and a body's CHIEF or SUPERVISOR (its cases; early warnings and confirmations under the small-cell rule).",
  })
  monthlyReport(@Args() args: MonthlyReportArgs, @Ctx() ctx: RequestContext) {
    return new MonthlyReportService(ctx.services.hubDb).report(ctx, args);
  }
}
