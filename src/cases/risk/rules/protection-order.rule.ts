import { RiskLevel } from '../risk.model';
import { labelsOf, partiesNamedIn, reason, recordsOf, type RiskRule } from '../risk-rule';

/**
 * Personal-safety protection order in force (人身安全保护令): a court PROTECTION_ORDER naming a
 * party, as the person protected or as the respondent, that is EFFECTIVE and whose last day in
 * force is today or later → RED, one reason per order. Why: a court has already found a real
 * danger of domestic violence (反家庭暴力法 第二十七条); any dispute between these people must be
 * handled as a safety matter first, and a breach is a crime (第三十四条).
 * Needs `effectiveUntil` granted for RISK_SCREENING (`status` when granted: a revoked order raises nothing).
 */
export const protectionOrderRule: RiskRule = {
  name: 'protection-order',
  sources: [{ department: 'COURT', recordType: 'PROTECTION_ORDER', fields: ['effectiveUntil', 'status'] }],
  assess(facts) {
    const today = facts.now.toISOString().slice(0, 10);
    return recordsOf(facts, 'COURT', 'PROTECTION_ORDER')
      .filter((r) => typeof r.value('effectiveUntil') === 'string' && String(r.value('effectiveUntil')) >= today)
      .filter((r) => r.value('status') === undefined || r.value('status') === null || r.value('status') === 'EFFECTIVE')
      .map((r) => {
        const who = labelsOf(partiesNamedIn(facts, r));
        return reason(
          'protection-order',
          RiskLevel.RED,
          `人身安全保护令生效中（人民法庭）：${who.zh} (personal-safety protection order in force, court: ${who.en})`,
          [r],
        );
      });
  },
};
