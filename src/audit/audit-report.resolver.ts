import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../graphql/request-context';
import { AuditEntryConnection, AuditTrailArgs, SubjectAccessReport } from './audit-report.type';
import type { AuditReportService } from './audit-report.service';

@Resolver()
export class AuditReportResolver {
  constructor(private readonly auditReports: AuditReportService) {}

  @Query(() => AuditEntryConnection, {
    description:
      "For a body's AUDITOR: who read our records, when, for which case, under which agreement (newest first).",
  })
  auditTrail(@Args() args: AuditTrailArgs, @Ctx() ctx: RequestContext) {
    return this.auditReports.trail(ctx, args);
  }

  @Query(() => SubjectAccessReport, {
    description: 'For the governance centre to hand to a citizen: which bodies looked at their records, and why.',
  })
  subjectAccessReport(
    @Arg('residentId', { description: "The citizen's resident ID number (居民身份证号码)." }) residentId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.auditReports.subjectAccess(ctx, residentId);
  }

  @Mutation(() => Boolean, {
    description:
      'The police mark one of their records as under investigation: subject access reports leave it out until lifted.',
  })
  placeInvestigationHold(
    @Arg('recordType', {
      description: 'The police record kind, by its GraphQL type name (记录类型), e.g. PoliceIncident.',
    })
    recordType: string,
    @Arg('recordId', { description: "The police record's id (记录编号)." }) recordId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.auditReports.placeHold(ctx, recordType, recordId);
  }

  @Mutation(() => Boolean, { description: 'Lifts an investigation hold; true when there was one.' })
  liftInvestigationHold(
    @Arg('recordType', { description: 'The police record kind, by its GraphQL type name (记录类型).' })
    recordType: string,
    @Arg('recordId', { description: "The police record's id (记录编号)." }) recordId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.auditReports.liftHold(ctx, recordType, recordId);
  }
}
