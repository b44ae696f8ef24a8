/**
 * The numbers the risk rules compare against, per deployment (README "Configuration", RISK_*
 * settings). The defaults are the values the rules have always used.
 */
export interface RiskThresholds {
  /** People involved for a mass dispute (群体性纠纷): YELLOW, ORANGE, RED at or above. */
  peopleInvolved: { yellow: number; orange: number; red: number };
  /** Age from which a party is elderly (高龄), a care marker. */
  elderlyAge: number;
  /** Workers owed wages by one employer (欠薪涉及人数): ORANGE, RED at or above. */
  wageArrearsWorkers: { orange: number; red: number };
  /** Days before the Spring Festival (春节) in which wage arrears are one step more urgent. */
  springFestivalWindowDays: number;
  /** Earlier petitions of the same request from which a repeated petition (重复访) is ORANGE rather than YELLOW. */
  repeatedPetitions: number;
}

export const DEFAULT_RISK_THRESHOLDS: RiskThresholds = Object.freeze({
  peopleInvolved: Object.freeze({ yellow: 5, orange: 10, red: 30 }),
  elderlyAge: 70,
  wageArrearsWorkers: Object.freeze({ orange: 10, red: 30 }),
  springFestivalWindowDays: 60,
  repeatedPetitions: 3,
});
