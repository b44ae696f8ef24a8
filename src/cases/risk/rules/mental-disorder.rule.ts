import { RiskLevel } from '../risk.model';
import { labelsOf, partiesNamedIn, reason, recordsOf, type RiskRule } from '../risk-rule';

/** Risk grade (危险性评估) from which a person is a danger to others (肇事肇祸风险). */
export const DANGEROUS_RISK_GRADE = 3;

/**
 * Serious mental disorder under management (严重精神障碍患者): a party in civil affairs'
 * community-rehabilitation register (MENTAL_HEALTH_REHABILITATION) with a serious disorder whose
 * management has not ended (MANAGED, or LOST_CONTACT 失访, which is worse) → ORANGE; with a latest
 * risk grade of 3 or more → RED. Why: a dispute can provoke a person at risk of harming others
 * or themselves, and the guardian and the health workers must be involved (精神卫生法 第九条).
 *
 * Civil affairs holds the record the township sees: it leads community rehabilitation
 * (精康融合行动); the diagnosis register itself is the health system's, which the hub does not
 * serve. Needs `serious` and `managementStatus` granted for RISK_SCREENING (`riskGrade` when granted).
 */
export const mentalDisorderRule: RiskRule = {
  name: 'serious-mental-disorder',
  sources: [
    {
      department: 'CIVIL_AFFAIRS',
      recordType: 'MENTAL_HEALTH_REHABILITATION',
      fields: ['serious', 'managementStatus', 'riskGrade'],
    },
  ],
  assess(facts) {
    return recordsOf(facts, 'CIVIL_AFFAIRS', 'MENTAL_HEALTH_REHABILITATION')
      .filter(
        (r) =>
          r.value('serious') === true &&
          (r.value('managementStatus') === 'MANAGED' || r.value('managementStatus') === 'LOST_CONTACT'),
      )
      .map((r) => {
        const grade = r.value('riskGrade');
        const dangerous = typeof grade === 'number' && grade >= DANGEROUS_RISK_GRADE;
        const lost = r.value('managementStatus') === 'LOST_CONTACT';
        const who = labelsOf(partiesNamedIn(facts, r));
        return reason(
          'serious-mental-disorder',
          dangerous ? RiskLevel.RED : RiskLevel.ORANGE,
          `严重精神障碍患者${lost ? '（失访）' : '（在管）'}${dangerous ? `，危险性评估 ${grade} 级` : ''}（民政）：${who.zh} ` +
            `(serious mental disorder${lost ? ', lost contact' : ', under management'}${dangerous ? `, risk grade ${grade}` : ''}, civil affairs: ${who.en})`,
          [r],
        );
      });
  },
};
