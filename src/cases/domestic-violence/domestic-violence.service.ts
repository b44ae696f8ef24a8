import type { DataSource, EntityManager } from 'typeorm';
import { GOVERNANCE_CENTRE, Role } from '../../auth/actor';
import type { AuditedTransactions } from '../../audit/audited-transaction';
import { ErrorCode } from '../../common/error-code';
import { HubError } from '../../common/hub-error';
import type { RequestContext } from '../../graphql/request-context';
import { canSeeCase } from '../case-visibility';
import { JointCaseEntity } from '../joint-case.entity';
import { UUID } from '../../common/ids';
import { isDomesticViolenceCase } from './domestic-violence.rules';

const HANDLERS: readonly Role[] = [Role.CLERK, Role.MEDIATOR, Role.CHIEF, Role.SUPERVISOR];
/** Who assesses a victim's safety: the women's federation or the police (and the centre). */
const ASSESSORS = ['WOMENS_FEDERATION', 'POLICE', GOVERNANCE_CENTRE];

export interface DvSafeguard {
  jointCaseId: string;
  safetyAssessment: string | null;
  riskOfHarm: string | null;
  assessedBy: string | null;
  assessedByDepartment: string | null;
  assessedAt: Date | null;
  safetyMeasures: string | null;
  measuresRecordedAt: Date | null;
  shelter: string | null;
  shelterReferredAt: Date | null;
  protectionOrderReferredAt: Date | null;
  mandatoryReportTo: string | null;
  mandatoryReportedAt: Date | null;
}

const COLUMNS = `joint_case_id AS "jointCaseId", safety_assessment AS "safetyAssessment", risk_of_harm AS "riskOfHarm", assessed_by AS "assessedBy",
  assessed_by_department AS "assessedByDepartment", assessed_at AS "assessedAt", safety_measures AS "safetyMeasures", measures_recorded_at AS "measuresRecordedAt",
  shelter, shelter_referred_at AS "shelterReferredAt", protection_order_referred_at AS "protectionOrderReferredAt",
  mandatory_report_to AS "mandatoryReportTo", mandatory_reported_at AS "mandatoryReportedAt"`;

/**
 * The domestic-violence path's safeguards of a case: the safety assessment (by the women's
 * federation or the police), the safety measures, the referrals to a shelter and to the court for
 * a protection order (民保令), and the mandatory report (强制报告). Each is an audited write in the
 * case's history; the outcome checks are in domestic-violence.rules.ts.
 */
export class DomesticViolenceService {
  constructor(
    private readonly hubDb: DataSource,
    private readonly audited: AuditedTransactions,
  ) {}

  assess(ctx: RequestContext, id: string, assessment: string, riskOfHarm: string): Promise<DvSafeguard> {
    if (!ASSESSORS.includes(ctx.actor.department))
      throw new HubError(ErrorCode.FORBIDDEN, "A victim's safety is assessed by the women's federation or the police");
    const text = this.text(assessment, 'assessment');
    return this.write(ctx, id, 'DV_SAFETY_ASSESSED', text, async (manager) => {
      await manager.query(
        `INSERT INTO dv_safeguard (joint_case_id, safety_assessment, risk_of_harm, assessed_by, assessed_by_department, assessed_at) VALUES ($1, $2, $3, $4, $5, now())
         ON CONFLICT (joint_case_id) DO UPDATE SET safety_assessment = $2, risk_of_harm = $3, assessed_by = $4, assessed_by_department = $5, assessed_at = now()`,
        [id, text, riskOfHarm, ctx.actor.user, ctx.actor.department],
      );
    });
  }

  recordMeasures(ctx: RequestContext, id: string, measures: string): Promise<DvSafeguard> {
    const text = this.text(measures, 'measures');
    return this.write(ctx, id, 'DV_SAFETY_MEASURES', text, async (manager) => {
      await manager.query(
        `INSERT INTO dv_safeguard (joint_case_id, safety_measures, measures_recorded_by, measures_recorded_at) VALUES ($1, $2, $3, now())
         ON CONFLICT (joint_case_id) DO UPDATE SET safety_measures = $2, measures_recorded_by = $3, measures_recorded_at = now()`,
        [id, text, ctx.actor.user],
      );
    });
  }

  referToShelter(ctx: RequestContext, id: string, shelter: string): Promise<DvSafeguard> {
    const text = this.text(shelter, 'shelter');
    return this.write(ctx, id, 'DV_SHELTER_REFERRAL', text, async (manager) => {
      await manager.query(
        `INSERT INTO dv_safeguard (joint_case_id, shelter, shelter_referred_at) VALUES ($1, $2, now())
         ON CONFLICT (joint_case_id) DO UPDATE SET shelter = $2, shelter_referred_at = now()`,
        [id, text],
      );
    });
  }

  referForProtectionOrder(ctx: RequestContext, id: string): Promise<DvSafeguard> {
    return this.write(ctx, id, 'DV_PROTECTION_ORDER_REFERRAL', null, async (manager) => {
      await manager.query(
        `INSERT INTO dv_safeguard (joint_case_id, protection_order_referred_at, protection_order_referred_by) VALUES ($1, now(), $2)
         ON CONFLICT (joint_case_id) DO UPDATE SET protection_order_referred_at = now(), protection_order_referred_by = $2`,
        [id, ctx.actor.user],
      );
      // The court takes part in the case from now on, so it sees the application's context.
      await manager.query(
        `UPDATE joint_case SET participating_departments = array_append(participating_departments, 'COURT') WHERE id = $1 AND NOT 'COURT' = ANY(participating_departments)`,
        [id],
      );
    });
  }

  recordMandatoryReport(ctx: RequestContext, id: string, reportedTo: string, reportedAt: Date): Promise<DvSafeguard> {
    const to = this.text(reportedTo, 'reportedTo');
    if (reportedAt.getTime() > Date.now() + 60_000)
      throw HubError.badInput('reportedAt lies in the future', { field: 'reportedAt' });
    return this.write(ctx, id, 'DV_MANDATORY_REPORT', to, async (manager) => {
      await manager.query(
        `INSERT INTO dv_safeguard (joint_case_id, mandatory_report_to, mandatory_reported_at, mandatory_report_recorded_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (joint_case_id) DO UPDATE SET mandatory_report_to = $2, mandatory_reported_at = $3, mandatory_report_recorded_by = $4`,
        [id, to, reportedAt, ctx.actor.user],
      );
    });
  }

  async of(id: string): Promise<DvSafeguard | null> {
    if (!UUID.test(id)) return null;
    const [row]: DvSafeguard[] = await this.hubDb.query(
      `SELECT ${COLUMNS} FROM dv_safeguard WHERE joint_case_id = $1`,
      [id],
    );
    return row ?? null;
  }

  private async write(
    ctx: RequestContext,
    id: string,
    action: string,
    note: string | null,
    apply: (manager: EntityManager) => Promise<void>,
  ): Promise<DvSafeguard> {
    const { actor } = ctx;
    if (!HANDLERS.includes(actor.role))
      throw new HubError(ErrorCode.FORBIDDEN, "A case's safeguards are recorded by its handlers");
    if (!UUID.test(id)) throw HubError.notFoundOrNoAccess('Joint case');
    await this.audited.run(ctx, async (manager) => {
      const jointCase = await manager
        .getRepository(JointCaseEntity)
        .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!jointCase || !canSeeCase(actor, jointCase)) throw HubError.notFoundOrNoAccess('Joint case');
      if (!isDomesticViolenceCase(jointCase))
        throw HubError.badInput('The case shows no sign of domestic violence', { field: 'id' });
      await apply(manager);
      await manager.query(
        `INSERT INTO joint_case_history (joint_case_id, action, from_status, to_status, actor_user, actor_department, actor_role, note)
         VALUES ($1, $2, $3, $3, $4, $5, $6, $7)`,
        [id, action, jointCase.status, actor.user, actor.department, actor.role, note],
      );
      ctx.accessLog.changed({ kind: 'DV_SAFEGUARD_CHANGE', detail: { change: action, jointCaseId: id } });
    });
    return (await this.of(id))!;
  }

  private text(value: string, field: string): string {
    const trimmed = value.trim();
    if (!trimmed || trimmed.length > 2000) throw HubError.badInput(`${field} must be 1 to 2000 characters`, { field });
    return trimmed;
  }
}
