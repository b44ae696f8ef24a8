import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { type Actor, GOVERNANCE_CENTRE, Role } from '../../auth/actor';
import { ErrorCode } from '../../common/error-code';
import { HubError } from '../../common/hub-error';
import { checkIntakeParty } from '../parties/party-intake';
import { type AgreementObligation, MediationAgreementEntity } from '../agreement/mediation-agreement.entity';
import { PerformanceStatus, SessionType } from '../case-domain-enums';
import type { DepartmentRegistry } from '../../connectors/department-registry';
import type { RequestContext } from '../../graphql/request-context';
import { JointCaseEntity } from '../joint-case.entity';
import { JointCasePartyEntity } from '../joint-case-party.entity';
import { JointCaseRecordLinkEntity } from '../joint-case-record-link.entity';
import { canSeeCase, takesPartInCase } from '../case-visibility';
import { UUID } from '../../common/ids';
import type { RiskAssessor } from '../risk/risk-assessor';
import type { RiskQueue } from '../risk/risk-screening.worker';
import type { ReadRoom } from '../../read-room/read-room';
import type { ResidentIdHasher } from '../../persons/resident-id-hash';
import {
  DEFAULT_DEADLINE_DAYS,
  FOLLOW_UP_DAYS,
  JUDICIAL_CONFIRMATION_WINDOW_DAYS,
  ReferralChannel,
} from '../case-enums';
import { CaseAction, CaseStatus, FINISHED_STATUSES } from '../case-status';
import { raiseWarningIfWarranted } from '../warnings/early-warning.service';
import { returnHandoverOutcome } from '../../handovers/handover-feedback';
import { assertDvOutcomeAllowed, assertDvSessionAllowed } from '../domestic-violence/domestic-violence.rules';
import { allowedNextStates, CASE_TRANSITIONS, mayTake } from './case-transitions';
import type { AuditedTransactions } from '../../audit/audited-transaction';
import { idempotentCreate } from '../../common/idempotency';
import { JointCaseHistoryEntity } from '../joint-case-history.entity';
import { JointSessionEntity } from '../joint-session.entity';
import type {
  ApplyJudicialConfirmationInput,
  AssessJointCaseInput,
  ExtendDeadlineInput,
  FollowUpFindingsInput,
  HandOverInput,
  MediationAgreementInput,
  AssignJointCaseInput,
  ConfirmJudiciallyInput,
  OpenJointCaseInput,
  RecordJointSessionInput,
  RecordReferenceInput,
  ReferJointCaseInput,
} from './workflow.type';
import { TransitionError } from './workflow.type';

const LOCK_NOT_AVAILABLE = '55P03';

/** Queues a risk re-assessment of the case for the centre's risk worker, in the caller's transaction. */
export async function requestRiskAssessment(
  manager: EntityManager,
  jointCaseId: string,
  department: string,
): Promise<void> {
  await manager.query(
    `INSERT INTO risk_assessment_request (joint_case_id, requested_by_department) VALUES ($1, $2)
     ON CONFLICT (joint_case_id) DO NOTHING`,
    [jointCaseId, department],
  );
}
const INTAKE_ROLES = [Role.CLERK, Role.MEDIATOR, Role.CHIEF];

function historyEntry(
  jointCase: JointCaseEntity,
  actor: Actor,
  action: string,
  from: CaseStatus | null,
  note?: string | null,
  data?: Record<string, unknown>,
): QueryDeepPartialEntity<JointCaseHistoryEntity> {
  return {
    jointCaseId: jointCase.id,
    action,
    fromStatus: from,
    toStatus: jointCase.status,
    actorUser: actor.user,
    actorDepartment: actor.department,
    actorRole: actor.role,
    note: note ?? null,
    // jsonb: TypeORM's deep-partial type cannot follow an open record.
    data: (data ?? null) as QueryDeepPartialEntity<JointCaseHistoryEntity>['data'],
  };
}

const DAY_MS = 86_400_000;
/** The three chiefs of 三长会商: the court, the police station and the judicial office. */
export const THREE_CHIEFS = ['COURT', 'POLICE', 'JUDICIAL_OFFICE'] as const;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function isoDay(value: string, field: string): number {
  const at = ISO_DAY.test(value) ? Date.parse(`${value}T00:00:00+08:00`) : NaN;
  if (Number.isNaN(at) || new Date(at + 8 * 3_600_000).toISOString().slice(0, 10) !== value)
    throw HubError.badInput(`${field} is not a calendar date`, { field });
  return at;
}

/** The handling clock stops at an outcome; the follow-up is due FOLLOW_UP_DAYS later. */
function stopHandlingClock(jointCase: JointCaseEntity, at: Date): void {
  jointCase.handlingStoppedAt ??= at;
  jointCase.followUpDeadline = new Date(at.getTime() + FOLLOW_UP_DAYS * DAY_MS);
}

function transitionError(
  code: ErrorCode.INVALID_TRANSITION | ErrorCode.CONFLICT,
  message: string,
  status: CaseStatus,
): TransitionError {
  return Object.assign(new TransitionError(), { code, message, status, allowedNextStates: allowedNextStates(status) });
}

/**
 * The joint-case workflow: intake at one window, risk warning, assignment, joint sessions,
 * outcome and judicial confirmation, follow-up and closure. Every step checks the transition
 * table, locks the case, and writes its history entry in the same transaction.
 */
export class WorkflowService {
  constructor(
    private readonly hubDb: DataSource,
    private readonly registry: DepartmentRegistry,
    private readonly readRoom: ReadRoom,
    private readonly hashResidentId: ResidentIdHasher,
    private readonly audited: AuditedTransactions,
    private readonly risk: RiskAssessor,
    /** Wakes the risk worker, which re-assesses the cases a write queued (as the centre). */
    private readonly riskQueue: RiskQueue,
  ) {}

  /** 受理: the governance centre takes a case in at its window. */
  async open(ctx: RequestContext, input: OpenJointCaseInput): Promise<JointCaseEntity> {
    const { actor } = ctx;
    if (actor.department !== GOVERNANCE_CENTRE || !INTAKE_ROLES.includes(actor.role)) {
      throw new HubError(ErrorCode.FORBIDDEN, 'Cases are taken in at the governance centre');
    }
    if (input.occurredAt.getTime() > Date.now() + 60_000)
      throw HubError.badInput('occurredAt lies in the future', { field: 'occurredAt' });
    if (input.sourceRecord) this.registry.recordType(input.sourceRecord.department, input.sourceRecord.recordType);
    // Intake, its risk assessment, the audit of the reads it made and the idempotency key commit
    // together or not at all: no case without a level, no read without its audit record.
    // Parties are checked before anything is written: a bad document answers BAD_USER_INPUT.
    input.parties.forEach((party, position) => checkIntakeParty(party, position));
    return this.audited.run(ctx, (manager) =>
      idempotentCreate(
        manager,
        ctx,
        'openJointCase',
        input,
        async () => (await this.reassess(ctx, { id: await this.insertIntake(ctx, manager, input) }, manager)).id,
        (id) => manager.getRepository(JointCaseEntity).findOneByOrFail({ id }),
      ),
    );
  }

  /** Inserts a case as taken in, its parties, its source link and its history entry (intake and hand-overs). */
  async insertIntake(ctx: RequestContext, manager: EntityManager, input: OpenJointCaseInput): Promise<string> {
    const { actor } = ctx;
    const id = randomUUID();
    const [{ n }] = await manager.query<Array<{ n: string }>>(`SELECT nextval('joint_case_number_seq') AS n`);
    const entity = manager.getRepository(JointCaseEntity).create({
      id,
      caseNumber: `(${new Date().getFullYear()})西湖联调${String(n).padStart(6, '0')}号`,
      title: input.title.trim(),
      category: input.category,
      description: input.description,
      status: CaseStatus.INTAKE,
      sourceChannel: input.sourceChannel,
      urgency: input.urgency,
      peopleInvolved: input.peopleInvolved,
      occurredAt: input.occurredAt,
      place: input.place ?? null,
      community: input.community ?? null,
      grid: input.grid ?? null,
      leadDepartment: null,
      participatingDepartments: input.sourceRecord ? [input.sourceRecord.department] : [],
      riskReasons: [],
      riskUnavailableSources: [],
      consentToMediate: input.consentToMediate ?? true,
      version: 1,
    });
    await manager.getRepository(JointCaseEntity).insert(entity);
    await manager.getRepository(JointCasePartyEntity).insert(
      input.parties.map((input, position) => {
        const { matchingKey, ...party } = checkIntakeParty(input, position);
        return {
          jointCaseId: id,
          position,
          ...party,
          role: input.role,
          residentIdHash: this.hashResidentId(matchingKey),
        };
      }),
    );
    if (input.sourceRecord)
      await this.insertLink(manager, id, input.sourceRecord, actor, { namesParty: null, reason: null });
    await manager
      .getRepository(JointCaseHistoryEntity)
      .insert(historyEntry(entity, actor, 'INTAKE', null, null, { sourceChannel: input.sourceChannel }));
    return id;
  }

  /**
   * Re-reads the bodies' history of the parties and stores the case's level, reasons and their
   * provenance. Risk is screened only by the governance centre under its own RISK_SCREENING
   * agreements: never with another body's access (a participant's change queues a
   * re-assessment that the risk worker runs as the centre).
   */
  async reassess(
    ctx: RequestContext,
    jointCase: Pick<JointCaseEntity, 'id'>,
    manager: EntityManager = this.hubDb.manager,
  ): Promise<JointCaseEntity> {
    return (await this.reassessUnlessBusy(ctx, jointCase, manager, false))!;
  }

  /**
   * `reassess` for the risk worker: the bodies are read first, with no lock held, and the case
   * is stored only if no user is changing it at that moment (else null: it stays queued), so a
   * background re-assessment never makes a user's step answer CONFLICT.
   */
  async reassessUnlessBusy(
    ctx: RequestContext,
    jointCase: Pick<JointCaseEntity, 'id'>,
    manager: EntityManager,
    yieldToUsers = true,
  ): Promise<JointCaseEntity | null> {
    if (ctx.actor.department !== GOVERNANCE_CENTRE) throw new Error('risk is screened only by the governance centre');
    const current = await manager.getRepository(JointCaseEntity).findOneByOrFail({ id: jointCase.id });
    const parties = await manager
      .getRepository(JointCasePartyEntity)
      .find({ where: { jointCaseId: jointCase.id }, order: { position: 'ASC' } });
    const { level, reasons, unavailableSources, provenance } = await this.risk.assess(ctx, current, parties);
    if (yieldToUsers) {
      const free: unknown[] = await manager.query(`SELECT 1 FROM joint_case WHERE id = $1 FOR UPDATE SKIP LOCKED`, [
        jointCase.id,
      ]);
      if (free.length === 0) return null;
    }
    await manager.getRepository(JointCaseEntity).update(
      { id: jointCase.id },
      {
        riskLevel: level,
        riskReasons: reasons,
        riskProvenance: provenance,
        riskUnavailableSources: unavailableSources,
        assessedAt: new Date(),
      },
    );
    await raiseWarningIfWarranted(manager, jointCase.id, level, ctx.actor);
    await manager.query(`DELETE FROM risk_assessment_request WHERE joint_case_id = $1`, [jointCase.id]);
    return manager.getRepository(JointCaseEntity).findOneByOrFail({ id: jointCase.id });
  }

  /** A fresh risk assessment without a step of the workflow (the governance centre). */
  async reassessVisible(ctx: RequestContext, id: string): Promise<JointCaseEntity> {
    if (ctx.actor.department !== GOVERNANCE_CENTRE || !INTAKE_ROLES.includes(ctx.actor.role)) {
      throw new HubError(ErrorCode.FORBIDDEN, 'Risk is assessed by the governance centre');
    }
    const jointCase = UUID.test(id) ? await this.hubDb.getRepository(JointCaseEntity).findOneBy({ id }) : null;
    if (!jointCase) throw HubError.notFoundOrNoAccess('Joint case');
    return this.audited.run(ctx, (manager) => this.reassess(ctx, jointCase, manager));
  }

  /** 研判: the centre assesses the case (the risk is read again from the bodies), in the step's transaction. */
  assess(
    ctx: RequestContext,
    id: string,
    expectedVersion?: number | null,
    input?: AssessJointCaseInput | null,
  ): Promise<JointCaseEntity | TransitionError> {
    const opinion = input?.opinion ? this.text(input.opinion, 'opinion', 4000) : null;
    const manualReason = input?.manualRiskLevelReason
      ? this.text(input.manualRiskLevelReason, 'manualRiskLevelReason', 2000)
      : null;
    if (input?.manualRiskLevel && !manualReason)
      throw HubError.badInput('A level set by hand needs its reason (manualRiskLevelReason)', {
        field: 'manualRiskLevelReason',
      });
    return this.step(
      ctx,
      id,
      CaseAction.ASSESS,
      expectedVersion,
      (jointCase) => {
        // The rules' level stays in riskLevel; a level set by hand is kept beside it with its reason.
        Object.assign(jointCase, {
          assessmentOpinion: opinion,
          manualRiskLevel: input?.manualRiskLevel ?? null,
          manualRiskLevelReason: input?.manualRiskLevel ? manualReason : null,
        });
        return {
          note: opinion,
          data: input?.manualRiskLevel
            ? { manualRiskLevel: input.manualRiskLevel, manualRiskLevelReason: manualReason }
            : undefined,
        };
      },
      (jointCase, manager) => this.reassess(ctx, jointCase, manager),
    );
  }

  /** 不予受理: the centre refuses a case at intake, with the reason. */
  refuse(ctx: RequestContext, id: string, reason: string, expectedVersion?: number | null) {
    const trimmed = this.text(reason, 'reason', 2000);
    return this.step(ctx, id, CaseAction.REFUSE, expectedVersion, (jointCase) => {
      Object.assign(jointCase, { refusalReason: trimmed, closedAt: new Date() });
      return { note: trimmed };
    });
  }

  /** 延期: the lead body's CHIEF sets a later deadline, with the reason; the history keeps both deadlines. */
  extend(ctx: RequestContext, id: string, input: ExtendDeadlineInput, expectedVersion?: number | null) {
    const reason = this.text(input.reason, 'reason', 2000);
    if (input.newDeadline.getTime() < Date.now())
      throw HubError.badInput('The new deadline lies in the past', { field: 'newDeadline' });
    return this.step(ctx, id, CaseAction.EXTEND, expectedVersion, (jointCase) => {
      if (jointCase.deadline && input.newDeadline.getTime() <= jointCase.deadline.getTime()) {
        throw HubError.badInput('An extension sets a later deadline than the current one', { field: 'newDeadline' });
      }
      const previous = jointCase.deadline;
      Object.assign(jointCase, { deadline: input.newDeadline, extensionCount: jointCase.extensionCount + 1 });
      return { note: reason, data: { previousDeadline: previous, newDeadline: input.newDeadline } };
    });
  }

  /** 退回: the lead body returns an assigned case to the centre with the reason; the centre assigns it again. */
  returnToCentre(ctx: RequestContext, id: string, reason: string, expectedVersion?: number | null) {
    const trimmed = this.text(reason, 'reason', 2000);
    return this.step(ctx, id, CaseAction.RETURN, expectedVersion, (jointCase) => {
      const returnedBy = { leadDepartment: jointCase.leadDepartment, handler: jointCase.handler };
      Object.assign(jointCase, {
        leadDepartment: null,
        handler: null,
        handlerDepartment: null,
        assignedAt: null,
        deadline: null,
      });
      return { note: trimmed, data: returnedBy };
    });
  }

  /** 改派/交接: the lead body's chief (or the handler) hands the case to another handler of the lead body. */
  handOver(ctx: RequestContext, id: string, input: HandOverInput, expectedVersion?: number | null) {
    const reason = this.text(input.reason, 'reason', 2000);
    const handler = this.text(input.handler, 'handler', 60);
    return this.step(ctx, id, CaseAction.HAND_OVER, expectedVersion, (jointCase) => {
      if (handler === jointCase.handler)
        throw HubError.badInput('The case is already with this handler', { field: 'handler' });
      const previous = jointCase.handler;
      jointCase.handler = handler;
      return { note: reason, data: { previousHandler: previous, handler } };
    });
  }

  /** 分流交办: lead body, participating bodies, first handler and deadline. */
  assign(ctx: RequestContext, id: string, input: AssignJointCaseInput, expectedVersion?: number | null) {
    this.registry.get(input.leadDepartment);
    for (const code of input.participatingDepartments) this.registry.get(code);
    if (input.deadline && input.deadline.getTime() < Date.now())
      throw HubError.badInput('The deadline lies in the past', { field: 'deadline' });
    return this.step(ctx, id, CaseAction.ASSIGN, expectedVersion, (jointCase) => {
      const now = new Date();
      const participants = [
        ...new Set([input.leadDepartment, ...input.participatingDepartments, ...jointCase.participatingDepartments]),
      ];
      Object.assign(jointCase, {
        leadDepartment: input.leadDepartment,
        participatingDepartments: participants,
        handler: input.handler.trim(),
        handlerDepartment: input.leadDepartment,
        assignedAt: now,
        deadline: input.deadline ?? new Date(now.getTime() + DEFAULT_DEADLINE_DAYS[jointCase.category] * 86_400_000),
        handlingStoppedAt: null,
      });
      return {
        data: {
          leadDepartment: input.leadDepartment,
          participatingDepartments: participants,
          handler: input.handler,
          deadline: jointCase.deadline,
        },
      };
    });
  }

  startMediation(ctx: RequestContext, id: string, expectedVersion?: number | null) {
    return this.step(ctx, id, CaseAction.START_MEDIATION, expectedVersion, (jointCase) => {
      // 人民调解法 第三条: mediation only with the parties' consent.
      if (!jointCase.consentToMediate)
        throw new HubError(
          ErrorCode.INVALID_TRANSITION,
          'The parties did not consent to mediation (自愿): refer or refuse the case instead',
          { status: jointCase.status },
        );
      return {};
    });
  }

  reachAgreement(
    ctx: RequestContext,
    id: string,
    terms: string,
    expectedVersion?: number | null,
    agreement?: MediationAgreementInput | null,
  ) {
    const trimmed = this.text(terms, 'terms', 10_000);
    if (agreement) {
      if (isoDay(agreement.effectiveOn, 'agreement.effectiveOn') > Date.now())
        throw HubError.badInput('The agreement cannot take effect in the future', { field: 'agreement.effectiveOn' });
      agreement.obligations.forEach((o, i) => isoDay(o.dueOn, `agreement.obligations[${i}].dueOn`));
    }
    return this.step(ctx, id, CaseAction.REACH_AGREEMENT, expectedVersion, async (jointCase, manager) => {
      // 家暴: no settlement without the victim's safety assessed and secured (and the mandatory report for a minor).
      await assertDvOutcomeAllowed(manager, jointCase);
      const now = new Date();
      Object.assign(jointCase, { agreementTerms: trimmed, agreementReachedAt: now });
      stopHandlingClock(jointCase, now);
      if (agreement) await this.insertAgreement(ctx, manager, jointCase, agreement);
      return {
        note: trimmed,
        data: agreement
          ? { documentNumber: agreement.documentNumber.trim(), mediationType: agreement.mediationType }
          : undefined,
      };
    });
  }

  private async insertAgreement(
    ctx: RequestContext,
    manager: EntityManager,
    jointCase: JointCaseEntity,
    input: MediationAgreementInput,
  ): Promise<void> {
    const partyIds = new Set(
      (
        await manager
          .getRepository(JointCasePartyEntity)
          .find({ where: { jointCaseId: jointCase.id }, select: { id: true } })
      ).map((p) => p.id),
    );
    const obligations: AgreementObligation[] = input.obligations.map((o, i) => {
      if (!partyIds.has(o.obligorPartyId))
        throw HubError.badInput(`Obligation ${i + 1} names no party of this case`, {
          field: `agreement.obligations[${i}].obligorPartyId`,
        });
      return {
        obligorPartyId: o.obligorPartyId,
        content: this.text(o.content, 'content', 2000),
        performanceMethod: this.text(o.performanceMethod, 'performanceMethod', 200),
        dueOn: o.dueOn,
      };
    });
    const documentNumber = this.text(input.documentNumber, 'documentNumber', 60);
    const taken = await manager.getRepository(MediationAgreementEntity).findOneBy({ documentNumber });
    if (taken)
      throw HubError.badInput(`协议书编号 ${documentNumber} is already used`, { field: 'agreement.documentNumber' });
    await manager.getRepository(MediationAgreementEntity).insert({
      jointCaseId: jointCase.id,
      mediationType: input.mediationType,
      organisation: this.text(input.organisation, 'organisation', 100),
      mediator: this.text(input.mediator, 'mediator', 60),
      documentNumber,
      form: input.form,
      effectiveOn: input.effectiveOn,
      facts: this.text(input.facts, 'facts', 10_000),
      obligations: obligations as unknown as QueryDeepPartialEntity<MediationAgreementEntity>['obligations'],
      performanceStatus: PerformanceStatus.NOT_DUE,
      recordedBy: ctx.actor.user,
    });
  }

  /**
   * 申请司法确认: both parties apply within 30 days of the agreement taking effect (人民调解法
   * 第三十三条), counted from the structured agreement's 生效日期, else the day it was reached.
   */
  applyJudicialConfirmation(
    ctx: RequestContext,
    id: string,
    input: ApplyJudicialConfirmationInput,
    expectedVersion?: number | null,
  ) {
    if (!input.bothPartiesApplied)
      throw HubError.badInput('司法确认 is applied for by both parties together (双方共同申请)', {
        field: 'bothPartiesApplied',
      });
    const appliedAt = isoDay(input.appliedOn, 'appliedOn');
    if (appliedAt > Date.now()) throw HubError.badInput('appliedOn lies in the future', { field: 'appliedOn' });
    return this.step(ctx, id, CaseAction.APPLY_JUDICIAL_CONFIRMATION, expectedVersion, async (jointCase, manager) => {
      const agreement = await manager.getRepository(MediationAgreementEntity).findOneBy({ jointCaseId: jointCase.id });
      const effective = agreement
        ? isoDay(agreement.effectiveOn, 'effectiveOn')
        : jointCase.agreementReachedAt
          ? Date.parse(`${jointCase.agreementReachedAt.toISOString().slice(0, 10)}T00:00:00+08:00`)
          : appliedAt;
      if (appliedAt < effective)
        throw HubError.badInput('The application predates the agreement', { field: 'appliedOn' });
      if (appliedAt > effective + JUDICIAL_CONFIRMATION_WINDOW_DAYS * DAY_MS) {
        throw HubError.badInput(
          `司法确认 is applied for within ${JUDICIAL_CONFIRMATION_WINDOW_DAYS} days of the agreement taking effect (人民调解法 第三十三条)`,
          { field: 'appliedOn' },
        );
      }
      Object.assign(jointCase, {
        judicialConfirmationStatus: 'APPLIED',
        judicialConfirmationAppliedOn: input.appliedOn,
        judicialConfirmationRejectionReason: null,
      });
      return { data: { appliedOn: input.appliedOn } };
    });
  }

  /** 确认有效: the court rules on an application; the ruling's record is linked to the case. */
  confirmJudicially(ctx: RequestContext, id: string, input: ConfirmJudiciallyInput, expectedVersion?: number | null) {
    return this.step(ctx, id, CaseAction.CONFIRM_JUDICIALLY, expectedVersion, async (jointCase, manager) => {
      Object.assign(jointCase, {
        confirmationNumber: input.confirmationNumber.trim(),
        confirmedOn: input.confirmedOn,
        judicialConfirmationStatus: 'CONFIRMED',
        judicialConfirmationRecordId: input.courtRecordId ?? null,
      });
      if (input.courtRecordId) {
        await this.insertLink(
          manager,
          jointCase.id,
          { department: 'COURT', recordType: 'JUDICIAL_CONFIRMATION', recordId: input.courtRecordId },
          ctx.actor,
          { namesParty: null, reason: null },
        );
        if (!jointCase.participatingDepartments.includes('COURT'))
          jointCase.participatingDepartments = [...jointCase.participatingDepartments, 'COURT'];
      }
      return {
        data: {
          confirmationNumber: input.confirmationNumber,
          confirmedOn: input.confirmedOn,
          courtRecordId: input.courtRecordId ?? null,
        },
      };
    });
  }

  /** 驳回申请: the court rejects the application with its reason; the agreement stands as a contract. */
  rejectJudicialConfirmation(ctx: RequestContext, id: string, reason: string, expectedVersion?: number | null) {
    const trimmed = this.text(reason, 'reason', 2000);
    return this.step(ctx, id, CaseAction.REJECT_JUDICIAL_CONFIRMATION, expectedVersion, (jointCase) => {
      Object.assign(jointCase, {
        judicialConfirmationStatus: 'REJECTED',
        judicialConfirmationRejectionReason: trimmed,
      });
      return { note: trimmed };
    });
  }

  fail(ctx: RequestContext, id: string, reason: string, expectedVersion?: number | null) {
    const trimmed = this.text(reason, 'reason', 2000);
    return this.step(ctx, id, CaseAction.FAIL, expectedVersion, (jointCase) => {
      jointCase.failureReason = trimmed;
      jointCase.handlingStoppedAt ??= new Date();
      return { note: trimmed };
    });
  }

  refer(ctx: RequestContext, id: string, input: ReferJointCaseInput, expectedVersion?: number | null) {
    if (input.channel === ReferralChannel.LITIGATION && !input.courtFilingId) {
      throw HubError.badInput('A referral to litigation names the court filing it became (courtFilingId)', {
        field: 'courtFilingId',
      });
    }
    const reason = input.reason ? this.text(input.reason, 'reason', 2000) : null;
    return this.step(ctx, id, CaseAction.REFER, expectedVersion, async (jointCase, manager) => {
      if (jointCase.status === CaseStatus.ASSESSED) {
        // 依法导入 from 研判: by the centre, with the reason the dispute belongs to that channel.
        if (ctx.actor.department !== GOVERNANCE_CENTRE)
          throw new HubError(ErrorCode.FORBIDDEN, 'At 研判 a case is referred by the governance centre');
        if (!reason) throw HubError.badInput('A referral at 研判 gives its reason', { field: 'reason' });
      }
      Object.assign(jointCase, {
        referralChannel: input.channel,
        referralRecordId: input.courtFilingId ?? null,
        referralReason: reason,
      });
      stopHandlingClock(jointCase, new Date());
      if (input.courtFilingId) {
        await this.insertLink(
          manager,
          jointCase.id,
          { department: 'COURT', recordType: 'CASE_FILING', recordId: input.courtFilingId },
          ctx.actor,
          { namesParty: null, reason: null },
        );
        if (!jointCase.participatingDepartments.includes('COURT'))
          jointCase.participatingDepartments = [...jointCase.participatingDepartments, 'COURT'];
      }
      return {
        note: reason ?? input.note ?? null,
        data: { channel: input.channel, courtFilingId: input.courtFilingId ?? null, reason },
      };
    });
  }

  startFollowUp(
    ctx: RequestContext,
    id: string,
    note: string,
    expectedVersion?: number | null,
    findings?: FollowUpFindingsInput | null,
  ) {
    const trimmed = this.text(note, 'note', 4000);
    return this.step(ctx, id, CaseAction.START_FOLLOW_UP, expectedVersion, async (jointCase, manager) => {
      jointCase.followUpNote = trimmed;
      if (findings?.satisfaction) jointCase.satisfaction = findings.satisfaction;
      if (findings?.performanceStatus) {
        const updated = await manager
          .getRepository(MediationAgreementEntity)
          .update({ jointCaseId: jointCase.id }, { performanceStatus: findings.performanceStatus });
        if (!updated.affected)
          throw HubError.badInput('The case has no structured agreement whose 履行状态 could be recorded', {
            field: 'findings.performanceStatus',
          });
      }
      return {
        note: trimmed,
        data: findings
          ? { performanceStatus: findings.performanceStatus ?? null, satisfaction: findings.satisfaction ?? null }
          : undefined,
      };
    });
  }

  close(ctx: RequestContext, id: string, note: string | null, expectedVersion?: number | null) {
    return this.step(ctx, id, CaseAction.CLOSE, expectedVersion, (jointCase) => {
      jointCase.closedAt = new Date();
      return { note };
    });
  }

  withdraw(ctx: RequestContext, id: string, reason: string, expectedVersion?: number | null) {
    const trimmed = this.text(reason, 'reason', 2000);
    return this.step(ctx, id, CaseAction.WITHDRAW, expectedVersion, (jointCase) => {
      jointCase.closedAt = new Date();
      jointCase.handlingStoppedAt ??= jointCase.closedAt;
      return { note: trimmed };
    });
  }

  /** 联合调解: a session is recorded while the case is in mediation, by a body taking part. */
  async recordSession(
    ctx: RequestContext,
    id: string,
    input: RecordJointSessionInput,
    expectedVersion?: number | null,
  ): Promise<JointSessionEntity> {
    for (const attendee of input.attendees) {
      if (attendee.department !== GOVERNANCE_CENTRE) this.registry.get(attendee.department);
    }
    if (input.sessionType === SessionType.THREE_CHIEFS_CONSULTATION) {
      const present = new Set(input.attendees.map((a) => a.department));
      const missing = THREE_CHIEFS.filter((code) => !present.has(code));
      if (missing.length > 0) {
        throw HubError.badInput(
          `三长会商 needs the court, the police station and the judicial office; missing: ${missing.join(', ')}`,
          { field: 'attendees', missing },
        );
      }
    }
    return this.audited.run(ctx, (manager) =>
      idempotentCreate(
        manager,
        ctx,
        'recordJointSession',
        { id, input },
        () => this.insertSession(ctx, manager, id, input, expectedVersion),
        (sessionId) => manager.getRepository(JointSessionEntity).findOneByOrFail({ id: sessionId }),
      ),
    );
  }

  private async insertSession(
    ctx: RequestContext,
    manager: EntityManager,
    id: string,
    input: RecordJointSessionInput,
    expectedVersion?: number | null,
  ): Promise<string> {
    const jointCase = await this.lockVisible(manager, ctx, id);
    if (jointCase instanceof TransitionError) throw new HubError(ErrorCode.CONFLICT, jointCase.message);
    this.assertTakesPart(ctx.actor, jointCase);
    if (expectedVersion != null && expectedVersion !== jointCase.version) {
      throw new HubError(
        ErrorCode.CONFLICT,
        `The case changed since you read it (version ${expectedVersion}, now ${jointCase.version}); reload it`,
      );
    }
    // 家暴: back to back only, never face to face.
    assertDvSessionAllowed(jointCase, input.sessionType);
    if (jointCase.status !== CaseStatus.IN_MEDIATION) {
      throw new HubError(ErrorCode.INVALID_TRANSITION, 'Sessions are recorded while the case is in mediation', {
        status: jointCase.status,
        allowed: allowedNextStates(jointCase.status),
      });
    }
    const session = manager.getRepository(JointSessionEntity).create({
      jointCaseId: id,
      heldAt: input.heldAt,
      place: input.place,
      attendees: input.attendees.map(({ department, name }) => ({ department, name })),
      minutes: input.minutes,
      outcome: input.outcome ?? null,
      sessionType: input.sessionType ?? SessionType.JOINT_MEDIATION,
      recordedBy: ctx.actor.user,
    });
    await manager.getRepository(JointSessionEntity).insert(session);
    // A session changes the case: a user who read an older version learns of it (expectedVersion).
    await manager
      .getRepository(JointCaseEntity)
      .update({ id }, { version: jointCase.version + 1, updatedAt: new Date() });
    await manager.getRepository(JointCaseHistoryEntity).insert(
      historyEntry(jointCase, ctx.actor, 'SESSION', jointCase.status, input.outcome, {
        sessionId: session.id,
        sessionType: session.sessionType,
      }),
    );
    return session.id;
  }

  /**
   * Links a body's record to the case, by reference. A governed write: the case must be open,
   * the caller a handler (never an auditor or administrator), the record's body must take part
   * in the case (or link its own record), and the record must exist and name a party — or the
   * caller records why it belongs, a reason its owner can read. Audited and in the history; the
   * risk is re-assessed by the centre's worker, never with the caller's access.
   */
  async linkRecord(
    ctx: RequestContext,
    id: string,
    ref: RecordReferenceInput,
    reason?: string | null,
  ): Promise<JointCaseEntity> {
    this.registry.recordType(ref.department, ref.recordType);
    this.assertMayChangeLinks(ctx.actor);
    const why = reason ? this.text(reason, 'reason', 2000) : null;
    const result = await this.audited.run(ctx, async (manager) => {
      const locked = await this.lockOpenForLinks(manager, ctx, id);
      if (ctx.actor.department !== GOVERNANCE_CENTRE && ctx.actor.department !== ref.department) {
        throw new HubError(
          ErrorCode.FORBIDDEN,
          'A body links its own records to a case; the governance centre links any',
        );
      }
      if (ref.department !== ctx.actor.department && !takesPartInCase(ref.department, locked)) {
        throw new HubError(
          ErrorCode.FORBIDDEN,
          `${ref.department} takes no part in the case: only its own staff can link its records to it`,
        );
      }
      const parties = await manager.getRepository(JointCasePartyEntity).find({ where: { jointCaseId: id } });
      // An organisation is named in a body's records by its credit code where a person is by ID number.
      const named = parties.map((p) => ({
        residentId: p.residentId ?? (p.documentType === 'UNIFIED_SOCIAL_CREDIT_CODE' ? p.documentNumber : null),
      }));
      const check = await this.readRoom.checkLink(ctx, named, ref);
      if (!check.exists) throw HubError.notFoundOrNoAccess('Record');
      const namesParty = check.partiesNamed.length > 0;
      if (!namesParty && !why) {
        throw HubError.badInput(
          'The record names no party of the case; give the reason it belongs to the case (its owner can read it)',
          { field: 'reason' },
        );
      }
      await this.insertLink(manager, id, ref, ctx.actor, { namesParty, reason: why });
      await manager
        .getRepository(JointCaseHistoryEntity)
        .insert(historyEntry(locked, ctx.actor, 'LINK', locked.status, why, { ...ref, namesParty }));
      await requestRiskAssessment(manager, id, ctx.actor.department);
      ctx.accessLog.changed({
        kind: 'LINK_CHANGE',
        subjectHashes: check.partiesNamed,
        detail: {
          change: 'LINKED',
          jointCaseId: id,
          department: ref.department,
          recordType: ref.recordType,
          recordId: ref.recordId,
          namesParty,
          ...(why ? { reason: why } : {}),
        },
      });
      return locked;
    });
    this.riskQueue.kick();
    return result;
  }

  /** Removes a link, with the reason; audited, in the history, and the risk re-assessed by the centre's worker. */
  async unlinkRecord(
    ctx: RequestContext,
    id: string,
    ref: RecordReferenceInput,
    reason: string,
  ): Promise<JointCaseEntity> {
    this.assertMayChangeLinks(ctx.actor);
    const why = this.text(reason, 'reason', 2000);
    const result = await this.audited.run(ctx, async (manager) => {
      const locked = await this.lockOpenForLinks(manager, ctx, id);
      const link = await manager
        .getRepository(JointCaseRecordLinkEntity)
        .findOneBy({ jointCaseId: id, department: ref.department, recordType: ref.recordType, recordId: ref.recordId });
      if (!link) throw HubError.notFoundOrNoAccess('Link');
      const mayUnlink =
        ctx.actor.department === GOVERNANCE_CENTRE ||
        ctx.actor.department === ref.department ||
        ctx.actor.department === link.linkedByDepartment;
      if (!mayUnlink)
        throw new HubError(
          ErrorCode.FORBIDDEN,
          "A link is removed by the centre, the record's owner or the body that made it",
        );
      await manager.getRepository(JointCaseRecordLinkEntity).delete({ id: link.id });
      await manager
        .getRepository(JointCaseHistoryEntity)
        .insert(historyEntry(locked, ctx.actor, 'UNLINK', locked.status, why, { ...ref }));
      await requestRiskAssessment(manager, id, ctx.actor.department);
      ctx.accessLog.changed({
        kind: 'LINK_CHANGE',
        subjectHashes: [],
        detail: {
          change: 'UNLINKED',
          jointCaseId: id,
          department: ref.department,
          recordType: ref.recordType,
          recordId: ref.recordId,
          reason: why,
        },
      });
      return locked;
    });
    this.riskQueue.kick();
    return result;
  }

  private assertMayChangeLinks(actor: Actor): void {
    if (actor.role === Role.AUDITOR || actor.role === Role.ADMIN) {
      throw new HubError(ErrorCode.FORBIDDEN, 'Auditors and administrators do not link records to cases');
    }
  }

  private async lockOpenForLinks(manager: EntityManager, ctx: RequestContext, id: string): Promise<JointCaseEntity> {
    const locked = await this.lockVisible(manager, ctx, id);
    if (locked instanceof TransitionError) throw new HubError(ErrorCode.CONFLICT, locked.message);
    if (FINISHED_STATUSES.includes(locked.status))
      throw new HubError(ErrorCode.INVALID_TRANSITION, 'Records are linked to open cases only', {
        status: locked.status,
      });
    return locked;
  }

  private text(value: string, field: string, max: number): string {
    const trimmed = value.trim();
    if (!trimmed || trimmed.length > max) throw HubError.badInput(`${field} must be 1 to ${max} characters`, { field });
    return trimmed;
  }

  private assertTakesPart(actor: Actor, jointCase: JointCaseEntity): void {
    if (!canSeeCase(actor, jointCase)) throw HubError.notFoundOrNoAccess('Joint case');
  }

  private async insertLink(
    manager: EntityManager,
    jointCaseId: string,
    ref: RecordReferenceInput,
    actor: Actor,
    why: { namesParty: boolean | null; reason: string | null },
  ): Promise<void> {
    await manager
      .getRepository(JointCaseRecordLinkEntity)
      .createQueryBuilder()
      .insert()
      .values({
        jointCaseId,
        department: ref.department,
        recordType: ref.recordType,
        recordId: ref.recordId,
        linkedBy: actor.user,
        linkedByDepartment: actor.department,
        namesParty: why.namesParty,
        reason: why.reason,
      })
      .orIgnore()
      .execute();
  }

  /** Locks the case row without waiting: a second user changing it at the same moment gets CONFLICT. */
  private async lockVisible(
    manager: EntityManager,
    ctx: RequestContext,
    id: string,
  ): Promise<JointCaseEntity | TransitionError> {
    if (!UUID.test(id)) throw HubError.notFoundOrNoAccess('Joint case');
    let jointCase: JointCaseEntity | null;
    try {
      jointCase = await manager
        .getRepository(JointCaseEntity)
        .findOne({ where: { id }, lock: { mode: 'pessimistic_write', onLocked: 'nowait' } });
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code === LOCK_NOT_AVAILABLE) {
        const current = await this.hubDb.getRepository(JointCaseEntity).findOneBy({ id });
        if (current && canSeeCase(ctx.actor, current)) {
          return transitionError(
            ErrorCode.CONFLICT,
            'Another user is changing this case right now; reload it and try again',
            current.status,
          );
        }
      }
      throw error;
    }
    if (!jointCase || !canSeeCase(ctx.actor, jointCase)) throw HubError.notFoundOrNoAccess('Joint case');
    return jointCase;
  }

  /**
   * One step of the transition table, in one transaction: lock, check the state and the
   * version the user saw, check who may, apply, bump the version, write the history entry.
   * A step the state does not allow (or a lost race) comes back as a TransitionError.
   */
  private async step(
    ctx: RequestContext,
    id: string,
    action: CaseAction,
    expectedVersion: number | null | undefined,
    apply: (
      jointCase: JointCaseEntity,
      manager: EntityManager,
    ) =>
      | { note?: string | null; data?: Record<string, unknown> }
      | Promise<{ note?: string | null; data?: Record<string, unknown> }>,
    /** More work in the step's transaction once the step is stored (the risk assessment of 研判). */
    then?: (jointCase: JointCaseEntity, manager: EntityManager) => Promise<JointCaseEntity>,
  ): Promise<JointCaseEntity | TransitionError> {
    const transition = CASE_TRANSITIONS[action];
    return this.audited.run(ctx, async (manager) => {
      const jointCase = await this.lockVisible(manager, ctx, id);
      if (jointCase instanceof TransitionError) return jointCase;
      if (expectedVersion != null && expectedVersion !== jointCase.version) {
        return transitionError(
          ErrorCode.CONFLICT,
          `The case changed since you read it (version ${expectedVersion}, now ${jointCase.version}); reload it`,
          jointCase.status,
        );
      }
      if (!transition.from.includes(jointCase.status)) {
        return transitionError(
          ErrorCode.INVALID_TRANSITION,
          `A case that is ${jointCase.status} cannot take the step ${action}`,
          jointCase.status,
        );
      }
      if (!mayTake(transition, ctx.actor, jointCase)) {
        throw new HubError(ErrorCode.FORBIDDEN, `${action} is taken by ${transition.whoInWords}`);
      }
      if (action === CaseAction.HAND_OVER && ctx.actor.role !== Role.CHIEF && jointCase.handler !== ctx.actor.user) {
        throw new HubError(ErrorCode.FORBIDDEN, `${action} is taken by ${transition.whoInWords}`);
      }
      const from = jointCase.status;
      const { note, data } = await apply(jointCase, manager);
      jointCase.status = transition.to ?? from;
      jointCase.version += 1;
      jointCase.updatedAt = new Date();
      await manager.getRepository(JointCaseEntity).save(jointCase);
      await manager
        .getRepository(JointCaseHistoryEntity)
        .insert(historyEntry(jointCase, ctx.actor, action, from, note, data));
      // A case handed over by a body (对接) returns each outcome to it, in the step's transaction.
      await returnHandoverOutcome(manager, ctx, jointCase);
      return then ? then(jointCase, manager) : jointCase;
    });
  }
}
