import type { EntityManager } from 'typeorm';
import { isMinorByResidentId } from '../../common/masks';
import { HubError } from '../../common/hub-error';
import type { JointCaseEntity } from '../joint-case.entity';
import { SessionType } from '../case-domain-enums';

/** Stored reasons that are a sign of domestic violence drawn from another body's records. */
const DV_SIGN_RULES = new Set(['dv-warning-letter', 'protection-order']);

/**
 * A case follows the domestic-violence path when it was taken in as DOMESTIC_VIOLENCE (the
 * intake's own flag), or when a family or marriage dispute carries a sign of it: a police
 * warning letter (告诫书) or a protection order (人身安全保护令) naming a party.
 */
export function isDomesticViolenceCase(jointCase: Pick<JointCaseEntity, 'category' | 'riskReasons'>): boolean {
  if (jointCase.category === 'DOMESTIC_VIOLENCE') return true;
  return (
    jointCase.category === 'FAMILY_MARRIAGE' && (jointCase.riskReasons ?? []).some((r) => DV_SIGN_RULES.has(r.rule))
  );
}

export interface DvSafeguardRow {
  safety_assessment: string | null;
  safety_measures: string | null;
  mandatory_reported_at: Date | null;
}

/**
 * 背靠背 only: in a domestic-violence case the parties are never brought face to face (反家庭暴力法
 * and the women's federation's practice: mediation must not expose the victim to the abuser).
 */
export function assertDvSessionAllowed(
  jointCase: Pick<JointCaseEntity, 'category' | 'riskReasons'>,
  sessionType: SessionType | null | undefined,
): void {
  if (!isDomesticViolenceCase(jointCase)) return;
  if (sessionType !== SessionType.SEPARATE_MEDIATION) {
    throw HubError.badInput(
      'A domestic-violence case is mediated back to back only (背靠背, sessionType SEPARATE_MEDIATION), never face to face',
      {
        field: 'sessionType',
        allowed: [SessionType.SEPARATE_MEDIATION],
      },
    );
  }
}

/**
 * No settlement that trades the victim's safety for compensation: an agreement in a
 * domestic-violence case is reached only once the safety assessment and the safety measures are
 * recorded, and — where a party is a minor — the mandatory report (强制报告, 反家庭暴力法 第十四条).
 */
export async function assertDvOutcomeAllowed(manager: EntityManager, jointCase: JointCaseEntity): Promise<void> {
  if (!isDomesticViolenceCase(jointCase)) return;
  const [row]: DvSafeguardRow[] = await manager.query(
    `SELECT safety_assessment, safety_measures, mandatory_reported_at FROM dv_safeguard WHERE joint_case_id = $1`,
    [jointCase.id],
  );
  const missing: string[] = [];
  if (!row?.safety_assessment) missing.push('safetyAssessment');
  if (!row?.safety_measures) missing.push('safetyMeasures');
  const parties: Array<{ resident_id: string | null }> = await manager.query(
    `SELECT resident_id FROM joint_case_party WHERE joint_case_id = $1`,
    [jointCase.id],
  );
  if (parties.some((p) => p.resident_id && isMinorByResidentId(p.resident_id.trim())) && !row?.mandatory_reported_at)
    missing.push('mandatoryReport');
  if (missing.length > 0) {
    throw HubError.badInput(
      `An agreement in a domestic-violence case needs what keeps the victim safe recorded first: ${missing.join(', ')}`,
      { field: 'safety', missing },
    );
  }
}
