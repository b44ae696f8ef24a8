import { RiskLevel } from '../risk.model';
import { dateText, labelsOf, partiesNamedIn, reason, recordsOf, type RiskRule } from '../risk-rule';

/**
 * Earlier domestic-violence warning (家庭暴力告诫书): a warning letter of the police station
 * (DV_WARNING_LETTER) naming a party, as abuser or as victim → RED, one reason per letter.
 * Needs the DV_WARNING_LETTER kind granted for RISK_SCREENING (issuedOn is shown when granted).
 */
export const dvWarningLetterRule: RiskRule = {
  name: 'dv-warning-letter',
  sources: [{ department: 'POLICE', recordType: 'DV_WARNING_LETTER', fields: ['issuedOn'] }],
  assess(facts) {
    return recordsOf(facts, 'POLICE', 'DV_WARNING_LETTER').map((letter) => {
      const who = labelsOf(partiesNamedIn(facts, letter));
      const on = dateText(letter.value('issuedOn'));
      const when = on ? `（${on}）` : '';
      return reason(
        'dv-warning-letter',
        RiskLevel.RED,
        `曾被出具家庭暴力告诫书${when}：${who.zh} (earlier domestic-violence warning letter${on ? ` of ${on}` : ''}: ${who.en})`,
        [letter],
      );
    });
  },
};
