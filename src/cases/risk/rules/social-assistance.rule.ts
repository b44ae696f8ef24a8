import { careMarker, labelsOf, partiesNamedIn, recordsOf, type RiskRule } from '../risk-rule';

const PROGRAMMES: Readonly<Record<string, [string, string]>> = {
  MINIMUM_LIVING_ALLOWANCE: ['低保', 'subsistence allowance'],
  EXTREME_POVERTY_SUPPORT: ['特困供养', 'extreme-poverty support'],
};

/**
 * Care marker for a party on social assistance (帮扶：低保 / 特困供养): an ACTIVE entitlement of civil
 * affairs (SOCIAL_ASSISTANCE) naming a party, one marker per entitlement. A care marker, never
 * escalation: hardship calls for help (legal aid, a relief application), not for a warning. Needs `status`
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
        const [zh, en] = PROGRAMMES[String(r.value('programme'))] ?? [
          '低保/特困供养',
          'subsistence allowance / extreme-poverty support',
        ];
        return careMarker('vulnerable-party-assistance', `帮扶：享受${zh}：${who.zh} (help: on ${en}: ${who.en})`, [r]);
      });
  },
};
