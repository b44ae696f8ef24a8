import type { RiskRule } from '../risk-rule';
import { DEFAULT_RISK_THRESHOLDS, type RiskThresholds } from '../risk-thresholds';
import { categoryRule } from './category.rule';
import { communityCorrectionRule } from './community-correction.rule';
import { dvWarningLetterRule } from './dv-warning-letter.rule';
import { failedMediationRule } from './failed-mediation.rule';
import { mentalDisorderRule } from './mental-disorder.rule';
import { peopleInvolvedRuleWith } from './people-involved.rule';
import { protectionOrderRule } from './protection-order.rule';
import { repeatedCallOutsRule } from './repeated-call-outs.rule';
import { repeatedPetitionRuleWith } from './repeated-petition.rule';
import { socialAssistanceRule } from './social-assistance.rule';
import { threatNoteRule } from './threat-note.rule';
import { urgencyRule } from './urgency.rule';
import { vulnerableAgeRuleWith } from './vulnerable-age.rule';
import { wageArrearsRuleWith } from './wage-arrears.rule';

/**
 * Every documented risk rule with a deployment's thresholds, in this order: the signs of
 * escalation, then the care markers (关爱/帮扶, which never raise the level), and urgency last as
 * it raises what the others give.
 */
export function buildRiskRules(thresholds: RiskThresholds = DEFAULT_RISK_THRESHOLDS): readonly RiskRule[] {
  return [
    peopleInvolvedRuleWith(thresholds.peopleInvolved),
    categoryRule,
    repeatedCallOutsRule,
    dvWarningLetterRule,
    protectionOrderRule,
    failedMediationRule,
    communityCorrectionRule,
    mentalDisorderRule,
    threatNoteRule,
    repeatedPetitionRuleWith(thresholds.repeatedPetitions),
    wageArrearsRuleWith(thresholds),
    vulnerableAgeRuleWith(thresholds.elderlyAge),
    socialAssistanceRule,
    urgencyRule,
  ];
}

/** The rules with the default thresholds. */
export const riskRules: readonly RiskRule[] = buildRiskRules();
