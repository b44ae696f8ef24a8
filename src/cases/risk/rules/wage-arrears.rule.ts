import { raiseLevel, RiskLevel } from '../risk.model';
import { labelsOf, partiesNamedIn, reason, recordsOf, type RiskRule } from '../risk-rule';
import type { RiskThresholds } from '../risk-thresholds';

/**
 * The first day of the Spring Festival (春节, 农历正月初一) by Gregorian year, as the State
 * Council's holiday notices give it. Extend when the table runs out (the rule then stops
 * raising for the festival, it never fails).
 */
export const SPRING_FESTIVAL: Readonly<Record<number, string>> = {
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-03',
  2031: '2031-01-23',
  2032: '2032-02-11',
  2033: '2033-01-31',
  2034: '2034-02-19',
  2035: '2035-02-08',
};

/** The Spring Festival that `now` lies within `windowDays` before, if any. */
export function springFestivalAhead(now: Date, windowDays: number): string | null {
  for (const year of [now.getUTCFullYear(), now.getUTCFullYear() + 1]) {
    const day = SPRING_FESTIVAL[year];
    if (!day) continue;
    const until = (Date.parse(`${day}T00:00:00+08:00`) - now.getTime()) / 86_400_000;
    if (until >= 0 && until <= windowDays) return day;
  }
  return null;
}

const OPEN_STATUSES = new Set(['RECEIVED', 'INVESTIGATING', 'ORDERED_TO_PAY', 'TRANSFERRED_TO_POLICE']);

/**
 * Wage arrears affecting many workers (欠薪涉及人数多): a wage-arrears complaint of the labour body
 * (WAGE_ARREARS_COMPLAINT) naming a party, not yet paid, with at least the deployment's number
 * of workers (default 10 → ORANGE, 30 → RED); within the window before the Spring Festival
 * (default 60 days) one step more urgent. One reason per complaint. Why: unpaid workers act
 * together and most sharply before the festival, when they must travel home with a year's pay
 * (the State Council's 《保障农民工工资支付条例》 and the yearly 根治欠薪冬季专项行动 run to the festival).
 * Needs `workersInvolved` granted for RISK_SCREENING (`status` when granted: a paid complaint raises nothing).
 */
export function wageArrearsRuleWith(
  thresholds: Pick<RiskThresholds, 'wageArrearsWorkers' | 'springFestivalWindowDays'>,
): RiskRule {
  return {
    name: 'wage-arrears',
    sources: [
      {
        department: 'LABOUR',
        recordType: 'WAGE_ARREARS_COMPLAINT',
        fields: ['workersInvolved', 'status', 'receivedOn'],
      },
    ],
    assess(facts) {
      const festival = springFestivalAhead(facts.now, thresholds.springFestivalWindowDays);
      const reasons = [];
      for (const r of recordsOf(facts, 'LABOUR', 'WAGE_ARREARS_COMPLAINT')) {
        const workers = r.value('workersInvolved');
        const status = r.value('status');
        if (typeof workers !== 'number' || workers < thresholds.wageArrearsWorkers.orange) continue;
        if (typeof status === 'string' && !OPEN_STATUSES.has(status)) continue;
        const base = workers >= thresholds.wageArrearsWorkers.red ? RiskLevel.RED : RiskLevel.ORANGE;
        const level = festival ? raiseLevel(base) : base;
        const who = labelsOf(partiesNamedIn(facts, r));
        const near = festival ? `，临近春节（${festival}）` : '';
        const nearEn = festival ? `, before the Spring Festival (${festival})` : '';
        reasons.push(
          reason(
            'wage-arrears',
            level,
            `欠薪涉及 ${workers} 名劳动者（人社）${near}：${who.zh} (wage arrears of ${workers} workers, labour body${nearEn}: ${who.en})`,
            [r],
          ),
        );
      }
      return reasons;
    },
  };
}
