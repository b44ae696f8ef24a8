import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../common/relay';
import { JointCaseFilter } from '../joint-case-list.input';
import type { RequestContext } from '../../graphql/request-context';
import type { JointCaseHistoryEntity } from '../joint-case-history.entity';
import type { JointSessionEntity } from '../joint-session.entity';
import { JointCase, JointCaseConnection } from '../joint-case.type';
import type { JointCaseService } from '../joint-case.service';
import {
  ApplyJudicialConfirmationInput,
  AssessJointCaseInput,
  ExtendDeadlineInput,
  FollowUpFindingsInput,
  HandOverInput,
  MediationAgreementInput,
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
import type { ReadRoom } from '../../read-room/read-room';
import type { WorkflowService } from './workflow.service';

const CASE_ID = { description: 'The joint case (联合调解案件) the step is taken on.' } as const;
const STEP_INPUT = { description: 'What the step records (办理内容).' } as const;
const VERSION = {
  nullable: true,
  description: 'The version the user saw; a different current version answers CONFLICT.',
} as const;

/** The joint-case workflow. Steps the state does not allow come back as TransitionError data. */
@Resolver(() => JointCase)
export class WorkflowResolver {
  constructor(
    private readonly workflow: WorkflowService,
    private readonly cases: JointCaseService,
  ) {}

  @Mutation(() => JointCase, {
    description: '受理: the governance centre takes a case in; its risk is assessed at once.',
  })
  openJointCase(@Arg('input', STEP_INPUT) input: OpenJointCaseInput, @Ctx() ctx: RequestContext) {
    return this.workflow.open(ctx, input);
  }

  @Mutation(() => JointCaseTransitionResult, {
    description:
      "研判: INTAKE → ASSESSED, reading the parties' history again; records the 研判意见 and a level set by hand with its reason (kept apart from the rules' level).",
  })
  assessJointCase(
    @Arg('id', () => ID, CASE_ID) id: string,
    @Arg('expectedVersion', () => Int, VERSION) v: number | null,
    @Arg('input', () => AssessJointCaseInput, {
      nullable: true,
      description: '研判意见 and a manual level change with its reason.',
    })
    input: AssessJointCaseInput | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.workflow.assess(ctx, id, v, input);
  }

  @Mutation(() => JointCaseTransitionResult, {
    description: '不予受理: INTAKE → NOT_ACCEPTED, by the governance centre, with the reason.',
  })
  refuseJointCase(
    @Arg('id', () => ID, CASE_ID) id: string,
    @Arg('reason', { description: 'Why the case is not taken in.' }) reason: string,
    @Arg('expectedVersion', () => Int, VERSION) v: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.workflow.refuse(ctx, id, reason, v);
  }

  @Mutation(() => JointCaseTransitionResult, {
    description:
      "延期 (EXTEND): a later deadline with the reason, approved by the lead body's CHIEF; the case stays where it is, the history keeps both deadlines.",
  })
  extendJointCaseDeadline(
    @Arg('id', () => ID, CASE_ID) id: string,
    @Arg('input', STEP_INPUT) input: ExtendDeadlineInput,
    @Arg('expectedVersion', () => Int, VERSION) v: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.workflow.extend(ctx, id, input, v);
  }

  @Mutation(() => JointCaseTransitionResult, {
    description:
      '退回 (RETURN): ASSIGNED → ASSESSED, the lead body returns the case to the centre with the reason; the centre assigns it again.',
  })
  returnJointCase(
    @Arg('id', () => ID, CASE_ID) id: string,
    @Arg('reason', { description: 'Why the lead body returns the case.' }) reason: string,
    @Arg('expectedVersion', () => Int, VERSION) v: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.workflow.returnToCentre(ctx, id, reason, v);
  }

  @Mutation(() => JointCaseTransitionResult, {
    description:
      "改派/交接 (HAND_OVER): the lead body's CHIEF or the handler gives the case to another handler of the lead body, with the reason.",
  })
  handOverJointCase(
    @Arg('id', () => ID, CASE_ID) id: string,
    @Arg('input', STEP_INPUT) input: HandOverInput,
    @Arg('expectedVersion', () => Int, VERSION) v: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.workflow.handOver(ctx, id, input, v);
  }

  @Mutation(() => JointCaseTransitionResult, {
    description:
      '申请司法确认: AGREEMENT_REACHED → CONFIRMATION_APPLIED, within 30 days of the agreement taking effect (人民调解法 第三十三条).',
  })
  applyJudicialConfirmation(
    @Arg('id', () => ID, CASE_ID) id: string,
    @Arg('input', STEP_INPUT) input: ApplyJudicialConfirmationInput,
    @Arg('expectedVersion', () => Int, VERSION) v: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.workflow.applyJudicialConfirmation(ctx, id, input, v);
  }

  @Mutation(() => JointCaseTransitionResult, {
    description:
      "驳回司法确认申请: CONFIRMATION_APPLIED → AGREEMENT_REACHED with the court's reason, by the court only.",
  })
  rejectJudicialConfirmation(
    @Arg('id', () => ID, CASE_ID) id: string,
    @Arg('reason', { description: "The court's reason." }) reason: string,
    @Arg('expectedVersion', () => Int, VERSION) v: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.workflow.rejectJudicialConfirmation(ctx, id, reason, v);
  }

  @Mutation(() => JointCaseTransitionResult, {
    description:
      '分流交办: ASSESSED → ASSIGNED, naming the lead body, the bodies taking part, the first handler and the deadline.',
  })
  assignJointCase(
    @Arg('id', () => ID, CASE_ID) id: string,
    @Arg('input', STEP_INPUT) input: AssignJointCaseInput,
    @Arg('expectedVersion', () => Int, VERSION) v: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.workflow.assign(ctx, id, input, v);
  }

  @Mutation(() => JointCaseTransitionResult, { description: 'ASSIGNED → IN_MEDIATION (调解中).' })
  startMediation(
    @Arg('id', () => ID, CASE_ID) id: string,
    @Arg('expectedVersion', () => Int, VERSION) v: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.workflow.startMediation(ctx, id, v);
  }

  @Mutation(() => JointSession, { description: '联合调解 / 三长会商: records a joint session of a case in mediation.' })
  recordJointSession(
    @Arg('id', () => ID, CASE_ID) id: string,
    @Arg('input', STEP_INPUT) input: RecordJointSessionInput,
    @Arg('expectedVersion', () => Int, VERSION) v: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.workflow.recordSession(ctx, id, input, v);
  }

  @Mutation(() => JointCaseTransitionResult, {
    description:
      'IN_MEDIATION → AGREEMENT_REACHED (达成协议), with the terms and the structured 人民调解协议书; the handling clock stops.',
  })
  reachAgreement(
    @Arg('id', () => ID, CASE_ID) id: string,
    @Arg('terms', { description: 'The terms the parties agreed (协议内容), as free text.' }) terms: string,
    @Arg('expectedVersion', () => Int, VERSION) v: number | null,
    @Arg('agreement', () => MediationAgreementInput, {
      nullable: true,
      description: 'The structured agreement (人民调解协议书).',
    })
    agreement: MediationAgreementInput | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.workflow.reachAgreement(ctx, id, terms, v, agreement);
  }

  @Mutation(() => JointCaseTransitionResult, {
    description:
      'CONFIRMATION_APPLIED → JUDICIALLY_CONFIRMED (司法确认, 确认有效) with the 裁定书文号, by the court only.',
  })
  confirmJudicially(
    @Arg('id', () => ID, CASE_ID) id: string,
    @Arg('input', STEP_INPUT) input: ConfirmJudiciallyInput,
    @Arg('expectedVersion', () => Int, VERSION) v: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.workflow.confirmJudicially(ctx, id, input, v);
  }

  @Mutation(() => JointCaseTransitionResult, { description: 'IN_MEDIATION → FAILED (调解不成).' })
  failMediation(
    @Arg('id', () => ID, CASE_ID) id: string,
    @Arg('reason', { description: 'Why mediation failed (调解不成原因).' }) reason: string,
    @Arg('expectedVersion', () => Int, VERSION) v: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.workflow.fail(ctx, id, reason, v);
  }

  @Mutation(() => JointCaseTransitionResult, {
    description:
      'ASSESSED or FAILED → REFERRED (依法导入: 诉讼 / 仲裁 / 行政复议 / 信访程序); from 研判 by the centre with a reason; litigation names the court filing.',
  })
  referJointCase(
    @Arg('id', () => ID, CASE_ID) id: string,
    @Arg('input', STEP_INPUT) input: ReferJointCaseInput,
    @Arg('expectedVersion', () => Int, VERSION) v: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.workflow.refer(ctx, id, input, v);
  }

  @Mutation(() => JointCaseTransitionResult, {
    description: '回访: after an agreement, a confirmation or a referral; records 履行状态 and 满意度.',
  })
  startFollowUp(
    @Arg('id', () => ID, CASE_ID) id: string,
    @Arg('note', { description: 'What the follow-up found (回访情况), as free text.' }) note: string,
    @Arg('expectedVersion', () => Int, VERSION) v: number | null,
    @Arg('findings', () => FollowUpFindingsInput, { nullable: true, description: '履行状态 and 回访满意度.' })
    findings: FollowUpFindingsInput | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.workflow.startFollowUp(ctx, id, note, v, findings);
  }

  @Mutation(() => JointCaseTransitionResult, { description: '结案: only after follow-up.' })
  closeJointCase(
    @Arg('id', () => ID, CASE_ID) id: string,
    @Arg('note', () => String, { nullable: true, description: 'A closing note (结案备注), if any.' })
    note: string | null,
    @Arg('expectedVersion', () => Int, VERSION) v: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.workflow.close(ctx, id, note, v);
  }

  @Mutation(() => JointCaseTransitionResult, { description: '撤回: before an outcome.' })
  withdrawJointCase(
    @Arg('id', () => ID, CASE_ID) id: string,
    @Arg('reason', { description: 'Why the case is withdrawn (撤回原因).' }) reason: string,
    @Arg('expectedVersion', () => Int, VERSION) v: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.workflow.withdraw(ctx, id, reason, v);
  }

  @Mutation(() => JointCase, {
    description:
      "Links a body's record to an open case by reference. The record must exist, its body take part in the case (or link it itself), " +
      'and it must name a party — or `reason` says why it belongs (its owner can read it). Audited; the centre re-assesses the risk.',
  })
  linkRecordToCase(
    @Arg('id', () => ID, CASE_ID) id: string,
    @Arg('record', { description: 'The record to link, by reference (关联记录).' }) record: RecordReferenceInput,
    @Arg('reason', () => String, {
      nullable: true,
      description: 'Why a record that names no party belongs to the case.',
    })
    reason: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.workflow.linkRecord(ctx, id, record, reason);
  }

  @Mutation(() => JointCase, {
    description: 'Removes a link from an open case, with the reason; audited, and the centre re-assesses the risk.',
  })
  unlinkRecordFromCase(
    @Arg('id', () => ID, CASE_ID) id: string,
    @Arg('record', { description: 'The linked record to remove, by reference (关联记录).' })
    record: RecordReferenceInput,
    @Arg('reason', { description: 'Why the link is removed (解除原因); audited.' }) reason: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.workflow.unlinkRecord(ctx, id, record, reason);
  }

  @Mutation(() => JointCase, {
    description:
      "Reads the parties' history at the other bodies again and stores the case's risk level and reasons (the governance centre).",
  })
  reassessJointCaseRisk(@Arg('id', () => ID, CASE_ID) id: string, @Ctx() ctx: RequestContext) {
    return this.workflow.reassessVisible(ctx, id);
  }

  @Query(() => JointCaseConnection, {
    description:
      '预警: open cases at RED or ORANGE the caller may see, RED first, then the oldest first, a page at a time.',
  })
  earlyWarnings(
    @Args() page: PageArgs,
    @Arg('filter', () => JointCaseFilter, {
      nullable: true,
      description: 'Narrows the warnings further (筛选条件), e.g. by category or lead body.',
    })
    filter: JointCaseFilter | null,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.cases.earlyWarnings(ctx, filter, page, info);
  }

  @FieldResolver(() => [TimelineEntry], { description: 'Every step of the case, oldest first.' })
  timeline(@Root() jointCase: JointCase, @Ctx() ctx: RequestContext) {
    return ctx.loaders.caseParts.timeline.load(jointCase.id);
  }

  @FieldResolver(() => [JointSession], {
    description: 'The joint sessions held on the case (联合调解会议), oldest first.',
  })
  sessions(@Root() jointCase: JointCase, @Ctx() ctx: RequestContext) {
    return ctx.loaders.caseParts.sessions.load(jointCase.id);
  }
}

/** Minutes and outcomes are free text about the parties: shown through the read room. */
@Resolver(() => JointSession)
export class JointSessionResolver {
  constructor(private readonly readRoom: ReadRoom) {}

  @FieldResolver(() => String, {
    description: "Where the session was held; free text, governed like the case's description.",
  })
  place(@Root() session: JointSessionEntity, @Ctx() ctx: RequestContext) {
    return this.readRoom.caseWorkText(ctx, session.jointCaseId, 'sessions.place', session.place);
  }

  @FieldResolver(() => String, { description: "The minutes (笔录); free text, governed like the case's description." })
  minutes(@Root() session: JointSessionEntity, @Ctx() ctx: RequestContext) {
    return this.readRoom.caseWorkText(ctx, session.jointCaseId, 'sessions.minutes', session.minutes);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "What the session reached; free text, governed like the case's description.",
  })
  outcome(@Root() session: JointSessionEntity, @Ctx() ctx: RequestContext) {
    return this.readRoom.caseWorkText(ctx, session.jointCaseId, 'sessions.outcome', session.outcome);
  }
}

@Resolver(() => TimelineEntry)
export class TimelineEntryResolver {
  constructor(private readonly readRoom: ReadRoom) {}

  @FieldResolver(() => String, {
    nullable: true,
    description: "The step's note (terms, reasons); free text, governed like the case's description.",
  })
  note(@Root() entry: JointCaseHistoryEntity, @Ctx() ctx: RequestContext) {
    return this.readRoom.caseWorkText(ctx, entry.jointCaseId, 'timeline.note', entry.note);
  }
}
