import type { AgreementRule } from '../access-decision';
import { caseScopeRule } from './case-scope.rule';
import { consumerRoleRule } from './consumer-role.rule';
import { purposeLimitationRule } from './purpose-limitation.rule';
import { validityPeriodRule } from './validity-period.rule';

/** Every clause a read must satisfy under an agreement, checked in this order. */
export const agreementRules: readonly AgreementRule[] = [
  validityPeriodRule,
  consumerRoleRule,
  purposeLimitationRule,
  caseScopeRule,
];
