import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../graphql/request-context';
import type { JointCaseEntity } from '../cases/joint-case.entity';
import { CaseStatus } from '../cases/case-status';
import { HandoverOutcome } from './handover.kinds';

/** The case statuses that are an outcome to return to the sender, and how the sender reads them. */
const OUTCOME_OF: Partial<Record<CaseStatus, HandoverOutcome>> = {
  [CaseStatus.AGREEMENT_REACHED]: HandoverOutcome.SETTLED,
  [CaseStatus.JUDICIALLY_CONFIRMED]: HandoverOutcome.JUDICIALLY_CONFIRMED,
  [CaseStatus.FAILED]: HandoverOutcome.NOT_SETTLED,
  [CaseStatus.REFERRED]: HandoverOutcome.REFERRED,
  [CaseStatus.WITHDRAWN]: HandoverOutcome.WITHDRAWN,
  [CaseStatus.CLOSED]: HandoverOutcome.CLOSED,
};

/**
 * Returns the case's new outcome to the body that handed it over (诉调/警调/访调对接 反馈): a
 * feedback record the sender owns in the hub, written and audited in the transaction of the
 * step that reached it. Nothing for a case no body handed over, or a step that is no outcome.
 */
export async function returnHandoverOutcome(
  manager: EntityManager,
  ctx: RequestContext,
  jointCase: JointCaseEntity,
): Promise<void> {
  const outcome = OUTCOME_OF[jointCase.status];
  if (!outcome) return;
  const handovers: Array<{ id: string; sender_department: string; kind: string }> = await manager.query(
    `SELECT id, sender_department, kind FROM handover WHERE joint_case_id = $1`,
    [jointCase.id],
  );
  if (handovers.length === 0) return;
  const [handover] = handovers;
  const id = randomUUID();
  await manager.query(
    `INSERT INTO handover_feedback (id, handover_id, outcome, case_status, agreement_reached_at, confirmation_number, failure_reason, referral_channel, recorded_by, recorded_by_department)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      id,
      handover.id,
      outcome,
      jointCase.status,
      jointCase.agreementReachedAt,
      jointCase.confirmationNumber,
      jointCase.failureReason,
      jointCase.referralChannel,
      ctx.actor.user,
      ctx.actor.department,
    ],
  );
  ctx.accessLog.changed({
    kind: 'HANDOVER_FEEDBACK',
    detail: {
      change: 'OUTCOME_RETURNED',
      handoverId: handover.id,
      feedbackId: id,
      kind: handover.kind,
      sender: handover.sender_department,
      jointCaseId: jointCase.id,
      outcome,
    },
  });
}
