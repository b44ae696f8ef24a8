import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { type Actor, GOVERNANCE_CENTRE, Role } from '../../auth/actor';
import type { AuditedTransactions } from '../../audit/audited-transaction';
import { ErrorCode } from '../../common/error-code';
import { HubError } from '../../common/hub-error';
import type { RequestContext } from '../../graphql/request-context';
import { canSeeCase } from '../case-visibility';
import { RiskLevel, RISK_ORDER } from '../risk/risk.model';
import { type EarlyWarningRow, WarningStatus } from './early-warning.type';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LOCK_NOT_AVAILABLE = '55P03';

/** The steps of a warning's life, each from the statuses that allow it. */
const STEP_FROM: Record<'ACKNOWLEDGE' | 'HANDLE' | 'CLEAR', WarningStatus[]> = {
  ACKNOWLEDGE: [WarningStatus.RAISED],
  HANDLE: [WarningStatus.ACKNOWLEDGED, WarningStatus.HANDLED],
  CLEAR: [WarningStatus.HANDLED],
};
const HANDLER_ROLES: readonly Role[] = [Role.CLERK, Role.MEDIATOR, Role.CHIEF, Role.SUPERVISOR];
const CENTRE_LEADS: readonly Role[] = [Role.CHIEF, Role.SUPERVISOR];

export const WARNING_COLUMNS = `w.id, w.joint_case_id AS "jointCaseId", w.level, w.status, w.raised_at AS "raisedAt",
  w.acknowledged_at AS "acknowledgedAt", w.acknowledged_by AS "acknowledgedBy", w.acknowledged_by_department AS "acknowledgedByDepartment",
  w.measures, w.handled_at AS "handledAt", w.handled_by AS "handledBy", w.handled_by_department AS "handledByDepartment",
  w.cleared_at AS "clearedAt", w.cleared_by AS "clearedBy", w.cleared_by_department AS "clearedByDepartment", w.clear_reason AS "clearReason",
  w.escalated_at AS "escalatedAt", w.escalated_by AS "escalatedBy", w.escalation_note AS "escalationNote", w.version`;

async function history(
  manager: EntityManager,
  jointCaseId: string,
  actor: Actor,
  action: string,
  note: string | null,
  data: Record<string, unknown>,
): Promise<void> {
  await manager.query(
    `INSERT INTO joint_case_history (joint_case_id, action, from_status, to_status, actor_user, actor_department, actor_role, note, data)
     SELECT id, $2, status, status, $3, $4, $5, $6, $7::jsonb FROM joint_case WHERE id = $1`,
    [jointCaseId, action, actor.user, actor.department, actor.role, note, JSON.stringify(data)],
  );
}

/**
 * Raises a warning when an assessment puts the case at RED or ORANGE and none is open, in the
 * assessment's transaction, with its history entry. An open warning takes the higher level if
 * the case rose; a lower level never clears a warning by itself: clearing (销号) is a person's act.
 */
export async function raiseWarningIfWarranted(
  manager: EntityManager,
  jointCaseId: string,
  level: RiskLevel,
  actor: Actor,
): Promise<void> {
  if (level !== RiskLevel.RED && level !== RiskLevel.ORANGE) return;
  const open: Array<{ id: string; level: RiskLevel }> = await manager.query(
    `SELECT id, level FROM early_warning WHERE joint_case_id = $1 AND status <> 'CLEARED'`,
    [jointCaseId],
  );
  if (open.length > 0) {
    if (RISK_ORDER.indexOf(level) > RISK_ORDER.indexOf(open[0].level)) {
      await manager.query(`UPDATE early_warning SET level = $2, version = version + 1 WHERE id = $1`, [
        open[0].id,
        level,
      ]);
      await history(manager, jointCaseId, actor, 'WARNING_RAISED', null, {
        warningId: open[0].id,
        level,
        from: open[0].level,
      });
    }
    return;
  }
  const id = randomUUID();
  await manager.query(`INSERT INTO early_warning (id, joint_case_id, level, status) VALUES ($1, $2, $3, 'RAISED')`, [
    id,
    jointCaseId,
    level,
  ]);
  await history(manager, jointCaseId, actor, 'WARNING_RAISED', null, { warningId: id, level });
}

/**
 * The life of an early warning (预警处置): acknowledged (签收) by a handler of the centre or of the
 * lead body, handled with the measures taken (稳控措施), cleared (销号) with the reason by the
 * centre's chief or supervisor, escalated to the county (上报) by the centre. Each step locks the
 * warning, checks its status, writes the case's history and an audit record, in one transaction.
 */
export class EarlyWarningService {
  constructor(
    private readonly hubDb: DataSource,
    private readonly audited: AuditedTransactions,
  ) {}

  acknowledge(ctx: RequestContext, jointCaseId: string, expectedVersion?: number | null): Promise<EarlyWarningRow> {
    return this.step(ctx, jointCaseId, 'ACKNOWLEDGE', expectedVersion, null, async (manager, warning) => {
      await manager.query(
        `UPDATE early_warning SET status = 'ACKNOWLEDGED', acknowledged_at = now(), acknowledged_by = $2, acknowledged_by_department = $3, version = version + 1 WHERE id = $1`,
        [warning.id, ctx.actor.user, ctx.actor.department],
      );
    });
  }

  handle(
    ctx: RequestContext,
    jointCaseId: string,
    measures: string,
    expectedVersion?: number | null,
  ): Promise<EarlyWarningRow> {
    const text = this.text(measures, 'measures');
    return this.step(ctx, jointCaseId, 'HANDLE', expectedVersion, text, async (manager, warning) => {
      await manager.query(
        `UPDATE early_warning SET status = 'HANDLED', measures = $2, handled_at = now(), handled_by = $3, handled_by_department = $4, version = version + 1 WHERE id = $1`,
        [warning.id, text, ctx.actor.user, ctx.actor.department],
      );
    });
  }

  clear(
    ctx: RequestContext,
    jointCaseId: string,
    reason: string,
    expectedVersion?: number | null,
  ): Promise<EarlyWarningRow> {
    const text = this.text(reason, 'reason');
    if (ctx.actor.department !== GOVERNANCE_CENTRE || !CENTRE_LEADS.includes(ctx.actor.role)) {
      throw new HubError(
        ErrorCode.FORBIDDEN,
        "A warning is cleared (销号) by the governance centre's chief or supervisor",
      );
    }
    return this.step(ctx, jointCaseId, 'CLEAR', expectedVersion, text, async (manager, warning) => {
      await manager.query(
        `UPDATE early_warning SET status = 'CLEARED', cleared_at = now(), cleared_by = $2, cleared_by_department = $3, clear_reason = $4, version = version + 1 WHERE id = $1`,
        [warning.id, ctx.actor.user, ctx.actor.department, text],
      );
    });
  }

  escalate(
    ctx: RequestContext,
    jointCaseId: string,
    note: string,
    expectedVersion?: number | null,
  ): Promise<EarlyWarningRow> {
    const text = this.text(note, 'note');
    if (ctx.actor.department !== GOVERNANCE_CENTRE || !CENTRE_LEADS.includes(ctx.actor.role)) {
      throw new HubError(
        ErrorCode.FORBIDDEN,
        "A warning is reported to the county (上报) by the governance centre's chief or supervisor",
      );
    }
    return this.step(ctx, jointCaseId, 'ESCALATE', expectedVersion, text, async (manager, warning) => {
      if (warning.escalatedAt) {
        throw new HubError(ErrorCode.INVALID_TRANSITION, 'The warning was already reported to the county', {
          allowed: [],
        });
      }
      await manager.query(
        `UPDATE early_warning SET escalated_at = now(), escalated_by = $2, escalation_note = $3, version = version + 1 WHERE id = $1`,
        [warning.id, ctx.actor.user, text],
      );
    });
  }

  /** The latest warning of each case (open or the last cleared), for the cases asked. */
  async latestOf(jointCaseIds: readonly string[]): Promise<Map<string, EarlyWarningRow>> {
    const rows: EarlyWarningRow[] = await this.hubDb.query(
      `SELECT DISTINCT ON (w.joint_case_id) ${WARNING_COLUMNS} FROM early_warning w
        WHERE w.joint_case_id = ANY($1::uuid[]) ORDER BY w.joint_case_id, (w.status = 'CLEARED'), w.raised_at DESC`,
      [jointCaseIds.filter((id) => UUID.test(id))],
    );
    return new Map(rows.map((r) => [r.jointCaseId, r]));
  }

  private async step(
    ctx: RequestContext,
    jointCaseId: string,
    step: keyof typeof STEP_FROM | 'ESCALATE',
    expectedVersion: number | null | undefined,
    note: string | null,
    apply: (manager: EntityManager, warning: EarlyWarningRow) => Promise<void>,
  ): Promise<EarlyWarningRow> {
    const { actor } = ctx;
    if (actor.role === Role.ADMIN || actor.role === Role.AUDITOR || !HANDLER_ROLES.includes(actor.role)) {
      throw new HubError(
        ErrorCode.FORBIDDEN,
        'Warnings are handled by the handlers of the centre and of the lead body',
      );
    }
    if (!UUID.test(jointCaseId)) throw HubError.notFoundOrNoAccess('Early warning');
    return this.audited.run(ctx, async (manager) => {
      let rows: Array<EarlyWarningRow & { leadDepartment: string | null; participatingDepartments: string[] }>;
      try {
        rows = await manager.query(
          `SELECT ${WARNING_COLUMNS}, c.lead_department AS "leadDepartment", c.participating_departments AS "participatingDepartments"
             FROM early_warning w JOIN joint_case c ON c.id = w.joint_case_id
            WHERE w.joint_case_id = $1 AND w.status <> 'CLEARED' FOR UPDATE OF w NOWAIT`,
          [jointCaseId],
        );
      } catch (error) {
        if (
          (error as { code?: string; driverError?: { code?: string } }).driverError?.code === LOCK_NOT_AVAILABLE ||
          (error as { code?: string }).code === LOCK_NOT_AVAILABLE
        ) {
          throw new HubError(
            ErrorCode.CONFLICT,
            'Another user is changing this warning right now; reload it and try again',
          );
        }
        throw error;
      }
      const warning = rows[0];
      if (!warning || !canSeeCase(actor, warning)) throw HubError.notFoundOrNoAccess('Early warning');
      // The centre handles every warning; of the other bodies only the lead body's handlers.
      if (actor.department !== GOVERNANCE_CENTRE && warning.leadDepartment !== actor.department) {
        throw new HubError(ErrorCode.FORBIDDEN, 'Warnings are handled by the governance centre and the lead body');
      }
      if (expectedVersion != null && expectedVersion !== warning.version) {
        throw new HubError(ErrorCode.CONFLICT, 'The warning changed since it was read; reload it and try again');
      }
      if (step !== 'ESCALATE' && !STEP_FROM[step].includes(warning.status)) {
        const allowed = (Object.keys(STEP_FROM) as Array<keyof typeof STEP_FROM>).filter((s) =>
          STEP_FROM[s].includes(warning.status),
        );
        throw new HubError(ErrorCode.INVALID_TRANSITION, `A ${warning.status} warning cannot take the step ${step}`, {
          status: warning.status,
          allowed,
        });
      }
      await apply(manager, warning);
      await history(
        manager,
        jointCaseId,
        actor,
        `WARNING_${step === 'ACKNOWLEDGE' ? 'ACKNOWLEDGED' : step === 'HANDLE' ? 'HANDLED' : step === 'CLEAR' ? 'CLEARED' : 'ESCALATED'}`,
        note,
        {
          warningId: warning.id,
          level: warning.level,
        },
      );
      ctx.accessLog.changed({
        kind: 'WARNING_CHANGE',
        detail: { change: step, jointCaseId, warningId: warning.id, level: warning.level },
      });
      const [after]: EarlyWarningRow[] = await manager.query(
        `SELECT ${WARNING_COLUMNS} FROM early_warning w WHERE w.id = $1`,
        [warning.id],
      );
      return after;
    });
  }

  private text(value: string, field: string): string {
    const trimmed = value.trim();
    if (!trimmed || trimmed.length > 2000) throw HubError.badInput(`${field} must be 1 to 2000 characters`, { field });
    return trimmed;
  }
}
