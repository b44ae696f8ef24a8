import { RiskLevel } from '../risk.model';
import { reason, type RiskRule } from '../risk-rule';

/** Thresholds of a mass dispute (群体性纠纷), highest first. */
export const PEOPLE_INVOLVED_THRESHOLDS: ReadonlyArray<[number, RiskLevel]> = [
  [30, RiskLevel.RED],
  [10, RiskLevel.ORANGE],
  [5, RiskLevel.YELLOW],
];

/**
 * Mass dispute (群体性纠纷): the number of people involved, as taken in at intake.
 * 30 or more → RED, 10 or more → ORANGE, 5 or more → YELLOW; fewer raise nothing.
 */
export const peopleInvolvedRule: RiskRule = {
  name: 'people-involved',
  assess({ jointCase }) {
    const people = jointCase.peopleInvolved;
    const hit = PEOPLE_INVOLVED_THRESHOLDS.find(([min]) => people >= min);
    if (!hit) return [];
    return [reason('people-involved', hit[1], `群体性纠纷：涉及 ${people} 人 (mass dispute: ${people} people involved, ≥ ${hit[0]})`)];
  },
};
