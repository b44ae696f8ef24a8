import { RiskLevel } from '../risk.model';
import {
  dateText,
  type HistoryRecord,
  labelsOf,
  partiesNamedIn,
  reason,
  recordsOf,
  type RiskFacts,
  type RiskRule,
} from '../risk-rule';

const FAILED = 'FAILED';

/**
 * Failed earlier mediation (调解不成): a people's mediation case of the judicial office
 * (PEOPLE_MEDIATION_CASE) or a police mediation (POLICE_MEDIATION) naming a party, with outcome
 * FAILED → YELLOW, one reason per mediation. Needs `outcome` granted for RISK_SCREENING.
 */
export const failedMediationRule: RiskRule = {
  name: 'failed-mediation',
  sources: [
    { department: 'JUDICIAL_OFFICE', recordType: 'PEOPLE_MEDIATION_CASE', fields: ['outcome', 'acceptedOn'] },
    { department: 'POLICE', recordType: 'POLICE_MEDIATION', fields: ['outcome', 'mediatedOn'] },
  ],
  assess(facts) {
    const failed = (department: string, recordType: string, dateField: string, zh: string, en: string) =>
      recordsOf(facts, department, recordType)
        .filter((r) => r.value('outcome') === FAILED)
        .map((r) => describe(facts, r, dateField, zh, en));
    return [
      ...failed('JUDICIAL_OFFICE', 'PEOPLE_MEDIATION_CASE', 'acceptedOn', '人民调解', "people's mediation"),
      ...failed('POLICE', 'POLICE_MEDIATION', 'mediatedOn', '治安调解', 'police mediation'),
    ];
  },
};

function describe(facts: RiskFacts, record: HistoryRecord, dateField: string, zh: string, en: string) {
  const who = labelsOf(partiesNamedIn(facts, record));
  const on = dateText(record.value(dateField));
  return reason(
    'failed-mediation',
    RiskLevel.YELLOW,
    `曾${zh}不成${on ? `（${on}）` : ''}：${who.zh} (earlier ${en} failed${on ? `, ${on}` : ''}: ${who.en})`,
    [record],
  );
}
