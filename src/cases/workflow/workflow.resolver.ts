import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../common/relay';
import { JointCaseFilter } from '../joint-case-list.input';
import type { RequestContext } from '../../graphql/request-context';
import type { JointCaseHistoryEntity, JointSessionEntity } from './joint-case-history.entity';
import { JointCase, JointCaseConnection } from '../joint-case.type';
import {
  AssignJointCaseInput,
  ConfirmJudiciallyInput,
  JointCaseTransitionResult,
  JointSession,
  OpenJointCaseInput,
  RecordJointSessionInput,
  RecordReferenceInput,
  ReferJointCaseInput,
  TimelineEntry,
} from './workflow.type';

const VERSION = { nullable: true, description: 'The version the user saw; a different current version answers CONFLICT.' } as const;

/** The joint-case workflow. Steps the state does not allow come back as TransitionError data. */
@Resolver(() => JointCase)
export class WorkflowResolver {
  @Mutation(() => JointCase, { description: '受理: the governance centre takes a case in; its risk is assessed at once.' })
  openJointCase(@Arg('input') input: OpenJointCaseInput, @Ctx() ctx: RequestContext) {
    return ctx.services.workflow.open(ctx, input);
  }

  @Mutation(() => JointCaseTransitionResult, { description: '研判: INTAKE → ASSESSED, reading the parties\' history again.' })
  assessJointCase(@Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int, VERSION) v: number | null, @Ctx() ctx: RequestContext) {
    return ctx.services.workflow.assess(ctx, id, v);
  }

  @Mutation(() => JointCaseTransitionResult, { description: '分流交办: ASSESSED → ASSIGNED, naming the lead body, the bodies taking part, the first handler and the deadline.' })
  assignJointCase(@Arg('id', () => ID) id: string, @Arg('input') input: AssignJointCaseInput, @Arg('expectedVersion', () => Int, VERSION) v: number | null, @Ctx() ctx: RequestContext) {
    return ctx.services.workflow.assign(ctx, id, input, v);
  }

  @Mutation(() => JointCaseTransitionResult, { description: 'ASSIGNED → IN_MEDIATION (调解中).' })
  startMediation(@Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int, VERSION) v: number | null, @Ctx() ctx: RequestContext) {
    return ctx.services.workflow.startMediation(ctx, id, v);
  }

  @Mutation(() => JointSession, { description: '联合调解 / 三长会商: records a joint session of a case in mediation.' })
  recordJointSession(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: RecordJointSessionInput,
    @Arg('expectedVersion', () => Int, VERSION) v: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.services.workflow.recordSession(ctx, id, input, v);
  }

  @Mutation(() => JointCaseTransitionResult, { description: 'IN_MEDIATION → AGREEMENT_REACHED (达成协议), with the terms.' })
  reachAgreement(@Arg('id', () => ID) id: string, @Arg('terms') terms: string, @Arg('expectedVersion', () => Int, VERSION) v: number | null, @Ctx() ctx: RequestContext) {
    return ctx.services.workflow.reachAgreement(ctx, id, terms, v);
  }

  @Mutation(() => JointCaseTransitionResult, { description: 'AGREEMENT_REACHED → JUDICIALLY_CONFIRMED (司法确认), by the court only.' })
  confirmJudicially(@Arg('id', () => ID) id: string, @Arg('input') input: ConfirmJudiciallyInput, @Arg('expectedVersion', () => Int, VERSION) v: number | null, @Ctx() ctx: RequestContext) {
    return ctx.services.workflow.confirmJudicially(ctx, id, input, v);
  }

  @Mutation(() => JointCaseTransitionResult, { description: 'IN_MEDIATION → FAILED (调解不成).' })
  failMediation(@Arg('id', () => ID) id: string, @Arg('reason') reason: string, @Arg('expectedVersion', () => Int, VERSION) v: number | null, @Ctx() ctx: RequestContext) {
    return ctx.services.workflow.fail(ctx, id, reason, v);
  }

  @Mutation(() => JointCaseTransitionResult, { description: 'FAILED → REFERRED (转诉讼 / 转其他渠道); litigation names the court filing.' })
  referJointCase(@Arg('id', () => ID) id: string, @Arg('input') input: ReferJointCaseInput, @Arg('expectedVersion', () => Int, VERSION) v: number | null, @Ctx() ctx: RequestContext) {
    return ctx.services.workflow.refer(ctx, id, input, v);
  }

  @Mutation(() => JointCaseTransitionResult, { description: '回访: after an agreement, a confirmation or a referral.' })
  startFollowUp(@Arg('id', () => ID) id: string, @Arg('note') note: string, @Arg('expectedVersion', () => Int, VERSION) v: number | null, @Ctx() ctx: RequestContext) {
    return ctx.services.workflow.startFollowUp(ctx, id, note, v);
  }

  @Mutation(() => JointCaseTransitionResult, { description: '结案: only after follow-up.' })
  closeJointCase(@Arg('id', () => ID) id: string, @Arg('note', () => String, { nullable: true }) note: string | null, @Arg('expectedVersion', () => Int, VERSION) v: number | null, @Ctx() ctx: RequestContext) {
    return ctx.services.workflow.close(ctx, id, note, v);
  }

  @Mutation(() => JointCaseTransitionResult, { description: '撤回: before an outcome.' })
  withdrawJointCase(@Arg('id', () => ID) id: string, @Arg('reason') reason: string, @Arg('expectedVersion', () => Int, VERSION) v: number | null, @Ctx() ctx: RequestContext) {
    return ctx.services.workflow.withdraw(ctx, id, reason, v);
  }

  @Mutation(() => JointCase, {
    description:
      'Links a body\'s record to an open case by reference. The record must exist, its body take part in the case (or link it itself), ' +
      'and it must name a party — or `reason` says why it belongs (its owner can read it). Audited; the centre re-assesses the risk.',
  })
  linkRecordToCase(
    @Arg('id', () => ID) id: string,
    @Arg('record') record: RecordReferenceInput,
    @Arg('reason', () => String, { nullable: true, description: 'Why a record that names no party belongs to the case.' }) reason: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.services.workflow.linkRecord(ctx, id, record, reason);
  }

  @Mutation(() => JointCase, { description: 'Removes a link from an open case, with the reason; audited, and the centre re-assesses the risk.' })
  unlinkRecordFromCase(@Arg('id', () => ID) id: string, @Arg('record') record: RecordReferenceInput, @Arg('reason') reason: string, @Ctx() ctx: RequestContext) {
    return ctx.services.workflow.unlinkRecord(ctx, id, record, reason);
  }

  @Mutation(() => JointCase, { description: "Reads the parties' history at the other bodies again and stores the case's risk level and reasons (the governance centre)." })
  reassessJointCaseRisk(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return ctx.services.workflow.reassessVisible(ctx, id);
  }

  @Query(() => JointCaseConnection, { description: '预警: open cases at RED or ORANGE the caller may see, RED first, then the oldest first, a page at a time.' })
  earlyWarnings(
    @Args() page: PageArgs,
    @Arg('filter', () => JointCaseFilter, { nullable: true, description: 'Narrows the warnings further (筛选条件), e.g. by category or lead body.' }) filter: JointCaseFilter | null,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.services.jointCases.earlyWarnings(ctx, filter, page);
  }

  @FieldResolver(() => [TimelineEntry], { description: 'Every step of the case, oldest first.' })
  timeline(@Root() jointCase: JointCase, @Ctx() ctx: RequestContext) {
    return ctx.services.workflow.timeline(jointCase.id);
  }

  @FieldResolver(() => [JointSession])
  sessions(@Root() jointCase: JointCase, @Ctx() ctx: RequestContext) {
    return ctx.services.workflow.sessions(jointCase.id);
  }
}

/** Minutes and outcomes are free text about the parties: shown through the read room. */
@Resolver(() => JointSession)
export class JointSessionResolver {
  @FieldResolver(() => String, { description: 'Where the session was held; free text, governed like the case\'s description.' })
  place(@Root() session: JointSessionEntity, @Ctx() ctx: RequestContext) {
    return ctx.services.readRoom.caseWorkText(ctx, session.jointCaseId, 'sessions.place', session.place);
  }

  @FieldResolver(() => String, { description: 'The minutes (笔录); free text, governed like the case\'s description.' })
  minutes(@Root() session: JointSessionEntity, @Ctx() ctx: RequestContext) {
    return ctx.services.readRoom.caseWorkText(ctx, session.jointCaseId, 'sessions.minutes', session.minutes);
  }

  @FieldResolver(() => String, { nullable: true, description: 'What the session reached; free text, governed like the case\'s description.' })
  outcome(@Root() session: JointSessionEntity, @Ctx() ctx: RequestContext) {
    return ctx.services.readRoom.caseWorkText(ctx, session.jointCaseId, 'sessions.outcome', session.outcome);
  }
}

@Resolver(() => TimelineEntry)
export class TimelineEntryResolver {
  @FieldResolver(() => String, { nullable: true, description: 'The step\'s note (terms, reasons); free text, governed like the case\'s description.' })
  note(@Root() entry: JointCaseHistoryEntity, @Ctx() ctx: RequestContext) {
    return ctx.services.readRoom.caseWorkText(ctx, entry.jointCaseId, 'timeline.note', entry.note);
  }
}
