import { RiskLevel } from '../risk.model';
import { type HistoryRecord, partyLabel, reason, recordsOf, type RiskRule } from '../risk-rule';

const WINDOW_MONTHS = 12;

/**
 * Whether a call time lies in the window (windowStart, now]. A time the agreement masks to
 * the month (2026-05) counts when any part of that month lies in the window: risk screening
 * errs towards a warning.
 */
export function inWindow(value: unknown, windowStart: Date, now: Date): boolean {
  if (typeof value !== 'string') return false;
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) {
    const start = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
    const end = new Date(Date.UTC(Number(month[1]), Number(month[2]), 1));
    return end > windowStart && start <= now;
  }
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) return false;
  return at > windowStart && at <= now;
}

/**
 * Repeated police call-outs (反复报警): the police station's incident reports (INCIDENT) naming
 * one party with a call time (calledAt) in the last 12 months. 2 → YELLOW, 3 or more → ORANGE,
 * one reason per party, naming every incident counted (the most recent as `source`).
 * Needs INCIDENT.calledAt granted for RISK_SCREENING.
 */
export const repeatedCallOutsRule: RiskRule = {
  name: 'repeated-call-outs',
  sources: [{ department: 'POLICE', recordType: 'INCIDENT', fields: ['calledAt', 'category'] }],
  assess(facts) {
    const windowStart = new Date(facts.now);
    windowStart.setUTCMonth(windowStart.getUTCMonth() - WINDOW_MONTHS);
    const recent = recordsOf(facts, 'POLICE', 'INCIDENT').filter((r) =>
      inWindow(r.value('calledAt'), windowStart, facts.now),
    );
    const reasons = [];
    const seen = new Set<string>();
    for (const party of facts.parties) {
      if (!party.residentId || seen.has(party.residentId)) continue;
      seen.add(party.residentId);
      const ofParty: HistoryRecord[] = recent
        .filter((r) => r.residentIds.includes(party.residentId!))
        .sort((a, b) => String(b.value('calledAt')).localeCompare(String(a.value('calledAt'))));
      const count = ofParty.length;
      if (count < 2) continue;
      const level = count >= 3 ? RiskLevel.ORANGE : RiskLevel.YELLOW;
      const who = partyLabel(party);
      reasons.push(
        reason(
          'repeated-call-outs',
          level,
          `近12个月报警 ${count} 次：${who.zh} (${count} police call-outs in 12 months: ${who.en})`,
          ofParty,
        ),
      );
    }
    return reasons;
  },
};
