import { birthDateOfResidentId, isMinorByResidentId } from '../../../common/masks';
import { RiskLevel } from '../risk.model';
import { partyLabel, reason, type RiskRule } from '../risk-rule';

export const ELDERLY_AGE = 70;

/** Age in whole years today, by the birth date in the resident ID number; null when it has none. */
export function ageByResidentId(residentId: string, today: Date): number | null {
  const birth = birthDateOfResidentId(residentId);
  if (!birth) return null;
  let age = today.getUTCFullYear() - birth.getUTCFullYear();
  const birthdayThisYear = new Date(Date.UTC(today.getUTCFullYear(), birth.getUTCMonth(), birth.getUTCDate()));
  if (birthdayThisYear.getTime() > today.getTime()) age--;
  return age;
}

/**
 * Vulnerable party by age (弱势当事人): a party who is a minor (under 18) or elderly (70 or
 * over), by the birth date in the resident ID number the centre took in → YELLOW, one reason
 * per party. Reads no other body's records.
 */
export const vulnerableAgeRule: RiskRule = {
  name: 'vulnerable-party-age',
  assess({ parties, now }) {
    const reasons = [];
    for (const party of parties) {
      if (!party.residentId) continue;
      const who = partyLabel(party);
      const age = ageByResidentId(party.residentId, now);
      if (isMinorByResidentId(party.residentId, now)) {
        reasons.push(reason('vulnerable-party-age', RiskLevel.YELLOW, `未成年当事人：${who.zh} (minor party: ${who.en})`));
      } else if (age !== null && age >= ELDERLY_AGE) {
        reasons.push(reason('vulnerable-party-age', RiskLevel.YELLOW, `高龄当事人（${age} 岁）：${who.zh} (elderly party, ${age}: ${who.en})`));
      }
    }
    return reasons;
  },
};
