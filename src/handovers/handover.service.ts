import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { Role } from '../auth/actor';
import type { AuditedTransactions } from '../audit/audited-transaction';
import { ErrorCode } from '../common/error-code';
import { HubError } from '../common/hub-error';
import type { RequestContext } from '../graphql/request-context';
import { normaliseResidentId } from '../common/resident-id';
import { requestRiskAssessment, type WorkflowService } from '../cases/workflow/workflow.service';
import type { RiskQueue } from '../cases/risk/risk-screening.worker';
import type { ReadRoom } from '../read-room/read-room';
import { HANDOVER_RULES, HandoverKind, HandoverOutcome } from './handover.kinds';
import type { Handover, HandoverFeedback, HandOverToMediationInput } from './handover.type';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UNIQUE_VIOLATION = '23505';
const SENDER_ROLES: readonly Role[] = [Role.CLERK, Role.MEDIATOR, Role.CHIEF];
/** Outcomes after which a petition matter can be called resolved (化解). */
const CONCLUDED: readonly string[] = [
  HandoverOutcome.SETTLED,
  HandoverOutcome.JUDICIALLY_CONFIRMED,
  HandoverOutcome.CLOSED,
];

const HANDOVER_COLUMNS = `h.id, h.kind, h.sender_department AS "senderDepartment", h.source_record_type AS "sourceRecordType",
  h.source_record_id AS "sourceRecordId", h.joint_case_id AS "jointCaseId", c.case_number AS "caseNumber", c.status AS "caseStatus",
  h.reference_number AS "referenceNumber", h.invited_mediator AS "invitedMediator", h.handed_over_at AS "handedOverAt",
  h.handed_over_by AS "handedOverBy", h.due_at AS "dueAt", h.petition_resolved AS "petitionResolved", h.petition_decided_at AS "petitionDecidedAt"`;

/**
 * The three hand-overs (诉调对接, 警调对接, 访调对接): the sending body hands one of its own records
 * over to joint mediation, which becomes a joint case at the centre (its risk screened by the
 * centre's worker, like a participant's link); each outcome of the case comes back to the
 * sender as a feedback record (handover-feedback.ts). A hand-over and its feedback belong to the
 * sender: no agreement is needed for it to read them, and no other body reads them.
 */
export class HandoverService {
  constructor(
    private readonly hubDb: DataSource,
    private readonly workflow: WorkflowService,
    private readonly readRoom: ReadRoom,
    private readonly audited: AuditedTransactions,
    /** Wakes the risk worker, which assesses the case a hand-over opened (as the centre). */
    private readonly riskQueue: RiskQueue,
  ) {}

  async handOver(ctx: RequestContext, input: HandOverToMediationInput): Promise<Handover> {
    const rule = HANDOVER_RULES[input.kind];
    const { actor } = ctx;
    if (actor.department !== rule.sender || !SENDER_ROLES.includes(actor.role)) {
      throw new HubError(ErrorCode.FORBIDDEN, `A ${input.kind} hand-over is made by a handler of ${rule.sender}`);
    }
    if (rule.reference) {
      const reference = input.referenceNumber?.trim() ?? '';
      if (!rule.reference.test(reference)) {
        throw HubError.badInput('referenceNumber must be the delegation number, like （2026）浙0106民诉前调123号', {
          field: 'referenceNumber',
        });
      }
    }
    if (!/^\d{1,18}$/.test(input.sourceRecordId)) throw HubError.notFoundOrNoAccess('Record');
    const ref = { department: rule.sender, recordType: rule.recordTypes[0], recordId: input.sourceRecordId };
    const parties = input.dispute.parties.map((p) => ({
      residentId: p.residentId ? normaliseResidentId(p.residentId) : null,
    }));
    const check = await this.readRoom.checkLink(ctx, parties, ref);
    if (!check.exists) throw HubError.notFoundOrNoAccess('Record');
    const handoverId = randomUUID();
    try {
      await this.audited.run(ctx, async (manager) => {
        const jointCaseId = await this.workflow.insertIntake(ctx, manager, {
          ...input.dispute,
          sourceChannel: rule.channel,
          sourceRecord: ref,
        });
        // The centre screens the risk (its worker, under its own agreements): the case is never without a pending marker.
        await requestRiskAssessment(manager, jointCaseId, actor.department);
        await manager.query(
          `INSERT INTO handover (id, kind, sender_department, source_record_type, source_record_id, joint_case_id, reference_number, invited_mediator, handed_over_by, due_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, CASE WHEN $10::int IS NULL THEN NULL ELSE now() + make_interval(days => $10::int) END)`,
          [
            handoverId,
            input.kind,
            rule.sender,
            ref.recordType,
            ref.recordId,
            jointCaseId,
            input.referenceNumber?.trim() || null,
            input.invitedMediator?.trim() || null,
            actor.user,
            rule.dueDays,
          ],
        );
        ctx.accessLog.changed({
          kind: 'LINK_CHANGE',
          subjectHashes: check.partiesNamed,
          detail: {
            change: 'HANDED_OVER',
            handoverId,
            kind: input.kind,
            jointCaseId,
            department: ref.department,
            recordType: ref.recordType,
            recordId: ref.recordId,
          },
        });
      });
    } catch (error) {
      if (
        (error as { driverError?: { code?: string } }).driverError?.code === UNIQUE_VIOLATION ||
        (error as { code?: string }).code === UNIQUE_VIOLATION
      ) {
        throw HubError.badInput('This record was already handed over to mediation', { field: 'sourceRecordId' });
      }
      throw error;
    }
    this.riskQueue.kick();
    return (await this.list(ctx, null, handoverId))[0];
  }

  /** The caller's body's hand-overs (all of them, or of one kind), newest first; nobody else's. */
  async list(ctx: RequestContext, kind: HandoverKind | null, id?: string): Promise<Handover[]> {
    const rows: Handover[] = await this.hubDb.query(
      `SELECT ${HANDOVER_COLUMNS} FROM handover h JOIN joint_case c ON c.id = h.joint_case_id
        WHERE h.sender_department = $1 AND ($2::text IS NULL OR h.kind = $2) AND ($3::uuid IS NULL OR h.id = $3)
        ORDER BY h.handed_over_at DESC LIMIT 200`,
      [ctx.actor.department, kind, id ?? null],
    );
    if (rows.length === 0) return [];
    const feedback: Array<HandoverFeedback & { handoverId: string }> = await this.hubDb.query(
      `SELECT f.id, f.handover_id AS "handoverId", h.joint_case_id AS "jointCaseId", f.outcome, f.case_status AS "caseStatus",
              f.agreement_reached_at AS "agreementReachedAt", f.confirmation_number AS "confirmationNumber", f.failure_reason AS "failureReason",
              f.referral_channel AS "referralChannel", f.recorded_at AS "recordedAt", f.recorded_by AS "recordedBy", f.recorded_by_department AS "recordedByDepartment"
         FROM handover_feedback f JOIN handover h ON h.id = f.handover_id
        WHERE f.handover_id = ANY($1::uuid[]) ORDER BY f.recorded_at, f.id`,
      [rows.map((r) => r.id)],
    );
    return rows.map((row) => ({ ...row, feedback: feedback.filter((f) => f.handoverId === row.id) }));
  }

  /**
   * 访调对接: the petitions body records whether the petition matter it referred is resolved (化解)
   * now that the case is concluded. The decision is the petitions body's and is kept with its
   * hand-over; its own register is updated in its own system.
   */
  async decidePetition(ctx: RequestContext, handoverId: string, resolved: boolean): Promise<Handover> {
    const { actor } = ctx;
    if (!SENDER_ROLES.includes(actor.role))
      throw new HubError(ErrorCode.FORBIDDEN, "The petitions body's handlers decide whether a matter is resolved");
    if (!UUID.test(handoverId)) throw HubError.notFoundOrNoAccess('Hand-over');
    await this.audited.run(ctx, async (manager) => {
      const rows: Array<{ kind: string; sender_department: string; joint_case_id: string }> = await manager.query(
        `SELECT kind, sender_department, joint_case_id FROM handover WHERE id = $1 FOR UPDATE`,
        [handoverId],
      );
      const row = rows[0];
      if (!row || row.sender_department !== actor.department) throw HubError.notFoundOrNoAccess('Hand-over');
      if (row.kind !== HandoverKind.PETITION_MATTER)
        throw HubError.badInput('Only a referred petition matter (访调对接) is marked resolved', {
          field: 'handoverId',
        });
      const outcomes: Array<{ outcome: string }> = await manager.query(
        `SELECT outcome FROM handover_feedback WHERE handover_id = $1`,
        [handoverId],
      );
      if (resolved && !outcomes.some((o) => CONCLUDED.includes(o.outcome))) {
        throw new HubError(
          ErrorCode.INVALID_TRANSITION,
          'A matter is marked resolved only once its case was settled or closed',
          { allowed: [] },
        );
      }
      await manager.query(
        `UPDATE handover SET petition_resolved = $2, petition_decided_at = now(), petition_decided_by = $3 WHERE id = $1`,
        [handoverId, resolved, actor.user],
      );
      ctx.accessLog.changed({
        kind: 'HANDOVER_FEEDBACK',
        detail: {
          change: resolved ? 'PETITION_RESOLVED' : 'PETITION_NOT_RESOLVED',
          handoverId,
          jointCaseId: row.joint_case_id,
        },
      });
    });
    return (await this.list(ctx, null, handoverId))[0];
  }
}
