import type { AgreementRule } from '../access-decision';

/** Purpose limitation (PIPL art. 6): records granted for one purpose are not read for another. */
export const purposeLimitationRule: AgreementRule = {
  name: 'purpose-limitation',
  check(agreement, { purpose }) {
    if (!purpose) return 'The request states no purpose (send the x-purpose header)';
    if (purpose !== agreement.purpose)
      return `Agreement "${agreement.title}" grants for ${agreement.purpose}, not ${purpose}`;
    return null;
  },
};
