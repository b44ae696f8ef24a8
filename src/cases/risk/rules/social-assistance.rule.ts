import { RiskLevel } from '../risk.model';
import { labelsOf, partiesNamedIn, reason, recordsOf, type RiskRule } from '../risk-rule';

const PROGRAMMES: Readonly<Record<string, [string, string]>> = {
  MINIMUM_LIVING_ALLOWANCE: ['低保', 'subsistence allowance'],
  EXTREME_POVERTY_SUPPORT: ['特困供养', 'extreme-poverty support'],
};

/**
 * Vulnerable party on social assistance (低保 / 特困供养): an ACTIVE entitlement of civil affairs
 * (SOCIAL_ASSISTANCE) naming a party → YELLOW, one reason per entitlement. Needs `status`
 * granted for RISK_SCREENING (the programme is named when granted); ended ones raise nothing.
 */
export const socialAssistanceRule: RiskRule = {
  name: 'vulnerable-party-assistance',
  sources: [{ department: 'CIVIL_AFFAIRS', recordType: 'SOCIAL_ASSISTANCE', fields: ['status', 'programme'] }],
  assess(facts) {
    return recordsOf(facts, 'CIVIL_AFFAIRS', 'SOCIAL_ASSISTANCE')
      .filter((r) => r.value('status') === 'ACTIVE')
      .map((r) => {
        const who = labelsOf(partiesNamedIn(facts, r));
        const [zh, en] = PROGRAMMES[String(r.value('programme'))] ?? ['低保/特困供养', 'subsistence allowance / extreme-poverty support'];
        return reason('vulnerable-party-assistance', RiskLevel.YELLOW, `享受${zh}：${who.zh} (on ${en}: ${who.en})`, [r]);
      });
  },
};
