import type { AgreementRule } from '../access-decision';

/** An agreement grants only from its valid_from until its valid_until (then it is EXPIRED). */
export const validityPeriodRule: AgreementRule = {
  name: 'validity-period',
  check(agreement, { now }) {
    if (now < agreement.validFrom)
      return `Agreement "${agreement.title}" is not in force before ${agreement.validFrom.toISOString().slice(0, 10)}`;
    if (now >= agreement.validUntil)
      return `Agreement "${agreement.title}" expired on ${agreement.validUntil.toISOString().slice(0, 10)}`;
    return null;
  },
};
