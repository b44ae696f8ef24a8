import { birthDateOfResidentId, isMinorByResidentId } from '../../../common/masks';
import { careMarker, partyLabel, type RiskRule } from '../risk-rule';
import { DEFAULT_RISK_THRESHOLDS } from '../risk-thresholds';

export const ELDERLY_AGE = DEFAULT_RISK_THRESHOLDS.elderlyAge;

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
 * Care marker by age (关爱：未成年 / 高龄): a party who is a minor (under 18) or elderly (the
 * deployment's age, default 70 or over), by the birth date in the resident ID number the centre
 * took in. A care marker, not escalation: a minor or an old person needs care in mediation
 * (a guardian present, plain words, a visit at home), which says nothing about violence.
 * Reads no other body's records.
 */
export function vulnerableAgeRuleWith(elderlyAge: number): RiskRule {
  return {
    name: 'vulnerable-party-age',
    assess({ parties, now }) {
      const reasons = [];
      for (const party of parties) {
        if (!party.residentId) continue;
        const who = partyLabel(party);
        const age = ageByResidentId(party.residentId, now);
        if (isMinorByResidentId(party.residentId, now)) {
          reasons.push(
            careMarker('vulnerable-party-age', `关爱：未成年当事人 ${who.zh} (care: minor party ${who.en})`),
          );
        } else if (age !== null && age >= elderlyAge) {
          reasons.push(
            careMarker(
              'vulnerable-party-age',
              `关爱：高龄当事人（${age} 岁）${who.zh} (care: elderly party, ${age}, ${who.en})`,
            ),
          );
        }
      }
      return reasons;
    },
  };
}

export const vulnerableAgeRule: RiskRule = vulnerableAgeRuleWith(ELDERLY_AGE);
