import { RiskLevel } from '../risk.model';
import { reason, type RiskRule } from '../risk-rule';
import { DEFAULT_RISK_THRESHOLDS, type RiskThresholds } from '../risk-thresholds';

/**
 * Mass dispute (群体性纠纷): the number of people involved, as taken in at intake. At or above
 * the deployment's thresholds (default 30 → RED, 10 → ORANGE, 5 → YELLOW); fewer raise nothing.
 * Why: a dispute of many people can turn into a mass incident (群体性事件), which the centre
 * must report and prevent first.
 */
export function peopleInvolvedRuleWith(thresholds: RiskThresholds['peopleInvolved']): RiskRule {
  const levels: ReadonlyArray<[number, RiskLevel]> = [
    [thresholds.red, RiskLevel.RED],
    [thresholds.orange, RiskLevel.ORANGE],
    [thresholds.yellow, RiskLevel.YELLOW],
  ];
  return {
    name: 'people-involved',
    assess({ jointCase }) {
      const people = jointCase.peopleInvolved;
      const hit = levels.find(([min]) => people >= min);
      if (!hit) return [];
      return [
        reason(
          'people-involved',
          hit[1],
          `群体性纠纷：涉及 ${people} 人 (mass dispute: ${people} people involved, ≥ ${hit[0]})`,
        ),
      ];
    },
  };
}

/** Thresholds of a mass dispute (群体性纠纷) by default, highest first. */
export const PEOPLE_INVOLVED_THRESHOLDS: ReadonlyArray<[number, RiskLevel]> = [
  [DEFAULT_RISK_THRESHOLDS.peopleInvolved.red, RiskLevel.RED],
  [DEFAULT_RISK_THRESHOLDS.peopleInvolved.orange, RiskLevel.ORANGE],
  [DEFAULT_RISK_THRESHOLDS.peopleInvolved.yellow, RiskLevel.YELLOW],
];

export const peopleInvolvedRule: RiskRule = peopleInvolvedRuleWith(DEFAULT_RISK_THRESHOLDS.peopleInvolved);
