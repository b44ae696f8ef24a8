import type { RiskRule } from '../risk-rule';
import { categoryRule } from './category.rule';
import { dvWarningLetterRule } from './dv-warning-letter.rule';
import { failedMediationRule } from './failed-mediation.rule';
import { peopleInvolvedRule } from './people-involved.rule';
import { repeatedCallOutsRule } from './repeated-call-outs.rule';
import { socialAssistanceRule } from './social-assistance.rule';
import { urgencyRule } from './urgency.rule';
import { vulnerableAgeRule } from './vulnerable-age.rule';

/** Every documented risk rule, in this order; urgency runs last as it raises what the others give. */
export const riskRules: readonly RiskRule[] = [
  peopleInvolvedRule,
  categoryRule,
  repeatedCallOutsRule,
  dvWarningLetterRule,
  failedMediationRule,
  vulnerableAgeRule,
  socialAssistanceRule,
  urgencyRule,
];
