import { takesPartInCase } from '../../cases/case-visibility';
import { AgreementScope } from '../agreement.enums';
import type { AgreementRule } from '../access-decision';

/**
 * Case binding: a read is in scope only while it acts for an open joint case in which the
 * consumer takes part, and only for the records that case reaches: its linked records, or
 * (for the parties scope) any record of one of its parties.
 */
export const caseScopeRule: AgreementRule = {
  name: 'case-scope',
  check(agreement, { jointCase, reach, actor }) {
    if (!jointCase) return 'The request acts for no joint case (send the x-joint-case-id header)';
    if (!jointCase.open) return 'The joint case is closed';
    if (!takesPartInCase(actor.department, jointCase)) return `${actor.department} takes no part in the joint case`;
    if (reach === 'LINKED_TO_CASE') return null;
    if (reach === 'PARTY_TO_CASE' && agreement.scope === AgreementScope.RECORDS_OF_PARTIES_TO_PARTICIPATING_CASE)
      return null;
    return agreement.scope === AgreementScope.RECORDS_LINKED_TO_PARTICIPATING_CASE
      ? `Agreement "${agreement.title}" covers only records linked to the joint case`
      : 'The person is not a party to the joint case';
  },
};
